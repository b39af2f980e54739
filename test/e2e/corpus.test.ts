// Real articles of ../shared/corpus/basil.jsonl, rendered into each demo layout at their real
// addresses, are recognised by a build whose bundled pack holds the other reports of their
// stories (and a few other stories besides), in Chromium and Firefox. The build is made in a
// temporary folder from a JSONL subset written there (corpus texts are never committed).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../../src/core/types';
import { startDemoServer, type DemoServer } from '../../scripts/demo/server.mjs';
import { buildDemoSite, type ArticleTemplate } from '../../scripts/demo/site.mjs';
import { loadArticles } from '../support/shared';
import { launchChromium, launchFirefox, type ExtensionBrowser, type TestPage } from './browsers';
import { expectNoRequestLeft, waitForPanelState } from './panel-helpers';

jest.setTimeout(90_000);

/**
 * One page per layout. The New York Times' articles are packed but not opened: nytimes.com is on
 * the browsers' HSTS preload list, so they ask for it over https only, which the demo cannot serve.
 */
const LAYOUTS: { template: ArticleTemplate; outlet: string }[] = [
  { template: 'broadsheet', outlet: 'Fox News' },
  { template: 'tabloid', outlet: 'HuffPost' },
  { template: 'station', outlet: 'Fox News' },
];
/** Stories packed besides the tested ones, so recognition has to choose. */
const OTHER_STORIES = 9;

/** BASIL's stories in file order, each with its articles; those with 3+ titled articles of some length. */
function usableStories(): Article[][] {
  const stories = new Map<string, Article[]>();
  for (const article of loadArticles('basil')) stories.set(article.story!, [...(stories.get(article.story!) ?? []), article]);
  return [...stories.values()].filter((story) => story.length >= 3 && story.every((a) => a.title && a.text.length >= 1500));
}

const stories = usableStories();
const tested = LAYOUTS.map((layout, index) => {
  const story = stories[index];
  const page = story.find((article) => article.outlet === layout.outlet)!;
  return { ...layout, page, others: story.filter((article) => article !== page) };
});
const packed = [...tested.flatMap((test) => test.others), ...stories.slice(LAYOUTS.length, LAYOUTS.length + OTHER_STORIES).flat()];

const site = buildDemoSite(tested.map((test) => ({ article: test.page, template: test.template })));

let buildDir: string;
beforeAll(() => {
  buildDir = mkdtempSync(join(tmpdir(), 'parallax-e2e-corpus-'));
  const corpus = join(buildDir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'basil-subset.jsonl'), packed.map((article) => JSON.stringify(article)).join('\n') + '\n');
  const build = spawnSync(process.execPath, [join(__dirname, '..', '..', 'build.mjs'), '--corpus', corpus, '--out', join(buildDir, 'dist')], {
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`the test build failed:\n${build.stderr}`);
}, 120_000);
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

const LAUNCHERS: [string, (server: DemoServer, dist: string) => Promise<ExtensionBrowser>][] = [
  ['Chromium', (server, dist) => launchChromium(server.proxyUrl, dist)],
  ['Firefox', (server, dist) => launchFirefox(server.port, dist)],
];

describe.each(LAUNCHERS)('in %s, BASIL articles in every layout', (_name, launch) => {
  let server: DemoServer;
  let browser: ExtensionBrowser;
  let panel: TestPage;

  beforeAll(async () => {
    server = await startDemoServer(site);
    browser = await launch(server, join(buildDir, 'dist'));
    panel = await browser.extensionPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(tested.map((test) => [test.template, test.outlet, test] as const))(
    'recognise the story of a %s page (%s) and list its other reports',
    async (template, _outlet, test) => {
      const url = site.articlePages.find((page) => page.id === test.page.id)!.url;
      const { page, tabId } = await browser.openTab(url);
      await panel.open(`${browser.extensionOrigin}/panel.html?tab=${tabId}`);
      await waitForPanelState(panel, 'matched');
      const coverage = (await panel.texts('.coverage-item')).join('\n');
      for (const other of test.others) expect(coverage).toContain(other.title!.replace(/\s+/g, ' ').trim());
      await panel.setWidth(360);
      await panel.screenshot(`panel-basil-${template}`);
      await page.close();
    },
  );

  it('sent no request beyond the demo server', () => {
    for (const test of tested) expect(server.served).toContain(site.articlePages.find((page) => page.id === test.page.id)!.url);
    expectNoRequestLeft(browser, server);
  });
});
