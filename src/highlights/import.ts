// Highlights in from a W3C Web Annotation file: ours (export.ts) or another tool's. Every
// annotation is validated on its own (valibot, no eval); one that cannot become a highlight is
// skipped with its index and the reason, never half-imported. Annotation ids make the import
// idempotent: an id already saved, or seen earlier in the same file, adds nothing.
import * as v from 'valibot';
import { canonicalUrl } from '../core/pack-format';
import { cleanTags, DEFAULT_COLOUR, type Highlight } from './highlight';
import { ANNOTATION_ID_PREFIX } from './export';

/** A file that holds no list of annotations at all (not JSON, or JSON of another kind). */
export class AnnotationImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotationImportError';
  }
}

/** An annotation of the file that was not imported. */
export interface SkippedAnnotation {
  /** 0-based position among the file's annotations. */
  index: number;
  /** Why, in plain words ("already saved", "no TextQuoteSelector in its target", …). */
  reason: string;
}

/** What reading a file gave: highlights to add (new ids only) and what was skipped. */
export interface AnnotationReading {
  highlights: Highlight[];
  skipped: SkippedAnnotation[];
}

/** Bounds that keep a hostile or broken file from filling the database. */
const MAX_QUOTE_CHARS = 20_000;
const MAX_NOTE_CHARS = 100_000;
const MAX_TAGS = 100;
const MAX_TAG_CHARS = 200;
const MAX_FIELD_CHARS = 2_000;

/** A CSS colour name or hex value: the only colours taken, since the page paints with it. */
const COLOUR = /^(#[0-9a-f]{3,8}|[a-z]{3,30})$/i;

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const isoDate = v.pipe(v.string(), v.check((text) => !Number.isNaN(Date.parse(text)), 'not a date'));
const shortText = v.pipe(v.string(), v.maxLength(MAX_FIELD_CHARS));

const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_CHARS)),
  prefix: v.optional(shortText, ''),
  suffix: v.optional(shortText, ''),
});

const TextPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((selector) => selector.start < selector.end, 'start is not before end'),
);

/** Selectors of other kinds (CSS, XPath, Range, …) are allowed and ignored. */
const AnySelectorSchema = v.looseObject({ type: v.string() });

// Unions below try the array form first: an object schema would take an array as an object.

const TargetSchema = v.looseObject({
  source: v.pipe(v.string(), v.url()),
  selector: v.optional(v.union([v.array(AnySelectorSchema), AnySelectorSchema])),
});

const BodySchema = v.looseObject({
  type: v.optional(v.string()),
  value: v.optional(v.string()),
  purpose: v.optional(v.string()),
});

const nullableText = v.optional(v.nullable(shortText), null);

const ExtensionSchema = v.object({
  canonicalUrl: v.optional(shortText),
  title: nullableText,
  outlet: nullableText,
  story: nullableText,
  colour: v.optional(shortText),
});

const AnnotationSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_FIELD_CHARS)),
  type: v.union([v.literal('Annotation'), v.pipe(v.array(v.string()), v.check((types) => types.includes('Annotation'), 'not an Annotation'))]),
  created: v.optional(isoDate),
  modified: v.optional(isoDate),
  body: v.optional(v.union([v.array(BodySchema), BodySchema])),
  bodyValue: v.optional(v.string()),
  target: v.union([v.array(v.union([TargetSchema, v.string()])), TargetSchema]),
  parallax: v.optional(ExtensionSchema),
});
type Annotation = v.InferOutput<typeof AnnotationSchema>;

/** The annotations of a file: an AnnotationCollection (first page's items), an AnnotationPage, an array, or one Annotation. */
function annotationList(document: unknown): unknown[] | null {
  if (Array.isArray(document)) return document;
  if (typeof document !== 'object' || document === null) return null;
  const record = document as Record<string, unknown>;
  if (record.type === 'AnnotationCollection') {
    const first = record.first as Record<string, unknown> | undefined;
    return first && Array.isArray(first.items) ? first.items : [];
  }
  if (record.type === 'AnnotationPage') return Array.isArray(record.items) ? record.items : null;
  if (record.type === 'Annotation' || Array.isArray(record.type)) return [document];
  return null;
}

/** The highlight id an annotation id stands for: our URNs back to the UUID, any other IRI as it is. */
export function highlightIdOf(annotationId: string): string {
  return annotationId.startsWith(ANNOTATION_ID_PREFIX) ? annotationId.slice(ANNOTATION_ID_PREFIX.length) : annotationId;
}

/** The first valid member of a union-typed selector list of the given schema; null when none. */
function firstSelector<T extends v.GenericSchema>(selectors: unknown[], schema: T): v.InferOutput<T> | null {
  for (const selector of selectors) {
    const parsed = v.safeParse(schema, selector);
    if (parsed.success) return parsed.output;
  }
  return null;
}

