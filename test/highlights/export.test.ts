import { normaliseForSearch } from '../../src/content/anchoring/text-index';
import {
  ANNOTATION_CONTEXT,
  CSV_COLUMNS,
  csvCell,
  escapeMarkdown,
  toCsv,
  toMarkdown,
  toWebAnnotation,
  toWebAnnotationCollection,
} from '../../src/highlights/export';
import { createHighlight, type Highlight } from '../../src/highlights/highlight';
import { readAnnotations } from '../../src/highlights/import';
import { loadArticles } from '../support/shared';

/** Three highlights on two real articles, one with a note that tries every format's special characters. */
function sampleHighlights(): Highlight[] {
  const [first, second] = loadArticles('gva').filter((a) => a.text.length > 1500 && a.url);
  const textA = normaliseForSearch(first.text);
  const textB = normaliseForSearch(second.text);
  const pageA = { url: first.url!, canonicalUrl: 'a.example/1', title: first.title ?? null, outlet: first.outlet, story: 'gva-1' };
  const pageB = { url: second.url!, canonicalUrl: 'b.example/2', title: 'Title with [brackets] and *stars*', outlet: null, story: null };
  return [
    createHighlight(textA, 100, 180, pageA, '11111111-1111-4111-8111-111111111111', Date.UTC(2024, 5, 1), { tags: ['guns', 'court ruling'] })!,
    createHighlight(textB, 50, 90, pageB, '22222222-2222-4222-8222-222222222222', Date.UTC(2024, 5, 2), {
      note: '=HYPERLINK("http://evil")\n# not a heading\n<script>alert(1)</script>, "quoted", [link](javascript:x)',
      colour: '#ffd400',
    })!,
    { ...createHighlight(textA, 400, 460, pageA, '33333333-3333-4333-8333-333333333333', Date.UTC(2024, 5, 3))!, start: null, end: null },
  ];
}

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF), to check the CSV reads back field for field. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV', () => {
  test('every field reads back (RFC 4180), a formula-like note is defused, CRLF rows', () => {
    const highlights = sampleHighlights();
    const csv = toCsv(highlights);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    // By page, then by time: the two highlights of article A come first.
    expect(rows.slice(1).map((r) => r[column('id')])).toEqual([highlights[0].id, highlights[2].id, highlights[1].id]);
    expect(rows[1][column('text')]).toBe(highlights[0].exact);
    expect(rows[1][column('tags')]).toBe('guns; court ruling');
    expect(rows[1][column('start')]).toBe(String(highlights[0].start));
    expect(rows[2][column('start')]).toBe('');
    expect(rows[3][column('note')]).toBe(`'${highlights[1].note}`);
    expect(rows[3][column('created')]).toBe('2024-06-02T00:00:00.000Z');
  });

  test('cells that a spreadsheet would run as formulas start with an apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '')[0]).toBe("'");
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('Markdown', () => {
  test('a section per page, quotes, notes, tags and dates; page text cannot make markup', () => {
    const markdown = toMarkdown(sampleHighlights());
    const [first, second] = loadArticles('gva').filter((a) => a.text.length > 1500 && a.url);
    expect(markdown.startsWith('# Highlights\n')).toBe(true);
    expect(markdown.indexOf(`(<${first.url}>)`)).toBeLessThan(markdown.indexOf(`(<${second.url}>)`));
    expect(markdown).toContain('## [Title with \\[brackets\\] and \\*stars\\*]');
    expect(markdown).toContain('2024-06-01 #guns #court-ruling');
    expect(markdown).toContain('\\# not a heading');
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('\\[link\\](javascript:x)');
    expect(markdown).not.toMatch(/[^\\]<script/);
  });

  test('escapeMarkdown leaves words alone and escapes markers', () => {
    expect(escapeMarkdown('The mayor said no.')).toBe('The mayor said no.');
    expect(escapeMarkdown('- item\n1. first\n+ x')).toBe('\\- item\n1\\. first\n\\+ x');
    expect(escapeMarkdown('a_b *c* `d` &amp;')).toBe('a\\_b \\*c\\* \\`d\\` \\&amp;');
  });
});

describe('W3C Web Annotation JSON-LD', () => {
  test('annotation shape: context, id, selectors, note and tag bodies, dates', () => {
    const [highlight] = sampleHighlights();
    const annotation = toWebAnnotation(highlight);
    expect(annotation).toMatchObject({
      id: `urn:uuid:${highlight.id}`,
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2024-06-01T00:00:00.000Z',
      modified: '2024-06-01T00:00:00.000Z',
      body: [
        { type: 'TextualBody', value: 'guns', purpose: 'tagging' },
        { type: 'TextualBody', value: 'court ruling', purpose: 'tagging' },
      ],
      target: {
        source: highlight.url,
        selector: [
          { type: 'TextQuoteSelector', exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix },
          { type: 'TextPositionSelector', start: highlight.start, end: highlight.end },
        ],
      },
    });
    const collection = toWebAnnotationCollection(sampleHighlights());
    expect(collection).toMatchObject({ '@context': ANNOTATION_CONTEXT, type: 'AnnotationCollection', total: 3, first: { type: 'AnnotationPage' } });
    expect(collection.first.items[2].body).toEqual([
      { type: 'TextualBody', value: sampleHighlights()[1].note, purpose: 'commenting', format: 'text/plain' },
    ]);
  });

  test('export then import gives the same highlights back; importing again adds nothing', () => {
    const highlights = sampleHighlights();
    const file = JSON.stringify(toWebAnnotationCollection(highlights), null, 2);
    const first = readAnnotations(file, new Set(), 0);
    expect(first.skipped).toEqual([]);
    expect(first.highlights.sort((a, b) => a.createdAt - b.createdAt)).toEqual(highlights);
    const again = readAnnotations(file, new Set(highlights.map((h) => h.id)), 0);
    expect(again.highlights).toEqual([]);
    expect(again.skipped).toEqual([0, 1, 2].map((index) => ({ index, reason: 'already saved' })));
  });
});
