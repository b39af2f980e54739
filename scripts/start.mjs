// `npm start`: after the build, says how to load the extension in Chrome and Firefox.
// (The demo pages and a browser launched with the extension come with the extension issue.)
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
console.log(`Parallax is built.

Chrome or Chromium: open chrome://extensions, turn on "Developer mode",
  click "Load unpacked" and choose ${join(dist, 'chrome')}

Firefox: open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on…"
  and choose ${join(dist, 'firefox', 'manifest.json')}

Command line: node ${join(dist, 'cli.js')} analyze ARTICLES.jsonl --out REPORT.json`);
