// The built command line on real data: the bars of the analysis issue, measured by the shared scorers.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHARED } from '../support/shared';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(...args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
}

function score(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [join(SHARED, 'eval', script), ...args], { encoding: 'utf8' });
  const lines = result.stdout.trim().split('\n');
  return { status: result.status, output: result.stdout, summary: JSON.parse(lines[lines.length - 1]) };
}

describe('parallax analyze', () => {
  it('meets the bars on the seed story', () => {
    const report = join(tmp, 'seeds.json');
    const seeds = join(SHARED, 'eval', 'seeds.jsonl');
    expect(run('analyze', seeds, '--out', report).status).toBe(0);
    const { summary, output } = score('score.mjs', ['--articles', seeds, '--gold', join(SHARED, 'eval', 'seeds.gold.json'), '--report', report]);
    const bars = { quote_f1: 0.97, speaker_acc: 0.95, align_f1: 0.9, figure_f1: 0.9, figure_value_acc: 0.95, figure_align_f1: 0.8 };
    for (const [metric, bar] of Object.entries(bars)) {
      if (summary[metric] < bar) throw new Error(`${metric} ${summary[metric].toFixed(3)} < ${bar}\n${output}`);
    }
  });

  it('covers and attributes the third-party speaker spans of BASIL', () => {
    const report = join(tmp, 'basil.json');
    expect(run('analyze', join(SHARED, 'corpus', 'basil.jsonl'), '--out', report).status).toBe(0);
    const { summary } = score('score-speakers.mjs', ['--gold', join(SHARED, 'corpus', 'basil.speakers.json'), '--report', report]);
    expect(summary.coverage).toBeGreaterThanOrEqual(0.95);
    expect(summary.speaker_acc).toBeGreaterThanOrEqual(0.85);
  });

  it('groups BASIL and GVA articles into their stories when the input does not say', () => {
    for (const name of ['basil', 'gva']) {
      const original = join(SHARED, 'corpus', `${name}.jsonl`);
      const stripped = join(tmp, `${name}-nostory.jsonl`);
      const lines = readFileSync(original, 'utf8').split('\n').filter(Boolean);
      writeFileSync(stripped, lines.map((l) => JSON.stringify({ ...JSON.parse(l), story: undefined })).join('\n'));
      const report = join(tmp, `${name}-stories.json`);
      writeFileSync(join(tmp, 'no-gold.json'), '{"quotes":[],"figures":[]}');
      expect(run('analyze', stripped, '--out', report).status).toBe(0);
      const { summary } = score('score.mjs', ['--articles', original, '--gold', join(tmp, 'no-gold.json'), '--report', report]);
      expect({ name, story_f1: summary.story_f1 >= 0.9 ? 'ok' : summary.story_f1 }).toEqual({ name, story_f1: 'ok' });
    }
  });

  it('writes the report to stdout without --out, one quote per pair of marks with offsets into the text', () => {
    const input = join(tmp, 'one.jsonl');
    const text = 'The mayor said: “We will rebuild.”\n\n“It’s over,” she added.';
    writeFileSync(input, JSON.stringify({ id: 'x', outlet: 'Daily', text }) + '\n');
    const result = run('analyze', input);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    const quotes = report.articles[0].quotes;
    expect(quotes.map((q: { start: number; end: number }) => text.slice(q.start, q.end))).toEqual(['We will rebuild.', 'It’s over,']);
  });
});

describe('parallax analyze on bad input', () => {
  function failing(name: string, content: string | Buffer) {
    const path = join(tmp, name);
    writeFileSync(path, content);
    const result = run('analyze', path, '--out', join(tmp, 'never.json'));
    expect(result.status).not.toBe(0);
    return result.stderr;
  }

  it('names the line of a malformed JSON line', () => {
    expect(failing('bad.jsonl', '{"id":"a","outlet":"X","text":"t"}\n{"id": "b",\n')).toMatch(/bad\.jsonl:2: not valid JSON/);
  });

  it('names the line and the field that is missing', () => {
    expect(failing('missing.jsonl', '{"id":"a","outlet":"X","text":"t"}\n\n{"id":"b","text":"t"}\n')).toMatch(
      /missing\.jsonl:3: field "outlet" is missing/,
    );
  });

  it('names the line of bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('{"id":"a","outlet":"X","text":"t"}\n{"id":"b","outlet":"X","text":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    expect(failing('latin.jsonl', bytes)).toMatch(/latin\.jsonl:2: not valid UTF-8/);
  });

  it('says when the file cannot be read, and explains usage mistakes', () => {
    const missing = run('analyze', join(tmp, 'nope.jsonl'));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/nope\.jsonl: cannot read the file \(ENOENT\)/);
    const usage = run('analyze');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: parallax/);
    expect(run('frobnicate').stderr).toMatch(/unknown command "frobnicate"/);
  });
});
