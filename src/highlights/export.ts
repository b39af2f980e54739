// Highlights out of the extension: Markdown for note apps, CSV for spreadsheets, and the W3C Web
// Annotation data model (JSON-LD) for other annotation tools and for import back (import.ts).
// Every export is text built from the records; page text is escaped for its format, never
// interpreted.
import { positionSelector, quoteSelector, type Highlight, type TextPositionSelector, type TextQuoteSelector } from './highlight';

/** The JSON-LD context of the W3C Web Annotation data model. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Annotation ids are URNs of the highlight's UUID: stable, so a second import recognises them. */
export const ANNOTATION_ID_PREFIX = 'urn:uuid:';

/** A TextualBody: the note (purpose "commenting") or one tag (purpose "tagging"). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** What the W3C model has no property for, kept under one extension key so a round trip loses nothing. */
export interface ParallaxExtension {
  canonicalUrl: string;
  title: string | null;
  outlet: string | null;
  story: string | null;
  colour: string;
}

/** One highlight as a W3C Web Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: { source: string; selector: (TextQuoteSelector | TextPositionSelector)[] };
  parallax: ParallaxExtension;
}

/** The export file: an AnnotationCollection with all annotations on its first page. */
export interface WebAnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; items: WebAnnotation[] };
}

/** Highlights in reading order of the export: by page (pages in order of their first highlight), then by time. */
function inExportOrder(highlights: readonly Highlight[]): Highlight[] {
  const firstOfPage = new Map<string, number>();
  for (const h of highlights) firstOfPage.set(h.canonicalUrl, Math.min(firstOfPage.get(h.canonicalUrl) ?? Infinity, h.createdAt));
  return [...highlights].sort(
    (a, b) =>
      firstOfPage.get(a.canonicalUrl)! - firstOfPage.get(b.canonicalUrl)! ||
      (a.canonicalUrl < b.canonicalUrl ? -1 : a.canonicalUrl > b.canonicalUrl ? 1 : 0) ||
      a.createdAt - b.createdAt,
  );
}

/** The highlight as a Web Annotation (the note and each tag as TextualBody bodies). */
export function toWebAnnotation(highlight: Highlight): WebAnnotation {
  const body: TextualBody[] = [];
  if (highlight.note) body.push({ type: 'TextualBody', value: highlight.note, purpose: 'commenting', format: 'text/plain' });
  for (const tag of highlight.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const position = positionSelector(highlight);
  return {
    id: ANNOTATION_ID_PREFIX + highlight.id,
    type: 'Annotation',
    motivation: 'highlighting',
    created: new Date(highlight.createdAt).toISOString(),
    modified: new Date(highlight.modifiedAt).toISOString(),
    body,
    target: { source: highlight.url, selector: position ? [quoteSelector(highlight), position] : [quoteSelector(highlight)] },
    parallax: {
      canonicalUrl: highlight.canonicalUrl,
      title: highlight.title,
      outlet: highlight.outlet,
      story: highlight.story,
      colour: highlight.colour,
    },
  };
}

/** All highlights as one AnnotationCollection (serialise with JSON.stringify). */
export function toWebAnnotationCollection(highlights: readonly Highlight[]): WebAnnotationCollection {
  const items = inExportOrder(highlights).map(toWebAnnotation);
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Parallax highlights',
    total: items.length,
    first: { type: 'AnnotationPage', items },
  };
}

/** Columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'id', 'created', 'modified', 'url', 'canonical_url', 'title', 'outlet', 'story',
  'colour', 'text', 'prefix', 'suffix', 'start', 'end', 'note', 'tags',
] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quotation mark or line break, inner
 * quotation marks doubled; a cell a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** All highlights as CSV: a header row, one row per highlight, CRLF line ends; tags joined by "; ". */
export function toCsv(highlights: readonly Highlight[]): string {
  const rows = inExportOrder(highlights).map((h) => [
    h.id, new Date(h.createdAt).toISOString(), new Date(h.modifiedAt).toISOString(), h.url, h.canonicalUrl,
    h.title ?? '', h.outlet ?? '', h.story ?? '', h.colour, h.exact, h.prefix, h.suffix,
    h.start === null ? '' : String(h.start), h.end === null ? '' : String(h.end), h.note, h.tags.join('; '),
  ]);
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Text made inert for Markdown: characters that start emphasis, links, code, HTML or entities are
 * backslash-escaped (CommonMark shows an escaped punctuation character as itself), and so are
 * markers of headings, lists and rules at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A link destination in angle brackets, with what would end it (`<`, `>`, line breaks) percent-encoded. */
function markdownDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** A tag as a note-app hashtag: spaces become hyphens, characters outside letters, digits, - and _ dropped. */
function hashtag(tag: string): string {
  const word = tag.replace(/\s+/g, '-').replace(/[^\p{L}\p{N}_-]/gu, '');
  return word ? `#${word}` : '';
}

/** All highlights as Markdown: a section per page (title linked to the page), each highlight a quotation with its note, tags and date. */
export function toMarkdown(highlights: readonly Highlight[]): string {
  const lines: string[] = ['# Highlights', ''];
  let page: string | null = null;
  for (const h of inExportOrder(highlights)) {
    if (h.canonicalUrl !== page) {
      page = h.canonicalUrl;
      lines.push(`## [${escapeMarkdown(h.title ?? h.url)}](${markdownDestination(h.url)})`, '');
      const about = [h.outlet, h.story ? `story ${h.story}` : null].filter((part): part is string => !!part);
      if (about.length > 0) lines.push(escapeMarkdown(about.join(' · ')), '');
    }
    lines.push(`> ${escapeMarkdown(h.exact)}`, '');
    if (h.compared && h.compared.others.length > 0) {
      lines.push(h.compared.kind === 'quote' ? 'Other outlets’ wordings:' : 'Other outlets’ figures:', '');
      for (const other of h.compared.others) {
        const source = [other.outlet, other.date?.slice(0, 10)].filter((part): part is string => !!part).join(', ');
        lines.push(`- ${escapeMarkdown(source)}: “${escapeMarkdown(other.text)}”`);
      }
      lines.push('');
    }
    if (h.note) lines.push(...h.note.split(/\r?\n/).map(escapeMarkdown), '');
    const tags = h.tags.map(hashtag).filter(Boolean);
    lines.push([new Date(h.createdAt).toISOString().slice(0, 10), ...tags].join(' '), '');
  }
  return lines.join('\n');
}
