// The built extension carries no remote code and makes no network requests: no eval, no code
// from strings, no network API but the background's reads of its own packaged files, no page
// loading anything from outside the extension, and a content security policy that says so.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = process.env.PARALLAX_DIST ?? join(__dirname, '..', '..', 'dist');
const BROWSERS = ['chrome', 'firefox'];

const files = (browserName: string, ext: string) =>
  readdirSync(join(DIST, browserName))
    .filter((f) => f.endsWith(ext))
    .map((f) => ({ name: `${browserName}/${f}`, text: readFileSync(join(DIST, browserName, f), 'utf8') }));

describe.each(BROWSERS)('the %s build', (browserName) => {
  const scripts = files(browserName, '.js');

  it('has scripts to check', () => {
    expect(scripts.map((s) => s.name)).toEqual(expect.arrayContaining([`${browserName}/background.js`, `${browserName}/content.js`, `${browserName}/panel.js`]));
  });

  it.each(scripts.map((s) => [s.name, s.text]))('%s runs no code from strings', (_name, text) => {
    expect(text).not.toMatch(/\beval\s*\(/);
    expect(text).not.toMatch(/\bnew\s+Function\s*\(/);
    expect(text).not.toMatch(/\bimportScripts\s*\(/);
    expect(text).not.toMatch(/\bset(?:Timeout|Interval)\s*\(\s*["'`]/);
  });

  it.each(scripts.map((s) => [s.name, s.text]))('%s opens no connection but to packaged files', (_name, text) => {
    expect(text).not.toMatch(/\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection)\b/);
    // Every fetch reads a file of the extension itself.
    for (const call of text.match(/\bfetch\s*\([^)]{0,80}/g) ?? []) expect(call).toMatch(/runtime\.getURL\(/);
  });

  it.each(files(browserName, '.html').map((f) => [f.name, f.text]))('%s loads nothing from outside the extension', (_name, html) => {
    for (const [, url] of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/g)) expect(url).not.toMatch(/^(?:[a-z]+:|\/\/)/i);
  });

  it('declares a content security policy without remote sources', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, browserName, 'manifest.json'), 'utf8'));
    const policy: string = manifest.content_security_policy.extension_pages;
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(policy).toMatch(/connect-src 'self'/);
    expect(policy).not.toMatch(/https?:|\*|'unsafe-/);
  });
});
