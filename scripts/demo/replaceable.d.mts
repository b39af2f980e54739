// Types of replaceable.mjs for the TypeScript tests.
import type { DemoSite } from './site.mjs';

export interface ReplaceableSite extends DemoSite {
  /** Serves `html` at `url` (http, fragment ignored) until `restore(url)`. */
  replace(url: string, html: string): void;
  /** Serves the site's own page at `url` again. */
  restore(url: string): void;
}

export function replaceableSite(site: DemoSite): ReplaceableSite;
