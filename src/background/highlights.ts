// The background's side of highlights: the user database answers the content script and the
// panel. Browser-free (Dexie on whatever IndexedDB it is given), so the tests run it in Node.
import { toCsv, toMarkdown, toWebAnnotationCollection } from '../highlights/export';
import { cleanTags, type Highlight } from '../highlights/highlight';
import type { HighlightRequest } from '../messages';
import { asCurrentHighlight, importHighlights, type UserDb } from '../store/user-db';

/** Saves a new highlight; throws when it has no text or an id already saved. */
export async function saveHighlight(db: UserDb, highlight: Highlight): Promise<Highlight> {
  if (typeof highlight.exact !== 'string' || highlight.exact.trim() === '') throw new Error('a highlight needs highlighted text');
  await db.highlights.add(highlight);
  return highlight;
}

/** The highlights of the page with this canonical url, oldest first. */
export async function pageHighlights(db: UserDb, canonicalUrl: string): Promise<Highlight[]> {
  return (await db.highlights.where('canonicalUrl').equals(canonicalUrl).sortBy('createdAt')).map(asCurrentHighlight);
}

/** Whether the page stored under `canonicalUrl` has saved highlights. */
export async function hasPageHighlights(db: UserDb, canonicalUrl: string): Promise<boolean> {
  return (await db.highlights.where('canonicalUrl').equals(canonicalUrl).count()) > 0;
}

/** Whether the highlight's text, note, tags, title or outlet contain every word of `query`. */
export function matchesQuery(highlight: Highlight, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [highlight.exact, highlight.note, highlight.title ?? '', highlight.outlet ?? '', ...highlight.tags].join('\n').toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Answers one request of the panel (see HighlightRequest for what each returns). */
export async function answerHighlightRequest(db: UserDb, request: HighlightRequest): Promise<unknown> {
  switch (request.action) {
    case 'list': {
      const all = request.canonicalUrl === null ? (await db.highlights.toArray()).map(asCurrentHighlight) : await pageHighlights(db, request.canonicalUrl);
      return all.filter((h) => matchesQuery(h, request.query)).sort((a, b) => b.createdAt - a.createdAt);
    }
    case 'update':
      return db.transaction('rw', db.highlights, async () => {
        const highlight = await db.highlights.get(request.id);
        if (!highlight) throw new Error('this highlight no longer exists');
        const { note, tags, colour } = request.changes;
        const updated: Highlight = {
          ...highlight,
          ...(note !== undefined ? { note } : {}),
          ...(tags !== undefined ? { tags: cleanTags(tags) } : {}),
          ...(colour !== undefined ? { colour } : {}),
          modifiedAt: Date.now(),
        };
        await db.highlights.put(updated);
        return updated;
      });
    case 'delete':
      return db.transaction('rw', db.highlights, async () => {
        const highlight = await db.highlights.get(request.id);
        if (highlight) await db.highlights.delete(request.id);
        return highlight ?? null;
      });
    case 'restore':
      await db.highlights.put(request.highlight);
      return undefined;
    case 'export': {
      const highlights =
        request.canonicalUrl === null ? (await db.highlights.orderBy('createdAt').toArray()).map(asCurrentHighlight) : await pageHighlights(db, request.canonicalUrl);
      if (request.format === 'markdown') return toMarkdown(highlights);
      if (request.format === 'csv') return toCsv(highlights);
      return JSON.stringify(toWebAnnotationCollection(highlights), null, 2);
    }
    case 'import':
      return importHighlights(db, request.text);
  }
}

/** Whether a request changes saved highlights (the parts showing them must then refresh). */
export function changesHighlights(request: HighlightRequest): boolean {
  return request.action !== 'list' && request.action !== 'export';
}
