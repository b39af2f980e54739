import { parseHTML } from 'linkedom';
import { buildTextIndex, normaliseForSearch, type TextIndex } from '../../src/content/anchoring/text-index';

function body(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`).document.body as unknown as HTMLElement;
}

/** The DOM text between the index's points for text[start, end) (start and end in one node or two). */
function domTextBetween(index: TextIndex, start: number, end: number): string {
  const from = index.pointAt(start, 'start')!;
  const to = index.pointAt(end, 'end')!;
  if (from.node === to.node) return from.node.data.slice(from.offset, to.offset);
  return from.node.data.slice(from.offset) + '|' + to.node.data.slice(0, to.offset);
}

describe('buildTextIndex', () => {
  it('collapses whitespace runs, non-breaking spaces and line breaks to one space', () => {
    const index = buildTextIndex(body('<p>  The   minister\n\t said&nbsp;&nbsp;“no”. </p>'));
    expect(index.text).toBe('The minister said “no”.');
    expect(index.searchText).toBe('The minister said "no".');
  });

  it('puts a space between blocks even when the page has none, but not inside inline elements', () => {
    const index = buildTextIndex(body('<p>First paragraph.</p><p>Second <b>bold</b><i>italic</i> one.</p><ul><li>a</li><li>b</li></ul>'));
    expect(index.text).toBe('First paragraph. Second bolditalic one. a b');
  });

  it('leaves out scripts, styles, hidden elements, iframe fallback text and ignored elements', () => {
    const index = buildTextIndex(
      body('<p>Seen</p><script>var x = "no";</script><style>p{}</style><div hidden>secret</div><iframe>fallback</iframe><div id="ours">ui</div><p>too</p>'),
      { ignore: (element) => element.id === 'ours' },
    );
    expect(index.text).toBe('Seen too');
  });

  it('drops soft hyphens and zero-width spaces, as a quote typed without them has none', () => {
    const index = buildTextIndex(body('<p>inter\u00adnational co\u200bop</p>'));
    expect(index.text).toBe('international coop');
    expect(normaliseForSearch('inter\u00adnational  co-op\n')).toBe('international co-op ');
  });

  it('maps offsets back to the characters they came from, across collapsed whitespace and nodes', () => {
    const root = body('<p>  The   minister\n said <a href="#">“no”</a>.</p><p>Next</p>');
    const index = buildTextIndex(root);
    const at = (needle: string): [number, number] => [index.text.indexOf(needle), index.text.indexOf(needle) + needle.length];
    expect(domTextBetween(index, ...at('minister'))).toBe('minister');
    // The collapsed space maps to the first character of its run.
    expect(domTextBetween(index, ...at('The minister'))).toBe('The   minister');
    expect(domTextBetween(index, ...at('said “no”'))).toBe('said |“no”');
    // A range starting or ending on a block separator moves inward to real text.
    const separator = index.text.indexOf('. Next') + 1;
    expect(index.pointAt(separator, 'start')).toEqual({ node: root.querySelectorAll('p')[1].firstChild, offset: 0 });
    expect(index.pointAt(separator + 1, 'end')).toEqual({ node: root.querySelector('p')!.lastChild, offset: 1 });
  });

  it('maps DOM points to offsets, the inverse of pointAt', () => {
    const root = body('<p>  The   minister\n said <a href="#">“no”</a>.</p><script>x</script><p>Next</p>');
    const index = buildTextIndex(root);
    for (let offset = 0; offset < index.text.length; offset++) {
      const point = index.pointAt(offset, 'start')!;
      const back = index.offsetAt(point.node, point.offset);
      // A block separator has no DOM character: its start point is the next real one.
      expect(back).toBe(index.text[offset] === ' ' && back === offset + 1 ? offset + 1 : offset);
    }
    const [second] = Array.from(root.querySelectorAll('p')).slice(1);
    expect(index.offsetAt(second, 0)).toBe(index.text.indexOf('Next'));
    expect(index.offsetAt(root.querySelector('script')!.firstChild!, 0)).toBe(index.text.indexOf('Next'));
    expect(index.offsetAt(root, root.childNodes.length)).toBe(index.text.length);
  });

  it('has no points when the subtree has no text', () => {
    const index = buildTextIndex(body('<div> \n <img alt="x"> </div>'));
    expect(index.text).toBe('');
    expect(index.pointAt(0, 'start')).toBeNull();
  });

  it('reads a deeply nested page without recursion', () => {
    const depth = 20_000;
    const root = body('<div>'.repeat(depth) + 'deep' + '</div>'.repeat(depth) + 'end');
    expect(buildTextIndex(root).text).toBe('deep end');
  });
});
