// `parallax match`: the command line built from the current sources, run as a separate process.
import { spawnSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadArticles, SHARED } from '../support/shared';

const tmp = mkdtempSync(join(tmpdir(), 'parallax-match-'));
const CLI = join(tmp, 'cli.js');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

beforeAll(() => {
  buildSync({ entryPoints: [join(__dirname, '..', '..', 'src', 'cli', 'cli.ts')], bundle: true, platform: 'node', outfile: CLI, logLevel: 'warning' });
});

function run(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

function writeLines(name: string, records: object[]): string {
  const path = join(tmp, name);
  writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

describe('parallax match', () => {
  const gva = loadArticles('gva');
  // Two whole stories of the gun-violence corpus: one packed but for one article, one never packed.
  const stories = [...new Set(gva.map((a) => a.story))].filter((s) => gva.filter((a) => a.story === s).length >= 4);
  const [packedStory, unpackedStory] = [stories[0], stories[1]];
  // The left-out article (first) is from the days of the story's first reports, not a follow-up months later.
  const byDate = gva.filter((a) => a.story === packedStory).sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  const packed = [byDate[1], ...byDate.filter((_, i) => i !== 1)];
  const pack = join(tmp, 'two.pack.jsonl');

  beforeAll(() => {
    const packInput = writeLines('pack-input.jsonl', [...packed.slice(1), ...loadArticles('basil')]);
    expect(run(['pack', packInput, '--out', pack]).status).toBe(0);
  });

  it('prints one JSON line per article: its story, a score and how it was found', () => {
    const unpacked = gva.filter((a) => a.story === unpackedStory);
    const pages = [packed[0], packed[1], ...unpacked].map(({ story: _story, ...page }) => page);
    const result = run(['match', '--pack', pack, writeLines('pages.jsonl', pages)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.id)).toEqual(pages.map((p) => p.id));
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['how', 'id', 'score', 'story']);
    // The left-out article of the packed story is recognised by its content…
    expect(lines[0]).toMatchObject({ story: packedStory, how: expect.stringMatching(/^(story|duplicate)$/) });
    // …a packed one by its address…
    expect(lines[1]).toMatchObject({ story: packedStory, how: 'url', score: 1 });
    // …and the reports of the story the pack lacks mostly match nothing.
    const unmatched = lines.slice(2).filter((l) => l.story === null);
    expect(unmatched.length).toBeGreaterThanOrEqual(Math.ceil((lines.length - 2) * 0.75));
    for (const line of unmatched) expect(line.how).toBeNull();
  });

  it('refuses a corrupt pack with a message that says what is wrong', () => {
    const text = readFileSync(pack, 'utf8');
    const corrupt = join(tmp, 'corrupt.pack.jsonl');
    writeFileSync(corrupt, text.slice(0, Math.floor(text.length / 2)));
    const result = run(['match', '--pack', corrupt, join(SHARED, 'eval', 'seeds.jsonl')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^parallax: .*truncated/);
    expect(result.stdout).toBe('');
  });

  it('explains a missing pack or a missing --pack', () => {
    const missing = run(['match', '--pack', join(tmp, 'nowhere.pack.jsonl'), join(SHARED, 'eval', 'seeds.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nowhere\.pack\.jsonl: cannot read the pack \(ENOENT\)/);
    const usage = run(['match', join(SHARED, 'eval', 'seeds.jsonl')]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/match needs --pack FILE/);
  });
});
