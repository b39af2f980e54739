// Story recognition, measured through the command line on corpora with known stories:
//
//   npm run eval:match [-- --cli dist/cli.js] [--folds 5] [CORPUS.jsonl ...]
//
// (default corpora: ../shared/corpus/gva.jsonl and basil.jsonl). Two measurements per corpus:
//   known story   articles are split into folds; for each fold a pack is built from the other
//                 folds and the fold's articles (their `story` removed) are matched against it.
//                 An article whose story still has articles in the pack must get that story.
//   unknown story stories are split into folds; a pack is built without a fold's stories and
//                 their articles must get no story at all.
// Folds come from a hash of the id, so they do not depend on file order. Prints a table, one
// JSON line per figure ({"name", "value", "unit", "n"}) on stdout, and exits 1 when a bar is missed.
// --cli (or PARALLAX_CLI) names another bundle of src/cli/cli.ts, e.g. one built to a temp folder.
// MATCH_MODEL was fitted on these two corpora's folds, so their figures here are in-sample; the
// figures of a model that never saw the page's story come from scripts/fit-match.ts (cross-fitted).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KNOWN_BAR = 0.95;
const UNKNOWN_BAR = 0.97;

function options() {
  const args = process.argv.slice(2);
  const result = { cli: process.env.PARALLAX_CLI ? resolve(process.env.PARALLAX_CLI) : join(root, 'dist/cli.js'), folds: 5, corpora: [] };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--cli') result.cli = resolve(args[++i]);
    else if (args[i] === '--folds') result.folds = Number(args[++i]);
    else result.corpora.push(resolve(args[i]));
  }
  if (!Number.isInteger(result.folds) || result.folds < 2) throw new Error('--folds must be a whole number of at least 2');
  if (result.corpora.length === 0) result.corpora = ['gva', 'basil'].map((name) => join(root, '../shared/corpus', `${name}.jsonl`));
  return result;
}

/** FNV-1a of a string, for fold assignment. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function run(cli, args) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.status !== 0) throw new Error(`parallax ${args[0]} failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/** Builds a pack of `packArticles`, matches `queries` (without their story) against it; returns id → answer. */
function matchFold(cli, work, packArticles, queries) {
  const packInput = join(work, 'pack-input.jsonl');
  const pack = join(work, 'fold.pack.jsonl');
  const queryFile = join(work, 'queries.jsonl');
  writeFileSync(packInput, packArticles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  run(cli, ['pack', packInput, '--out', pack]);
  writeFileSync(queryFile, queries.map(({ story: _story, ...a }) => JSON.stringify(a)).join('\n') + '\n');
  const answers = new Map();
  for (const line of run(cli, ['match', '--pack', pack, queryFile]).trim().split('\n')) {
    const answer = JSON.parse(line);
    answers.set(answer.id, answer);
  }
  return answers;
}

function evaluate(cli, corpusPath, folds, work) {
  const articles = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  const known = { right: 0, wrong: 0, none: 0, how: {} };
  const unknown = { none: 0, matched: 0 };
  const mistakes = [];

  for (let fold = 0; fold < folds; fold++) {
    const inFold = (a) => hash(a.id) % folds === fold;
    const packArticles = articles.filter((a) => !inFold(a));
    const storiesInPack = new Set(packArticles.map((a) => a.story));
    const queries = articles.filter((a) => inFold(a) && storiesInPack.has(a.story));
    const answers = matchFold(cli, work, packArticles, queries);
    for (const q of queries) {
      const answer = answers.get(q.id);
      if (answer.story === q.story) {
        known.right++;
        known.how[answer.how] = (known.how[answer.how] ?? 0) + 1;
      } else {
        if (answer.story === null) known.none++;
        else known.wrong++;
        mistakes.push(`known   ${q.id} (${q.story}): got ${answer.story} score ${answer.score}`);
      }
    }
  }

  for (let fold = 0; fold < folds; fold++) {
    const inFold = (a) => hash(a.story) % folds === fold;
    const queries = articles.filter(inFold);
    const answers = matchFold(cli, work, articles.filter((a) => !inFold(a)), queries);
    for (const q of queries) {
      const answer = answers.get(q.id);
      if (answer.story === null) unknown.none++;
      else {
        unknown.matched++;
        mistakes.push(`unknown ${q.id} (${q.story}): got ${answer.story} score ${answer.score} how ${answer.how}`);
      }
    }
  }
  return { known, unknown, mistakes };
}

const { cli, folds, corpora } = options();
const work = mkdtempSync(join(tmpdir(), 'parallax-eval-match-'));
let failed = false;
try {
  const rows = [];
  for (const corpus of corpora) {
    const name = basename(corpus, '.jsonl');
    const { known, unknown, mistakes } = evaluate(cli, corpus, folds, work);
    const knownTotal = known.right + known.wrong + known.none;
    const unknownTotal = unknown.none + unknown.matched;
    const knownShare = known.right / knownTotal;
    const unknownShare = unknown.none / unknownTotal;
    failed ||= knownShare < KNOWN_BAR || unknownShare < UNKNOWN_BAR;
    rows.push([name, knownShare, knownTotal, known.wrong, known.none, unknownShare, unknownTotal, JSON.stringify(known.how)]);
    console.log(JSON.stringify({ name: `match_known_right_${name}`, value: round(knownShare), unit: 'share', n: knownTotal }));
    console.log(JSON.stringify({ name: `match_unknown_none_${name}`, value: round(unknownShare), unit: 'share', n: unknownTotal }));
    if (process.env.PARALLAX_EVAL_VERBOSE) for (const m of mistakes) console.error(`  ${name}: ${m}`);
  }
  console.error(`\nstory recognition (${folds} folds; bars: known ≥ ${KNOWN_BAR}, unknown ≥ ${UNKNOWN_BAR})`);
  console.error('corpus     known right   n      wrong  none   unknown none  n      how (known, right)');
  for (const [name, ks, kn, kw, knone, us, un, how] of rows) {
    console.error(
      `${name.padEnd(10)} ${ks.toFixed(3).padEnd(13)} ${String(kn).padEnd(6)} ${String(kw).padEnd(6)} ${String(knone).padEnd(6)} ${us.toFixed(3).padEnd(13)} ${String(un).padEnd(6)} ${how}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;

function round(value) {
  return Math.round(value * 10000) / 10000;
}
