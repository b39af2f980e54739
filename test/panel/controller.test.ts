// The panel's state rules against a fake browser: which tab it shows, when it asks the
// background again, which messages it trusts, and what reveal and enable-site send.
import type { ItemRef, TabState } from '../../src/messages';
import { pageOrigin, PanelController } from '../../src/panel/controller';
import { tabIdFromSearch } from '../../src/panel/service';
import { FakeBrowser } from './fake-browser';

const working = (url: string): TabState => ({ kind: 'working', url });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function started(fake: FakeBrowser): Promise<PanelController> {
  const controller = new PanelController(fake);
  await controller.start();
  return controller;
}

test('shows the active tab and follows the reader to another tab', async () => {
  const fake = new FakeBrowser();
  fake.states.set(1, working('https://a.example/1'));
  fake.states.set(2, { kind: 'not-article', url: 'https://b.example/', pageKey: 'b.example' });
  const controller = await started(fake);
  expect(controller.state).toMatchObject({ searching: false, tabId: 1, tab: { kind: 'working' } });
  fake.activate(2);
  await settle();
  expect(controller.state).toMatchObject({ tabId: 2, tab: { kind: 'not-article' } });
});

test('?tab=ID pins the panel to that tab whatever tab is active', async () => {
  const fake = new FakeBrowser();
  fake.fixed = 5;
  fake.states.set(5, working('https://a.example/5'));
  const controller = await started(fake);
  fake.activate(2);
  await settle();
  expect(controller.state.tabId).toBe(5);
  expect(fake.asked).toEqual([5]);
});

test('asks again when the background says the tab changed or the tab navigates, not for other tabs', async () => {
  const fake = new FakeBrowser();
  const controller = await started(fake);
  fake.states.set(1, working('https://a.example/1'));
  fake.send({ type: 'tab-state-changed', tabId: 9 }, null);
  fake.navigate(9);
  await settle();
  expect(controller.state.tab).toMatchObject({ kind: 'unknown' });
  fake.send({ type: 'tab-state-changed', tabId: 1 }, null);
  await settle();
  expect(controller.state.tab).toMatchObject({ kind: 'working' });
  fake.states.set(1, { kind: 'not-article', url: 'https://a.example/2', pageKey: 'a.example/2' });
  fake.navigate(1);
  await settle();
  expect(controller.state.tab).toMatchObject({ kind: 'not-article' });
  expect(fake.asked).toEqual([1, 1, 1]);
});

test("an answer about the tab left behind does not replace the new tab's", async () => {
  const fake = new FakeBrowser();
  const controller = await started(fake);
  let answerSlowly: (state: TabState) => void = () => undefined;
  fake.getTabState = async (tabId) => (tabId === 1 ? new Promise<TabState>((resolve) => (answerSlowly = resolve)) : working('https://b.example/'));
  fake.send({ type: 'tab-state-changed', tabId: 1 }, null);
  fake.activate(2);
  await settle();
  answerSlowly({ kind: 'not-article', url: 'https://a.example/', pageKey: 'a.example' });
  await settle();
  expect(controller.state).toMatchObject({ tabId: 2, tab: { kind: 'working' } });
});

test('item-clicked focuses the item only when it comes from the shown tab, again on each click', async () => {
  const fake = new FakeBrowser();
  const controller = await started(fake);
  const item: ItemRef = { kind: 'quote', id: 'q3' };
  fake.send({ type: 'item-clicked', item }, 4);
  fake.send({ type: 'item-clicked', item }, null);
  expect(controller.state.focus).toBeNull();
  fake.send({ type: 'item-clicked', item }, 1);
  const first = controller.state.focus!;
  fake.send({ type: 'item-clicked', item }, 1);
  expect(first.item).toEqual(item);
  expect(controller.state.focus!.seq).toBeGreaterThan(first.seq);
});

test('reveal goes to the shown tab; a page that does not answer leaves a notice', async () => {
  const fake = new FakeBrowser();
  const controller = await started(fake);
  await controller.reveal({ kind: 'figure', id: 'f0' });
  expect(fake.revealed).toEqual([[1, { kind: 'figure', id: 'f0' }]]);
  expect(controller.state.notice).toBeNull();
  fake.pageListens = false;
  await controller.reveal({ kind: 'figure', id: 'f0' });
  expect(controller.state.notice).toBe('reveal-failed');
});

test("enable-site asks for the page's origin, then asks the background again; a refusal is noted", async () => {
  const fake = new FakeBrowser();
  fake.states.set(1, { kind: 'unknown', url: 'https://news.example.com:8443/a/b?c', siteEnabled: false });
  const controller = await started(fake);
  fake.grant = false;
  await controller.enableSite();
  expect(controller.state.notice).toBe('permission-refused');
  fake.grant = true;
  fake.states.set(1, working('https://news.example.com:8443/a/b?c'));
  await controller.enableSite();
  expect(fake.enabled).toEqual([
    [1, 'https://news.example.com:8443'],
    [1, 'https://news.example.com:8443'],
  ]);
  expect(controller.state).toMatchObject({ notice: null, tab: { kind: 'working' } });
});

test('a background that does not answer makes the panel unreachable until it answers again', async () => {
  const fake = new FakeBrowser();
  fake.backgroundAnswers = false;
  const controller = await started(fake);
  expect(controller.state.unreachable).toBe(true);
  fake.backgroundAnswers = true;
  await controller.refresh();
  expect(controller.state).toMatchObject({ unreachable: false, tab: { kind: 'unknown' } });
});

test('a window without an active tab shows no tab', async () => {
  const fake = new FakeBrowser();
  fake.active = null;
  const controller = await started(fake);
  expect(controller.state).toMatchObject({ searching: false, tabId: null, tab: null });
  expect(fake.asked).toEqual([]);
});

test('subscribers hear every change and can stop', async () => {
  const fake = new FakeBrowser();
  const controller = new PanelController(fake);
  let heard = 0;
  const stop = controller.subscribe(() => heard++);
  await controller.start();
  expect(heard).toBe(2);
  stop();
  fake.send({ type: 'item-clicked', item: { kind: 'quote', id: 'q0' } }, 1);
  expect(heard).toBe(2);
});

test.each([
  ['?tab=12', 12],
  ['?tab=0', 0],
  ['', null],
  ['?tab=abc', null],
  ['?tab=-3', null],
  ['?tab=1.5', null],
])('tabIdFromSearch(%j) is %p', (search, tabId) => {
  expect(tabIdFromSearch(search)).toBe(tabId);
});

test.each([
  ['https://news.example.com/a', 'https://news.example.com'],
  ['http://localhost:8080/x', 'http://localhost:8080'],
  ['chrome://extensions', null],
  ['file:///home/a.html', null],
  ['about:blank', null],
  [null, null],
])('pageOrigin(%j) is %p', (url, origin) => {
  expect(pageOrigin(url)).toBe(origin);
});
