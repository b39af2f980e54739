// `npm run bench [-- --quick]`: bundles each benchmark with esbuild and runs it in Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'bench');
mkdirSync(out, { recursive: true });
const benches = ['analysis', 'recognition'];
// The 100k-article corpus is built in memory before it is imported.
const nodeFlags = { recognition: ['--max-old-space-size=8000', '--expose-gc'] };
const args = process.argv.slice(2);
let failed = false;
for (const name of benches) {
  const outfile = join(out, `${name}.js`);
  await build({ entryPoints: [join(root, 'bench', `${name}.ts`)], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile, logLevel: 'warning' });
  process.stderr.write(`\n== ${name}\n`);
  const env = { ...process.env, PARALLAX_SHARED: process.env.PARALLAX_SHARED ?? join(root, '..', 'shared') };
  const result = spawnSync(process.execPath, [...(nodeFlags[name] ?? []), outfile, ...args], { stdio: 'inherit', env });
  if (result.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
