import { toWebAnnotation } from '../../src/highlights/export';
import { createHighlight } from '../../src/highlights/highlight';
import { AnnotationImportError, highlightIdOf, readAnnotations } from '../../src/highlights/import';

const TEXT = 'The council met on Tuesday. "We will rebuild," the mayor said. The storm hit the coast.';
const OURS = toWebAnnotation(
  createHighlight(TEXT, 28, 46, { url: 'https://news.example/a', canonicalUrl: 'news.example/a', title: 'T', outlet: 'O', story: 's1' }, 'aaaa', Date.UTC(2024, 0, 1), { note: 'n', tags: ['t'] })!,
);

/** An annotation as another tool (a Hypothesis-like export) writes it: several selectors, a note in bodyValue, no extension. */
const THEIRS = {
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  id: 'https://hypothes.is/a/xyz',
  type: 'Annotation',
  created: '2023-05-01T10:00:00Z',
  bodyValue: 'from elsewhere',
  target: [
    {
      source: 'https://www.example.com/news/story/amp?utm_source=feed',
      selector: [
        { type: 'RangeSelector', startContainer: '/p[1]', endContainer: '/p[1]', startOffset: 0, endOffset: 4 },
        { type: 'TextPositionSelector', start: 10, end: 20 },
        { type: 'TextQuoteSelector', exact: 'some words', prefix: 'with ', suffix: ' here' },
      ],
    },
  ],
};

const read = (items: unknown, known: string[] = []) => readAnnotations(JSON.stringify(items), new Set(known), 1_000);

describe('readAnnotations', () => {
  test("another tool's annotation becomes a highlight: quote and position selectors, note, canonical address, dates", () => {
    const { highlights, skipped } = read([THEIRS]);
    expect(skipped).toEqual([]);
    expect(highlights).toEqual([
      {
        id: 'https://hypothes.is/a/xyz',
        url: THEIRS.target[0].source,
        canonicalUrl: 'example.com/news/story',
        title: null,
        outlet: null,
        story: null,
        createdAt: Date.parse('2023-05-01T10:00:00Z'),
        modifiedAt: Date.parse('2023-05-01T10:00:00Z'),
        exact: 'some words',
        prefix: 'with ',
        suffix: ' here',
        start: 10,
        end: 20,
        note: 'from elsewhere',
        tags: [],
        colour: 'yellow',
      },
    ]);
  });

  test('accepts an AnnotationPage, an array or a single Annotation; ids map back to highlight ids', () => {
    expect(read({ type: 'AnnotationPage', items: [OURS] }).highlights.map((h) => h.id)).toEqual(['aaaa']);
    expect(read(OURS).highlights.map((h) => h.id)).toEqual(['aaaa']);
    expect(highlightIdOf('urn:uuid:1234')).toBe('1234');
    expect(highlightIdOf('https://x.example/a/1')).toBe('https://x.example/a/1');
  });

  test('every annotation that cannot be imported is reported with its index and reason; the others are imported', () => {
    const noQuote = { ...OURS, id: 'urn:uuid:b', target: { source: 'https://news.example/a', selector: { type: 'CssSelector', value: 'p' } } };
    const script = { ...OURS, id: 'urn:uuid:c', target: { ...OURS.target, source: 'javascript:alert(1)' } };
    const noId = { ...OURS, id: undefined };
    const badDate = { ...OURS, id: 'urn:uuid:d', created: 'yesterday' };
    const emptyQuote = { ...OURS, id: 'urn:uuid:e', target: { source: 'https://news.example/a', selector: [{ type: 'TextQuoteSelector', exact: '' }] } };
    const badColour = { ...OURS, id: 'urn:uuid:f', parallax: { ...OURS.parallax, colour: 'red;background:url(x)' } };
    const reversed = { ...OURS, id: 'urn:uuid:g', target: { ...OURS.target, selector: [OURS.target.selector[0], { type: 'TextPositionSelector', start: 9, end: 3 }] } };
    const { highlights, skipped } = read([OURS, OURS, noQuote, script, noId, badDate, 'text', emptyQuote, badColour, reversed], ['known']);
    expect(skipped.map((s) => s.index)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(skipped[0].reason).toBe('repeats an annotation earlier in the file');
    expect(skipped[1].reason).toBe('no TextQuoteSelector in its target');
    expect(skipped[2].reason).toBe('its target is not a web page (http or https)');
    expect(skipped[3].reason).toMatch(/^not a valid annotation \(id: /);
    expect(skipped[4].reason).toMatch(/^not a valid annotation \(created: /);
    expect(skipped[5].reason).toMatch(/^not a valid annotation/);
    expect(skipped[6].reason).toBe('no TextQuoteSelector in its target');
    // A colour that is not a colour name or hex value is not painted with: the default instead.
    expect(highlights.map((h) => [h.id, h.colour])).toEqual([['aaaa', 'yellow'], ['f', 'yellow'], ['g', 'yellow']]);
    // A position selector that makes no sense is dropped, the quote kept.
    expect(highlights[2]).toMatchObject({ start: null, end: null, exact: '"We will rebuild,"' });
  });

  test('an id already saved is skipped as such', () => {
    expect(read([OURS], ['aaaa'])).toEqual({ highlights: [], skipped: [{ index: 0, reason: 'already saved' }] });
  });

  test('a file that is not JSON, or holds no annotations, is an error of the whole file', () => {
    expect(() => readAnnotations('{not json', new Set(), 0)).toThrow(AnnotationImportError);
    expect(() => readAnnotations('{"type":"Something"}', new Set(), 0)).toThrow(AnnotationImportError);
    expect(() => readAnnotations('42', new Set(), 0)).toThrow(AnnotationImportError);
  });
});
