// `npm run bench [-- --quick]`: the Node benchmarks (each bundled with esbuild and run in Node),
// then the browser benchmark (bench/browser.mjs) on the benchmark build of the extension.
// Output: a table for people on stderr, one JSON line per figure on stdout.
// Builds and data go to PARALLAX_BENCH_OUT (default dist/bench): the release build (release/,
// for the sizes) and the benchmark variant with the scaled corpus packs (ext/).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.env.PARALLAX_BENCH_OUT ?? join(root, 'dist', 'bench'));
mkdirSync(out, { recursive: true });
const args = process.argv.slice(2);
const env = {
  ...process.env,
  PARALLAX_SHARED: process.env.PARALLAX_SHARED ?? join(root, '..', 'shared'),
  PARALLAX_BENCH_OUT: out,
  PARALLAX_BENCH_DATA: join(out, 'ext', 'chrome', 'bench'),
};
let failed = false;

function run(title, command, commandArgs, options = {}) {
  process.stderr.write(`\n== ${title}\n`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { stdio: ['ignore', options.quietStdout ? 'ignore' : 'inherit', 'inherit'], env, cwd: root });
  process.stderr.write(`(${title}: ${Math.round((Date.now() - started) / 1000)} s)\n`);
  if (result.status !== 0) {
    process.stderr.write(`${title} failed (exit ${result.status})\n`);
    failed = true;
  }
  return result.status === 0;
}

const builds = run('release build', process.execPath, ['build.mjs', '--out', join(out, 'release')], { quietStdout: true }) &&
  run('benchmark build', process.execPath, ['build.mjs', '--bench', '--out', join(out, 'ext')], { quietStdout: true });

// The 100k-article corpus is built in memory before it is written or imported.
const nodeFlags = { recognition: ['--max-old-space-size=8000', '--expose-gc'], 'browser-data': ['--max-old-space-size=8000'] };
for (const name of ['analysis', 'long-texts', 'extraction', 'recognition', 'browser-data']) {
  if (name === 'browser-data' && !builds) continue;
  const outfile = join(out, `${name}.js`);
  await build({ entryPoints: [join(root, 'bench', `${name}.ts`)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
  run(name, process.execPath, [...(nodeFlags[name] ?? []), outfile, ...args]);
}
if (builds && !failed) run('browser (Chromium)', process.execPath, [join(root, 'bench', 'browser.mjs'), ...args]);
process.exitCode = failed ? 1 : 0;
