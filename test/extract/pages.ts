// Real saved pages from ../shared/pages, parsed with linkedom (never copied into the project).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parsePage } from '../../src/cli/extract';
import { SHARED } from '../support/shared';

export const PAGES = join(SHARED, 'pages');

/** The HTML of a WCXB page by id. */
export function wcxbHtml(id: string): string {
  return gunzipSync(readFileSync(join(PAGES, 'wcxb-dev', 'html', `${id}.html.gz`))).toString('utf8');
}

/** A WCXB page: its document, url, page type and ground truth. */
export function wcxbPage(id: string): { doc: Document; url: string; type: string; truth: { title: string; publish_date: string | null } } {
  const metadata = JSON.parse(readFileSync(join(PAGES, 'wcxb-dev', 'metadata.json'), 'utf8')) as Record<string, { page_type: string }>;
  const truth = JSON.parse(readFileSync(join(PAGES, 'wcxb-dev', 'ground-truth', `${id}.json`), 'utf8'));
  return { doc: parsePage(wcxbHtml(id)), url: truth.url, type: metadata[id].page_type, truth: truth.ground_truth };
}

/** Ids of WCXB pages of one type, in id order. */
export function wcxbIds(type: string): string[] {
  const metadata = JSON.parse(readFileSync(join(PAGES, 'wcxb-dev', 'metadata.json'), 'utf8')) as Record<string, { page_type: string }>;
  return Object.keys(metadata).filter((id) => metadata[id].page_type === type).sort();
}

/** Zyte benchmark page: html, url and the true article body. */
export function zytePage(index: number): { html: string; url: string; body: string } {
  const truth = JSON.parse(readFileSync(join(PAGES, 'zyte', 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const id = Object.keys(truth).sort()[index];
  return {
    html: gunzipSync(readFileSync(join(PAGES, 'zyte', 'html', `${id}.html.gz`))).toString('utf8'),
    url: truth[id].url,
    body: truth[id].articleBody,
  };
}
