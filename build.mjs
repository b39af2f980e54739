// Builds the command line (dist/cli.js) and the extension for Chrome (dist/chrome/) and
// Firefox (dist/firefox/) from one source manifest.json.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const dist = join(root, 'dist');
const watchless = { logLevel: 'warning', bundle: true, minify: true, legalComments: 'none', target: ['es2022'] };

/** Chrome: service worker and side panel, no Firefox-only keys. */
function chromeManifest(source) {
  const { browser_specific_settings: _gecko, ...manifest } = source;
  return manifest;
}

/** Firefox: event page scripts instead of a service worker, a sidebar instead of a side panel. */
function firefoxManifest(source) {
  const { side_panel: sidePanel, background, ...manifest } = source;
  return {
    ...manifest,
    background: { scripts: [background.service_worker] },
    permissions: manifest.permissions.filter((p) => p !== 'sidePanel'),
    sidebar_action: {
      default_panel: sidePanel.default_path,
      default_title: manifest.action.default_title,
      default_icon: manifest.action.default_icon,
      open_at_install: false,
    },
  };
}

async function buildExtension(browserName, manifest) {
  const out = join(dist, browserName);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    ...watchless,
    entryPoints: { background: 'src/background/index.ts', panel: 'src/panel/index.tsx' },
    outdir: out,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  cpSync('src/panel/panel.html', join(out, 'panel.html'));
  cpSync('src/panel/panel.css', join(out, 'panel.css'));
  cpSync('assets/icons', join(out, 'icons'), { recursive: true });
  cpSync('assets/_locales', join(out, '_locales'), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

async function buildCli() {
  await build({
    ...watchless,
    minify: false,
    entryPoints: ['src/cli/cli.ts'],
    outfile: join(dist, 'cli.js'),
    platform: 'node',
    format: 'cjs',
    target: ['node20'],
  });
}

process.chdir(root);
const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
await Promise.all([
  buildCli(),
  buildExtension('chrome', chromeManifest(manifest)),
  buildExtension('firefox', firefoxManifest(manifest)),
]);
console.log('built dist/cli.js, dist/chrome/, dist/firefox/');
