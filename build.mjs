// Builds the command line (dist/cli.js), the corpus packs (dist/packs/) and the extension for
// Chrome (dist/chrome/) and Firefox (dist/firefox/) from one source manifest.json.
//
//   node build.mjs                   bundles packs built from the article files in assets/corpus/
//   node build.mjs --corpus DIR      also from every *.jsonl in DIR (or PARALLAX_CORPUS=DIR);
//                                    such builds are for testing and are never committed
//   node build.mjs --out DIR         builds into DIR instead of dist/ (tests build variants there)
//   node build.mjs --bench           the benchmark variant (bench/browser.mjs): runs on every http
//                                    site and has a hook in the background (bench/extension-hook.ts);
//                                    never for use or release
import { build } from 'esbuild';
import webExt from 'web-ext';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));

/** The value after `--name` on the command line; undefined when the flag is absent. */
function flagValue(name) {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  if (!value || value.startsWith('--')) throw new Error(`${name} needs a folder`);
  return value;
}

let dist;
const benchVariant = process.argv.includes('--bench');
const watchless = { logLevel: 'warning', bundle: true, minify: true, legalComments: 'none', target: ['es2022'] };

/** The domain a host is matched under: without "www.", "m.", "mobile." or "amp.". */
function siteDomain(host) {
  const stripped = host.toLowerCase().replace(/^(?:www\d*|m|mobile|amp)\./, '');
  return stripped.includes('.') ? stripped : host.toLowerCase();
}

/** Domains of the articles' addresses in the built packs (read line by line: only article records). */
function packDomains(packFiles) {
  const domains = new Set();
  for (const file of packFiles) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.startsWith('{"type":"article"')) continue;
      const { url } = JSON.parse(line);
      if (!url) continue;
      try {
        const { protocol, hostname } = new URL(url);
        if ((protocol === 'http:' || protocol === 'https:') && hostname.includes('.')) domains.add(siteDomain(hostname));
      } catch {
        // An address that does not parse names no site.
      }
    }
  }
  return domains;
}

/**
 * The content script's sites: the major news sites of assets/news-sites.json and the outlets of
 * the bundled packs, each with its subdomains, over http and https.
 */
function contentScriptMatches(packFiles) {
  const listed = JSON.parse(readFileSync('assets/news-sites.json', 'utf8')).domains;
  const domains = [...new Set([...listed, ...packDomains(packFiles)])].sort();
  return domains.map((domain) => `*://*.${domain}/*`);
}

/**
 * The source manifest with the content script's sites filled in. The same sites are host
 * permissions: the background injects article.js (scripting.executeScript) into their pages when
 * content.js finds an article, and Chromium does not count content-script matches as host access.
 */
function withContentScripts(source, matches) {
  return {
    ...source,
    host_permissions: matches,
    content_scripts: [{ matches, js: ['content.js'], run_at: 'document_idle', all_frames: false }],
  };
}

/**
 * Chrome: service worker, side panel and offscreen document, no Firefox-only keys; 116 is the
 * first with `sidePanel.open` (and `runtime.getContexts`).
 */
function chromeManifest(source) {
  const { browser_specific_settings: _gecko, ...manifest } = source;
  // "offscreen": the page reader of background/extraction.ts (no install warning).
  return { ...manifest, permissions: [...manifest.permissions, 'offscreen'], minimum_chrome_version: '116' };
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

/** Article files to pack: the committed demo corpus, plus a corpus folder named on the command line. */
function corpusFiles() {
  const extra = flagValue('--corpus') ?? process.env.PARALLAX_CORPUS;
  const folders = ['assets/corpus', ...(extra ? [resolve(extra)] : [])];
  return folders.flatMap((folder) => {
    if (!existsSync(folder)) throw new Error(`corpus folder ${folder} does not exist`);
    const files = readdirSync(folder).filter((f) => f.endsWith('.jsonl')).sort();
    if (files.length === 0) throw new Error(`corpus folder ${folder} has no article files (*.jsonl)`);
    return files.map((f) => join(folder, f));
  });
}

/** Builds one pack per article file with the command line just built; returns the pack names. */
function buildPacks() {
  const out = join(dist, 'packs');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packs = [];
  for (const file of corpusFiles()) {
    const name = `${basename(file, '.jsonl')}.pack.jsonl`;
    if (packs.includes(name)) throw new Error(`two corpus files would both make ${name}`);
    const result = spawnSync(process.execPath, [join(dist, 'cli.js'), 'pack', file, '--out', join(out, name)], { stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`building the pack from ${file} failed`);
    packs.push(name);
  }
  writeFileSync(join(out, 'index.json'), JSON.stringify({ packs }, null, 2) + '\n');
  return packs.map((name) => join(out, name));
}

async function buildExtension(browserName, manifest) {
  const out = join(dist, browserName);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    ...watchless,
    entryPoints: {
      background: benchVariant ? 'bench/extension-hook.ts' : 'src/background/index.ts',
      content: 'src/content/index.ts',
      article: 'src/content/article.ts',
      panel: 'src/panel/index.tsx',
      options: 'src/options/options.tsx',
      // Chrome's worker has no DOMParser: articles are extracted in an offscreen document.
      ...(browserName === 'chrome' ? { offscreen: 'src/offscreen/offscreen.ts' } : {}),
    },
    outdir: out,
    format: 'iife',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  cpSync('src/panel/panel.html', join(out, 'panel.html'));
  cpSync('src/panel/panel.css', join(out, 'panel.css'));
  cpSync('src/options/options.html', join(out, 'options.html'));
  cpSync('src/options/options.css', join(out, 'options.css'));
  if (browserName === 'chrome') cpSync('src/offscreen/offscreen.html', join(out, 'offscreen.html'));
  cpSync('assets/icons', join(out, 'icons'), { recursive: true });
  cpSync('assets/_locales', join(out, '_locales'), { recursive: true });
  cpSync(join(dist, 'packs'), join(out, 'corpus'), { recursive: true });
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}

/** The store upload: a zip of one browser's build (web-ext zips any extension folder). */
async function zipExtension(browserName, version) {
  await webExt.cmd.build(
    {
      sourceDir: join(dist, browserName),
      artifactsDir: dist,
      filename: `parallax-${browserName}-${version}.zip`,
      overwriteDest: true,
    },
    { shouldExitProgram: false },
  );
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
try {
  dist = resolve(flagValue('--out') ?? join(root, 'dist'));
  await buildCli();
  const packs = buildPacks();
  // The benchmark serves saved pages of many sites at their own addresses (over http).
  const full = withContentScripts(manifest, benchVariant ? ['http://*/*'] : contentScriptMatches(packs));
  await Promise.all([buildExtension('chrome', chromeManifest(full)), buildExtension('firefox', firefoxManifest(full))]);
  await zipExtension('chrome', manifest.version);
  await zipExtension('firefox', manifest.version);
  const names = packs.map((file) => basename(file)).join(', ');
  console.log(`built ${dist}: cli.js, chrome/, firefox/ and their zips, with ${packs.length} corpus pack(s): ${names}`);
} catch (error) {
  console.error(`build: ${error.message}`);
  process.exitCode = 1;
}
