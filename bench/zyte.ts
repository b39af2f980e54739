// The Zyte benchmark's saved pages in ../shared/pages/zyte, for the Node benchmarks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface ZytePages {
  /** Page ids, sorted. */
  ids: string[];
  /** The address the page was saved from. */
  urlOf(id: string): string;
  /** The page's saved HTML. */
  htmlOf(id: string): string;
}

export function zytePages(shared: string): ZytePages {
  const folder = join(shared, 'pages', 'zyte');
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  return {
    ids: Object.keys(truth).sort(),
    urlOf: (id) => truth[id].url,
    htmlOf: (id) => gunzipSync(readFileSync(join(folder, 'html', `${id}.html.gz`))).toString('utf8'),
  };
}
