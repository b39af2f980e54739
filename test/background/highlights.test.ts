// The background's answers about highlights, on a real user database in fake-indexeddb.
import { createHighlight, type Highlight } from '../../src/highlights/highlight';
import { answerHighlightRequest, changesHighlights, hasPageHighlights, matchesQuery, pageHighlights, saveHighlight } from '../../src/background/highlights';
import { freshDatabases } from '../store/helpers';
import { loadArticles } from '../support/shared';

const article = loadArticles('basil')[0];
const page = { url: 'https://www.example.com/a?utm_source=x', canonicalUrl: 'example.com/a', title: 'A title', outlet: 'Example', story: null };

function highlightAt(start: number, length: number, id: string, now: number, note = ''): Highlight {
  return createHighlight(article.text, start, start + length, page, id, now, { note, tags: ['politics'] })!;
}

describe('highlights in the background', () => {
  it('saves, lists by page with a query, updates, deletes and restores', async () => {
    const { user } = freshDatabases();
    await saveHighlight(user, highlightAt(0, 40, 'h1', 1000, 'first note'));
    await saveHighlight(user, highlightAt(100, 30, 'h2', 2000));
    await saveHighlight(user, { ...highlightAt(200, 30, 'h3', 3000), canonicalUrl: 'example.com/other' });
    expect((await pageHighlights(user, 'example.com/a')).map((h) => h.id)).toEqual(['h1', 'h2']);
    // What a page's report is answered with: whether it has highlights to find again.
    expect([await hasPageHighlights(user, 'example.com/a'), await hasPageHighlights(user, 'example.com/other'), await hasPageHighlights(user, 'example.com')]).toEqual([true, true, false]);

    const list = (query: string, canonicalUrl: string | null = 'example.com/a') =>
      answerHighlightRequest(user, { action: 'list', canonicalUrl, query }) as Promise<Highlight[]>;
    expect((await list('')).map((h) => h.id)).toEqual(['h2', 'h1']);
    expect((await list('FIRST note')).map((h) => h.id)).toEqual(['h1']);
    expect((await list('', null)).map((h) => h.id)).toEqual(['h3', 'h2', 'h1']);

    const updated = (await answerHighlightRequest(user, { action: 'update', id: 'h2', changes: { note: 'later', tags: [' a ', 'A', 'b'] } })) as Highlight;
    expect(updated).toMatchObject({ note: 'later', tags: ['a', 'b'], exact: article.text.slice(100, 130) });
    expect(updated.modifiedAt).toBeGreaterThan(updated.createdAt);

    const deleted = (await answerHighlightRequest(user, { action: 'delete', id: 'h2' })) as Highlight;
    expect(await user.highlights.get('h2')).toBeUndefined();
    await answerHighlightRequest(user, { action: 'restore', highlight: deleted });
    expect(await user.highlights.get('h2')).toEqual(updated);
    await expect(answerHighlightRequest(user, { action: 'update', id: 'gone', changes: { note: 'x' } })).rejects.toThrow(/no longer exists/);
  });

  it('exports every format and imports its own JSON-LD once', async () => {
    const { user } = freshDatabases();
    await saveHighlight(user, highlightAt(0, 40, 'h1', 1000, '=SUM(A1)'));
    const markdown = (await answerHighlightRequest(user, { action: 'export', format: 'markdown', canonicalUrl: null })) as string;
    expect(markdown).toContain('A title');
    const csv = (await answerHighlightRequest(user, { action: 'export', format: 'csv', canonicalUrl: null })) as string;
    expect(csv).toContain("'=SUM(A1)");
    const jsonld = (await answerHighlightRequest(user, { action: 'export', format: 'jsonld', canonicalUrl: null })) as string;

    const { user: fresh } = freshDatabases();
    expect(await answerHighlightRequest(fresh, { action: 'import', text: jsonld })).toEqual({ added: 1, skipped: [] });
    const again = (await answerHighlightRequest(fresh, { action: 'import', text: jsonld })) as { added: number; skipped: unknown[] };
    expect(again.added).toBe(0);
    expect(again.skipped).toHaveLength(1);
    expect(await fresh.highlights.get('h1')).toEqual(await user.highlights.get('h1'));
  });

  it('refuses a highlight without text and tells which requests change highlights', async () => {
    const { user } = freshDatabases();
    await expect(saveHighlight(user, { ...highlightAt(0, 10, 'h1', 1), exact: '  ' })).rejects.toThrow(/highlighted text/);
    expect(matchesQuery(highlightAt(0, 40, 'h1', 1), 'politics')).toBe(true);
    expect(changesHighlights({ action: 'list', canonicalUrl: null, query: '' })).toBe(false);
    expect(changesHighlights({ action: 'delete', id: 'x' })).toBe(true);
  });
});

describe('rows written by older code', () => {
  it('lists a version 1 row found in the upgraded database with the newer fields empty', async () => {
    const { user } = freshDatabases();
    await saveHighlight(user, highlightAt(0, 40, 'h1', 1000));
    const { id, url, canonicalUrl, title, createdAt, exact, prefix, suffix, note, colour } = highlightAt(50, 20, 'old', 500, 'from v1');
    await user.highlights.put({ id, url, canonicalUrl, title, createdAt, exact, prefix, suffix, note, colour } as unknown as Highlight);
    const listed = (await answerHighlightRequest(user, { action: 'list', canonicalUrl: null, query: 'v1' })) as Highlight[];
    expect(listed).toEqual([expect.objectContaining({ id: 'old', tags: [], modifiedAt: 500, start: null, outlet: null, note: 'from v1' })]);
    expect((await pageHighlights(user, canonicalUrl)).map((h) => h.tags)).toEqual([[], ['politics']]);
  });
});
