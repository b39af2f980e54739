/**
 * @jest-environment jsdom
 */
// The save button's visibility rules: shown beside a selection of page text after a mouse or key
// release, never for editable text or form fields, gone on scroll, Escape, a press elsewhere or an
// emptied selection; keyboard reachable; pressing it saves the selection it was shown for.
import { savableSelection } from '../../src/content/reader-highlights';
import { SAVE_BUTTON_TAG, SelectionButton, buttonPosition } from '../../src/content/selection-button';

/** The closed shadow roots the button made (closed: the test keeps them as attachShadow returns them). */
const shadows: ShadowRoot[] = [];
const attachShadow = Element.prototype.attachShadow;

beforeAll(() => {
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attachShadow.call(this, init);
    shadows.push(root);
    return root;
  };
  const rect = { x: 100, y: 200, left: 100, top: 200, right: 300, bottom: 220, width: 200, height: 20 } as DOMRect;
  Range.prototype.getClientRects = () => [rect] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = () => rect;
});

afterAll(() => {
  Element.prototype.attachShadow = attachShadow;
});

let saved: Range[];
let stop: () => void;

beforeEach(() => {
  document.body.innerHTML = `
    <article><p id="text">The mayor said the town <em>would rebuild</em> within a year.</p><p id="blank">   </p></article>
    <div id="draft" contenteditable>A draft the reader is writing.</div>
    <input id="field" value="a search the reader typed">`;
  saved = [];
  const button = new SelectionButton(window, () => 'Save highlight', () => savableSelection(window, document.body), (range) => saved.push(range));
  stop = button.listen();
});

afterEach(() => stop());

function select(node: Node, start?: number, end?: number): Range {
  const range = document.createRange();
  if (start === undefined) range.selectNodeContents(node);
  else {
    range.setStart(node, start);
    range.setEnd(node, end!);
  }
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return range;
}

const host = (): HTMLElement | null => document.querySelector(SAVE_BUTTON_TAG);
/**
 * Waits for the button's look at the selection: its timer was set before this one, so its animation
 * frame callback is queued before this one's, whatever the load on the machine.
 */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(() => requestAnimationFrame(() => resolve()), 0));

async function release(type: 'mouseup' | 'keyup' = 'mouseup', key = 'ArrowRight', target: EventTarget = document.getElementById('text')!): Promise<void> {
  target.dispatchEvent(type === 'mouseup' ? new MouseEvent('mouseup', { bubbles: true }) : new KeyboardEvent('keyup', { key, shiftKey: true, bubbles: true }));
  await settle();
}

describe('the save button', () => {
  it('shows after a mouse selection of page text, beside its end, as one host appended to <html> with a closed shadow root', async () => {
    const before = document.documentElement.children.length;
    select(document.getElementById('text')!.firstChild!, 4, 14);
    await release();
    const shown = host()!;
    expect(shown.parentElement).toBe(document.documentElement);
    expect(document.documentElement.children.length).toBe(before + 1);
    expect(shown.style.position).toBe('fixed');
    expect(shown.style.left).toBe('304px');
    expect(shown.style.top).toBe('224px');
    const button = shadows[shadows.length - 1].querySelector('button')!;
    expect(button.getAttribute('aria-label')).toBe('Save highlight');
  });

  it('shows after a keyboard selection, and is a real button the keyboard reaches and presses', async () => {
    const range = select(document.getElementById('text')!);
    // The browser scrolls a keyboard selection's end into view just after the key's release.
    document.getElementById('text')!.dispatchEvent(new KeyboardEvent('keyup', { key: 'End', shiftKey: true, bubbles: true }));
    window.dispatchEvent(new Event('scroll'));
    await settle();
    expect(host()).not.toBeNull();
    const button = shadows[shadows.length - 1].querySelector('button')!;
    expect(button.tabIndex).toBe(0);
    button.click();
    expect(host()).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0].toString()).toBe(range.toString());
    // The release of the key that pressed it does not offer the same selection again.
    await release('keyup', 'Enter');
    expect(host()).toBeNull();
  });

  it('is never shown for editable text, a form field, whitespace or an empty selection', async () => {
    select(document.getElementById('draft')!);
    await release('mouseup', '', document.getElementById('draft')!);
    expect(host()).toBeNull();

    const field = document.getElementById('field') as HTMLInputElement;
    select(document.getElementById('text')!);
    field.focus();
    await release('keyup', 'ArrowRight', field);
    expect(host()).toBeNull();
    field.blur();

    select(document.getElementById('blank')!);
    await release();
    expect(host()).toBeNull();

    window.getSelection()!.removeAllRanges();
    await release();
    expect(host()).toBeNull();
  });

  it('goes on scroll, on Escape, on a press elsewhere and when the selection empties, but not on a press on itself', async () => {
    const show = async (): Promise<HTMLElement> => {
      select(document.getElementById('text')!.firstChild!, 0, 9);
      await release();
      return host()!;
    };
    await show();
    window.dispatchEvent(new Event('scroll'));
    expect(host()).toBeNull();

    await show();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host()).toBeNull();
    // Escape's release does not bring it back.
    await release('keyup', 'Escape');
    expect(host()).toBeNull();

    const shown = await show();
    shown.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(host()).toBe(shown);
    document.getElementById('text')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    expect(host()).toBeNull();

    await show();
    window.getSelection()!.removeAllRanges();
    document.dispatchEvent(new Event('selectionchange'));
    expect(host()).toBeNull();
  });

  it('leaves the page as it was once stopped', async () => {
    const before = document.documentElement.innerHTML;
    select(document.getElementById('text')!);
    await release();
    expect(host()).not.toBeNull();
    stop();
    expect(document.documentElement.innerHTML).toBe(before);
  });
});

describe('buttonPosition', () => {
  it('puts the button after the end of the selection, inside the view, above the line at the bottom edge', () => {
    expect(buttonPosition({ right: 300, top: 200, bottom: 220 }, 1000, 800)).toEqual({ left: 304, top: 224 });
    expect(buttonPosition({ right: 995, top: 200, bottom: 220 }, 1000, 800)).toEqual({ left: 968, top: 224 });
    expect(buttonPosition({ right: 300, top: 770, bottom: 790 }, 1000, 800)).toEqual({ left: 304, top: 738 });
  });
});
