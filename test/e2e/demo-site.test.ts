// The demo pages and proxy without a browser: article text stays text in every layout, pages
// carry the metadata news sites publish, and the proxy answers only its own pages.
import { request } from 'node:http';
import { connect } from 'node:net';
import { parseHTML } from 'linkedom';
import { startDemoServer } from '../../scripts/demo/server.mjs';
import { buildDemoSite, type ArticleTemplate, type DemoArticle } from '../../scripts/demo/site.mjs';
import { article } from '../support/shared';

const HOSTILE_TITLE = `Mayor's "plan" </script><script>alert(1)</script> & <b>more</b>`;
const hostile: DemoArticle = {
  id: 'hostile-1',
  outlet: 'The <Daily> "Example"',
  title: HOSTILE_TITLE,
  url: 'https://www.cnn.com/2024/05/01/us/mayor-plan/index.html',
  date: '2024-05-01',
  story: 'hostile',
  text: `He said "<img src=x onerror=alert(1)>" twice, and nobody answered the question.\n\nA second paragraph with <iframe src="http://evil.example/"></iframe> in it, long enough to be prose for sure.`,
};

describe('demo pages', () => {
  it.each(['broadsheet', 'tabloid', 'station'] as ArticleTemplate[])('keep article text as text in the %s layout', (template) => {
    const site = buildDemoSite([{ article: hostile, template }]);
    const html = site.respond('http://www.cnn.com/2024/05/01/us/mayor-plan/index.html')!.body;
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('img, iframe, b')).toHaveLength(0);
    expect([...document.querySelectorAll('script')].every((script) => script.getAttribute('type') === 'application/ld+json')).toBe(true);
    expect(document.querySelector('h1')!.textContent).toBe(HOSTILE_TITLE);
    expect(document.body.textContent).toContain('"<img src=x onerror=alert(1)>"');
    const linkedData = JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(linkedData).toMatchObject({ '@type': 'NewsArticle', headline: HOSTILE_TITLE, datePublished: '2024-05-01' });
    expect(linkedData.publisher.name).toBe(hostile.outlet);
  });

  it('serve a real article over http at its address, canonical to the real https one', () => {
    const basil = article('basil', 'basil-d8fe0e57b4db');
    const site = buildDemoSite([{ article: basil }]);
    const [page] = site.articlePages;
    expect(page.url).toBe(basil.url!.replace(/^https:/, 'http:'));
    const { document } = parseHTML(site.respond(page.url)!.body);
    expect(document.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(basil.url);
    expect(document.querySelector('meta[property="og:site_name"]')!.getAttribute('content')).toBe('The New York Times');
    expect(document.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
    expect(document.querySelector('time[datetime]')!.getAttribute('datetime')).toBe(basil.date);
  });

  it('offer a section front and a search page on every host, neither marked up as an article', () => {
    const site = buildDemoSite([{ article: hostile }]);
    expect(site.listingPages.map((page) => page.kind)).toEqual(['section', 'search']);
    for (const listing of site.listingPages) {
      const { document } = parseHTML(site.respond(listing.url)!.body);
      expect(document.querySelector('meta[property="og:type"][content="article"], script[type="application/ld+json"]')).toBeNull();
    }
    const listed = (url: string) => parseHTML(site.respond(url)!.body).document.querySelectorAll('.listing-item a').length;
    expect(listed(site.listingPages[0].url)).toBe(1);
    expect(listed('http://www.cnn.com/search?q=nobody+answered')).toBe(1);
    expect(listed('http://www.cnn.com/search?q=war+crimes')).toBe(0);
    expect(site.respond('http://www.cnn.com/about')).toBeUndefined();
    expect(site.respond('http://www.example.com/')).toBeUndefined();
  });
});

describe('the demo proxy', () => {
  it('answers its pages, refuses and records everything else, https tunnels included', async () => {
    const site = buildDemoSite([{ article: hostile }]);
    const server = await startDemoServer(site);
    try {
      const get = (url: string) =>
        new Promise<number>((resolve, reject) => {
          request({ host: '127.0.0.1', port: server.port, path: url, headers: { host: new URL(url).host } }, (response) => {
            response.resume();
            resolve(response.statusCode!);
          })
            .on('error', reject)
            .end();
        });
      expect(await get(site.articlePages[0].url)).toBe(200);
      expect(await get('http://www.cnn.com/demo-assets/tabloid.css')).toBe(200);
      expect(await get('http://tracker.example/pixel.gif')).toBe(502);
      const tunnel = await new Promise<string>((resolve) => {
        const socket = connect(server.port, '127.0.0.1', () => socket.write('CONNECT www.cnn.com:443 HTTP/1.1\r\nhost: www.cnn.com:443\r\n\r\n'));
        socket.once('data', (data) => {
          resolve(data.toString().split('\r\n')[0]);
          socket.destroy();
        });
      });
      expect(tunnel).toBe('HTTP/1.1 502 Bad Gateway');
      expect(server.refused).toEqual([
        { method: 'GET', host: 'tracker.example', url: 'http://tracker.example/pixel.gif' },
        { method: 'CONNECT', host: 'www.cnn.com', url: 'www.cnn.com:443' },
      ]);
      expect(server.served).toEqual([site.articlePages[0].url, 'http://www.cnn.com/demo-assets/tabloid.css']);
    } finally {
      await server.close();
    }
  });
});
