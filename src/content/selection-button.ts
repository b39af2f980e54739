// A small "save highlight" button beside the end of the reader's selection. It lives in a closed
// shadow root on one host element appended to <html> only while it shows, so the page's CSS
// cannot reach it and its own CSS cannot reach the page; the text index leaves the host out.
// It shows after a mouse or keyboard selection of page text (never in form fields or editable
// text), and goes on scroll, resize, Escape, a press elsewhere, or when the selection goes.
// The page's events are only listened to (passive, never cancelled); only presses on the button
// itself are cancelled, so that pressing it keeps the reader's selection.
import { warn } from './page-tools';

/** The host element's tag name (end-to-end tests find the button by it; the text index skips it). */
export const SAVE_BUTTON_TAG = 'parallax-save-highlight';
/** The button's size in CSS pixels. */
const SIZE = 28;
/** Space between the selection's end and the button. */
const GAP = 4;

const BUTTON_STYLE = `
button {
  all: initial;
  box-sizing: border-box;
  width: ${SIZE}px;
  height: ${SIZE}px;
  display: grid;
  place-items: center;
  border-radius: 50%;
  background: #35507a;
  color: #fff;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.35);
  cursor: pointer;
}
button:hover { background: #263b5c; }
button:focus-visible { outline: 2px solid #ffd400; outline-offset: 2px; }
svg { width: 16px; height: 16px; fill: currentColor; pointer-events: none; }
`;
/** A highlighter pen (24×24 view box). */
const PEN_PATH = 'M15.2 3.3a1 1 0 0 1 1.4 0l4.1 4.1a1 1 0 0 1 0 1.4L11 18.5l-5.5-5.5zM4.8 14.2l5 5-1.3 1.3H3.5v-5zM2 22h20v2H2z';

/**
 * Where the button goes for a selection whose last line box is `end`, in a `viewWidth` ×
 * `viewHeight` view: just after the end, below it, kept inside the view (above the line when
 * there is no room below).
 */
export function buttonPosition(end: { right: number; top: number; bottom: number }, viewWidth: number, viewHeight: number): { left: number; top: number } {
  const left = Math.max(GAP, Math.min(end.right + GAP, viewWidth - SIZE - GAP));
  const below = end.bottom + GAP;
  const top = below + SIZE <= viewHeight - GAP ? below : Math.max(GAP, end.top - SIZE - GAP);
  return { left, top };
}

/** The save button of one document; `listen()` starts it. */
export class SelectionButton {
  private host: HTMLElement | null = null;
  /** The selection the button saves (kept: pressing the button may move the page's selection). */
  private range: Range | null = null;
  /** The selection last saved with the button: not offered again (the Enter key's release follows the save). */
  private saved: Range | null = null;
  private checkTimer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;

  /**
   * `offer`: the selection worth a button now, or null. `save`: what pressing the button does.
   * `label`: the button's accessible name and tooltip, read when the button first shows (the
   * extension's i18n API costs time on every page, and most pages never show the button).
   */
  constructor(
    private readonly win: Window,
    private readonly label: () => string,
    private readonly offer: () => Range | null,
    private readonly save: (range: Range) => void,
  ) {}

  /** Whether the button is showing. */
  get shown(): boolean {
    return this.host !== null;
  }

  /** Listens to the page's selection, presses, keys and scrolling; returns a function that stops. */
  listen(): () => void {
    const doc = this.win.document;
    const options = { capture: true, passive: true } as const;
    const listeners: [EventTarget, string, EventListener][] = [
      [doc, 'mouseup', this.onSelectionGesture as EventListener],
      [doc, 'keyup', this.onSelectionGesture as EventListener],
      [doc, 'mousedown', this.onPress as EventListener],
      [doc, 'keydown', this.onKeyDown as EventListener],
      [doc, 'selectionchange', this.onSelectionChange],
      [this.win, 'scroll', this.hideListener],
      [this.win, 'resize', this.hideListener],
    ];
    for (const [target, type, listener] of listeners) target.addEventListener(type, listener, options);
    this.listening = true;
    return () => {
      this.listening = false;
      clearTimeout(this.checkTimer);
      this.hide();
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, options);
    };
  }

  /** Removes the button (a look at a selection just made still follows: the scroll it caused must not cancel it). */
  hide(): void {
    this.host?.remove();
    this.host = null;
    this.range = null;
  }

  private readonly hideListener = (): void => this.hide();

  /** A mouse or key release may have made a selection: look once the browser has updated it and scrolled to it. */
  private readonly onSelectionGesture = (event: Event): void => {
    if (this.isOwn(event)) return;
    // Escape hides; Tab moves focus (perhaps to the button): neither makes a selection.
    const key = (event as KeyboardEvent).key;
    if (event.type === 'keyup' && (key === 'Escape' || key === 'Tab')) return;
    clearTimeout(this.checkTimer);
    // Next frame: a keyboard selection scrolls its end into view, and the scroll events of that
    // frame come before animation frame callbacks; the button must not show and then vanish.
    this.checkTimer = setTimeout(() => {
      if (typeof this.win.requestAnimationFrame === 'function') this.win.requestAnimationFrame(() => this.check());
      else this.check();
    }, 0);
  };

  private readonly onPress = (event: Event): void => {
    if (!this.isOwn(event)) this.hide();
  };

  private readonly onKeyDown = (event: Event): void => {
    if ((event as KeyboardEvent).key === 'Escape') this.hide();
  };

  private readonly onSelectionChange = (): void => {
    if (!this.host) return;
    const selection = this.win.getSelection?.();
    // Pressing the button keeps the selection; any other change that empties it ends the offer.
    if (!selection || selection.isCollapsed) this.hide();
  };

  private check(): void {
    if (!this.listening) return;
    try {
      const range = this.offer();
      if (!range) {
        this.hide();
        return;
      }
      if (this.saved && sameRange(this.saved, range)) return;
      if (this.range && sameRange(this.range, range)) return;
      this.show(range.cloneRange());
    } catch (error) {
      warn('could not offer to save the selection', error);
      this.hide();
    }
  }

  private show(range: Range): void {
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
    const end = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const { left, top } = buttonPosition(end, this.win.innerWidth, this.win.innerHeight);
    this.hide();
    const doc = this.win.document;
    const host = doc.createElement(SAVE_BUTTON_TAG);
    host.style.cssText = `all:initial;position:fixed;left:${left}px;top:${top}px;z-index:2147483647;display:block;`;
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = BUTTON_STYLE;
    const button = doc.createElement('button');
    button.type = 'button';
    const label = this.label();
    button.setAttribute('aria-label', label);
    button.title = label;
    button.append(penIcon(doc));
    // Our own element: keeping the page's selection and focus where they are.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', () => {
      const saved = this.range;
      this.hide();
      if (!saved) return;
      this.saved = saved;
      this.save(saved);
    });
    shadow.append(style, button);
    doc.documentElement.append(host);
    this.host = host;
    this.range = range;
  }

  /** Whether the event happened on the button (events from a closed shadow root show its host as target). */
  private isOwn(event: Event): boolean {
    return this.host !== null && event.target === this.host;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset
  );
}

function penIcon(doc: Document): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(ns, 'path');
  path.setAttribute('d', PEN_PATH);
  svg.append(path);
  return svg;
}