/** The highlight an annotation describes, or the reason it cannot be one. */
function toHighlight(annotation: Annotation, now: number): Highlight | string {
  const targets = (Array.isArray(annotation.target) ? annotation.target : [annotation.target]).filter(
    (target): target is v.InferOutput<typeof TargetSchema> => typeof target === 'object',
  );
  let quote: v.InferOutput<typeof TextQuoteSelectorSchema> | null = null;
  let target: (typeof targets)[number] | undefined;
  for (const candidate of targets) {
    const selectors = candidate.selector === undefined ? [] : Array.isArray(candidate.selector) ? candidate.selector : [candidate.selector];
    quote = firstSelector(selectors, TextQuoteSelectorSchema);
    if (quote) {
      target = candidate;
      break;
    }
  }
  if (!quote || !target) return 'no TextQuoteSelector in its target';
  if (!/^https?:/i.test(target.source)) return 'its target is not a web page (http or https)';
  const selectors = target.selector === undefined ? [] : Array.isArray(target.selector) ? target.selector : [target.selector];
  const position = firstSelector(selectors, TextPositionSelectorSchema);

  const bodies = annotation.body === undefined ? [] : Array.isArray(annotation.body) ? annotation.body : [annotation.body];
  const textual = bodies.filter((body) => typeof body.value === 'string' && (body.type === undefined || body.type === 'TextualBody'));
  const tags = textual.filter((body) => body.purpose === 'tagging').map((body) => body.value!);
  const notes = textual.filter((body) => body.purpose !== 'tagging').map((body) => body.value!);
  if (annotation.bodyValue !== undefined) notes.unshift(annotation.bodyValue);
  const note = notes.join('\n\n');
  if (note.length > MAX_NOTE_CHARS) return `its note is longer than ${MAX_NOTE_CHARS} characters`;
  if (tags.length > MAX_TAGS || tags.some((tag) => tag.length > MAX_TAG_CHARS)) return `more than ${MAX_TAGS} tags or a tag over ${MAX_TAG_CHARS} characters`;

  const extension = annotation.parallax;
  const createdAt = annotation.created ? Date.parse(annotation.created) : now;
  return {
    id: highlightIdOf(annotation.id),
    url: target.source,
    canonicalUrl: extension?.canonicalUrl ?? canonicalUrl(target.source),
    title: extension?.title ?? null,
    outlet: extension?.outlet ?? null,
    story: extension?.story ?? null,
    createdAt,
    modifiedAt: annotation.modified ? Date.parse(annotation.modified) : createdAt,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: position?.start ?? null,
    end: position?.end ?? null,
    note,
    tags: cleanTags(tags),
    colour: extension?.colour && COLOUR.test(extension.colour) ? extension.colour : DEFAULT_COLOUR,
  };
}

/** Where a valibot failure is and what it is, in one line ("target.source: Invalid URL", "id: missing"). */
function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.');
  // valibot says 'Expected "id" but received undefined': a reader knows it as a missing field.
  if (path && issue.received === 'undefined') return `${path}: missing`;
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** One annotation of the file as a new highlight, or why it is skipped. */
function readAnnotation(item: unknown, knownIds: ReadonlySet<string>, seen: ReadonlySet<string>, now: number): Highlight | string {
  const parsed = v.safeParse(AnnotationSchema, item);
  if (!parsed.success) return `not a valid annotation (${describeIssue(parsed.issues)})`;
  const id = highlightIdOf(parsed.output.id);
  // "urn:uuid:" alone would become a highlight with the empty id.
  if (id === '') return 'its id names no highlight';
  if (knownIds.has(id)) return 'already saved';
  if (seen.has(id)) return 'repeats an annotation earlier in the file';
  return toHighlight(parsed.output, now);
}

/**
 * Reads a Web Annotation file (the text of it). `knownIds` are the highlight ids already saved;
 * `now` stands in for a missing `created`. Returns the new highlights and the skipped
 * annotations with their reasons. Throws AnnotationImportError when the text is not JSON or
 * holds no annotations list.
 */
export function readAnnotations(text: string, knownIds: ReadonlySet<string>, now: number): AnnotationReading {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new AnnotationImportError('the file is not JSON');
  }
  const list = annotationList(document);
  if (!list) throw new AnnotationImportError('the file holds no Web Annotations (an AnnotationCollection, AnnotationPage, array or Annotation)');
  const highlights: Highlight[] = [];
  const skipped: SkippedAnnotation[] = [];
  const seen = new Set<string>();
  for (const [index, item] of list.entries()) {
    const read = readAnnotation(item, knownIds, seen, now);
    if (typeof read === 'string') {
      skipped.push({ index, reason: read });
    } else {
      seen.add(read.id);
      highlights.push(read);
    }
  }
  return { highlights, skipped };
}
