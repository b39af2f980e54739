// What `npm run build` leaves in dist/ (npm test builds before it runs the tests): one source
// manifest turned into a Chrome and a Firefox extension, each zipped for its store, and a
// Firefox build that Mozilla's linter accepts.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.PARALLAX_DIST ?? join(__dirname, '..', '..', 'dist');
const source = JSON.parse(readFileSync(join(__dirname, '..', '..', 'manifest.json'), 'utf8'));
const built = (browserName: string) => JSON.parse(readFileSync(join(DIST, browserName, 'manifest.json'), 'utf8'));

describe('the Chrome build', () => {
  const manifest = built('chrome');

  it('has a service worker, a side panel and no Firefox keys', () => {
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(manifest.side_panel.default_path).toBe('panel.html');
    expect(manifest.browser_specific_settings).toBeUndefined();
    // Its worker has no DOMParser: articles are read in an offscreen document, which it ships.
    expect(manifest.permissions).toEqual([...source.permissions, 'offscreen']);
    expect(existsSync(join(DIST, 'chrome', 'offscreen.html'))).toBe(true);
  });

  it('runs the content script, top frame only, on the listed news sites and the packs\' outlets', () => {
    const [script] = manifest.content_scripts;
    expect(script).toMatchObject({ js: ['content.js'], run_at: 'document_idle', all_frames: false });
    const listed: string[] = JSON.parse(readFileSync(join(__dirname, '..', '..', 'assets', 'news-sites.json'), 'utf8')).domains;
    for (const domain of listed) expect(script.matches).toContain(`*://*.${domain}/*`);
    expect(script.matches).toEqual([...new Set(script.matches)].sort());
    expect(script.matches.every((m: string) => /^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/.test(m))).toBe(true);
  });
});

describe('the Firefox build', () => {
  const manifest = built('firefox');

  it('has background scripts, a sidebar and a gecko id instead of Chrome-only keys', () => {
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.sidebar_action.default_panel).toBe('panel.html');
    expect(manifest.permissions).not.toContain('sidePanel');
    // Its background is a page that parses HTML itself.
    expect(manifest.permissions).not.toContain('offscreen');
    expect(existsSync(join(DIST, 'firefox', 'offscreen.html'))).toBe(false);
    expect(manifest.browser_specific_settings.gecko.id).toBe(source.browser_specific_settings.gecko.id);
    expect(manifest.content_scripts).toEqual(built('chrome').content_scripts);
  });

  it('passes web-ext lint without errors', () => {
    // web-ext is an ES module tree jest would have to transform: run its command line instead.
    const webExt = join(__dirname, '..', '..', 'node_modules', '.bin', 'web-ext');
    const run = spawnSync(webExt, ['lint', '--source-dir', join(DIST, 'firefox'), '--output', 'json'], { encoding: 'utf8' });
    const result = JSON.parse(run.stdout);
    expect(result.errors).toEqual([]);
    expect(result.summary.errors).toBe(0);
  }, 60_000);
});

describe('the store uploads', () => {
  it.each(['chrome', 'firefox'])('zips the %s build', (browserName) => {
    const zip = join(DIST, `parallax-${browserName}-${source.version}.zip`);
    expect(existsSync(zip)).toBe(true);
    expect(statSync(zip).size).toBeGreaterThan(10_000);
    // A zip starts with a local file header.
    expect(readFileSync(zip).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  });
});
