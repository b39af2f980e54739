// `parallax pack`: the command line built from the current sources, run as a separate process.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPack } from '../../src/core/pack-read';
import { SHARED } from '../support/shared';

const tmp = mkdtempSync(join(tmpdir(), 'parallax-pack-'));
const CLI = join(tmp, 'cli.js');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SEEDS = join(SHARED, 'eval', 'seeds.jsonl');

beforeAll(() => {
  buildSync({ entryPoints: [join(__dirname, '..', '..', 'src', 'cli', 'cli.ts')], bundle: true, platform: 'node', outfile: CLI, logLevel: 'warning' });
});

function run(args: string[], environment: Record<string, string> = {}) {
  const env = { ...process.env, ...environment };
  if (!('SOURCE_DATE_EPOCH' in environment)) delete env.SOURCE_DATE_EPOCH;
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });
}

/** The seed articles split over two files, two and three articles. */
function splitSeeds(): [string, string] {
  const lines = readFileSync(SEEDS, 'utf8').split('\n').filter(Boolean);
  const first = join(tmp, 'first.jsonl');
  const second = join(tmp, 'second.jsonl');
  writeFileSync(first, lines.slice(0, 2).join('\n') + '\n');
  writeFileSync(second, lines.slice(2).join('\n') + '\n');
  return [first, second];
}

describe('parallax pack', () => {
  it('builds one pack from two input files, the same bytes as from one file, atomically', () => {
    const [first, second] = splitSeeds();
    const out = join(tmp, 'two.pack.jsonl');
    const result = run(['pack', first, second, '--out', out]);
    expect(result.status).toBe(0);
    // No progress when stderr is not a terminal.
    expect(result.stderr).toBe('');
    expect(existsSync(`${out}.tmp`)).toBe(false);
    const text = readFileSync(out, 'utf8');
    const pack = readPack(text);
    expect(pack.header.counts.articles).toBe(5);
    expect(pack.header.built).toBe('2022-03-07');
    expect(pack.stories.map((s) => s.story.id)).toEqual(['blinken-war-crimes-2022-03']);

    const single = join(tmp, 'one.pack.jsonl');
    expect(run(['pack', SEEDS, '--out', single]).status).toBe(0);
    expect(readFileSync(single, 'utf8')).toBe(text);
  });

  it('dates the pack from --built, else SOURCE_DATE_EPOCH', () => {
    const out = join(tmp, 'dated.pack.jsonl');
    expect(run(['pack', SEEDS, '--out', out, '--built', '2025-01-31']).status).toBe(0);
    expect(readPack(readFileSync(out, 'utf8')).header.built).toBe('2025-01-31');
    // 1700000000 s is 2023-11-14 (UTC).
    expect(run(['pack', SEEDS, '--out', out], { SOURCE_DATE_EPOCH: '1700000000' }).status).toBe(0);
    expect(readPack(readFileSync(out, 'utf8')).header.built).toBe('2023-11-14');
    expect(run(['pack', SEEDS, '--out', out, '--built', '2025-01-31'], { SOURCE_DATE_EPOCH: '1700000000' }).status).toBe(0);
    expect(readPack(readFileSync(out, 'utf8')).header.built).toBe('2025-01-31');
    const bad = run(['pack', SEEDS, '--out', out, '--built', '31/01/2025']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--built must be a date YYYY-MM-DD/);
  });

  it('reports a bad input file with its name and line, and leaves an existing pack alone', () => {
    const out = join(tmp, 'kept.pack.jsonl');
    writeFileSync(out, 'previous pack\n');
    const bad = join(tmp, 'bad.jsonl');
    writeFileSync(bad, '{"id":"a","outlet":"X","text":"t","date":"2020-01-01"}\n{"id": "b",\n');
    const result = run(['pack', SEEDS, bad, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/bad\.jsonl:2: not valid JSON/);
    expect(readFileSync(out, 'utf8')).toBe('previous pack\n');

    const missingField = join(tmp, 'missing.jsonl');
    writeFileSync(missingField, '{"id":"a","outlet":"X","text":"t"}\n{"id":"b","text":"t"}\n');
    expect(run(['pack', missingField, '--out', out]).stderr).toMatch(/missing\.jsonl:2: field "outlet" is missing/);
  });

  it('refuses an article id found in two files, and articles without any date', () => {
    const [first] = splitSeeds();
    const out = join(tmp, 'never.pack.jsonl');
    const twice = run(['pack', SEEDS, first, '--out', out]);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toMatch(/first\.jsonl: article id "seed-000" is also in .*seeds\.jsonl/);
    const undated = join(tmp, 'undated.jsonl');
    writeFileSync(undated, '{"id":"a","outlet":"X","text":"The mayor said “we will rebuild.”"}\n');
    const result = run(['pack', undated, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/no article has a date/);
    expect(existsSync(out)).toBe(false);
  });

  it('explains usage mistakes', () => {
    for (const args of [['pack', SEEDS], ['pack', '--out', join(tmp, 'x')], ['pack', SEEDS, '--out'], ['pack', SEEDS, '--frob', 'x']]) {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/usage: parallax[\s\S]*pack ARTICLES\.jsonl\.\.\. --out/);
    }
  });
});
