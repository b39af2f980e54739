// The reader's fast validation path (isSurelyValidRecord) against the schemas it stands in for:
// it accepts every record of a real pack, and never a variant the schema rejects (then the reader
// falls back to valibot, whose error messages the other pack tests check).
import * as v from 'valibot';
import { RECORD_SCHEMAS } from '../../src/core/pack-format';
import { isSurelyValidRecord } from '../../src/core/pack-read';
import { basilPack } from '../store/helpers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const records = basilPack(0, 4)
  .split('\n')
  .slice(1, -1)
  .map((line) => JSON.parse(line) as { [key: string]: Json } & { type: keyof typeof RECORD_SCHEMAS });

/** Values a field is replaced with: every JSON kind, edge numbers and strings. */
const REPLACEMENTS: Json[] = [null, true, 0, -0, -1, 1, 1.5, 2, 1e999 as number, -1e999 as number, '', 'x', 'same', 'count', [], [''], [1], {}, { a: 1 }];

/** Every variant of `value` with one field (at any depth) replaced, removed or added, or one array element dropped or added. */
function* variants(value: Json): Generator<Json> {
  if (Array.isArray(value)) {
    if (value.length > 0) yield value.slice(1);
    for (const extra of REPLACEMENTS) yield [...value, extra];
    // Nested variants of a few elements (the first and last of long arrays).
    for (const i of new Set([0, value.length - 1].filter((i) => i >= 0))) {
      for (const replacement of REPLACEMENTS) yield value.map((item, j) => (j === i ? replacement : item));
      for (const inner of variants(value[i])) yield value.map((item, j) => (j === i ? inner : item));
    }
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  yield { ...value, extra: 1 };
  for (const key of Object.keys(value)) {
    const { [key]: _removed, ...rest } = value;
    yield rest;
    yield { ...rest, renamed: value[key] };
    for (const replacement of REPLACEMENTS) yield { ...value, [key]: replacement };
    for (const inner of variants(value[key])) yield { ...value, [key]: inner };
  }
}

const valid = (value: Json): boolean => {
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(RECORD_SCHEMAS, type) && v.safeParse(RECORD_SCHEMAS[type as keyof typeof RECORD_SCHEMAS], value).success;
};

test('every record of a real pack passes the fast check, and the schema outputs it unchanged', () => {
  const types = new Set<string>();
  for (const record of records) {
    types.add(record.type);
    expect(isSurelyValidRecord(record)).toBe(true);
    expect(v.parse(RECORD_SCHEMAS[record.type], record)).toEqual(record);
  }
  expect([...types].sort()).toEqual(['article', 'figure', 'quote', 'story', 'terms']);
});

test('the fast check accepts no variant the schema rejects', () => {
  // One record of each type, plus a quote with groups and a figure with a group and a value.
  const samples = new Map<string, Json>();
  for (const record of records) if (!samples.has(record.type)) samples.set(record.type, record);
  const quote = records.find((r) => r.type === 'quote' && Array.isArray(r.groups) && r.groups.length > 0);
  const figure = records.find((r) => r.type === 'figure' && r.group !== null && r.value !== null);
  let rejected = 0;
  let checked = 0;
  for (const sample of [...samples.values(), quote!, figure!]) {
    for (const variant of variants(sample)) {
      checked++;
      if (valid(variant)) continue;
      rejected++;
      if (isSurelyValidRecord(variant)) throw new Error(`accepted by the fast check, rejected by the schema: ${JSON.stringify(variant).slice(0, 300)}`);
    }
  }
  expect(checked).toBeGreaterThan(1500);
  expect(rejected).toBeGreaterThan(1200);
});
