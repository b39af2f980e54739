// The demo server: an HTTP proxy on 127.0.0.1 that answers a demo site's pages at their real
// addresses and refuses everything else. Browsers launched with it as their proxy send every
// request here, so nothing leaves the machine; each request it could not answer (an unknown url,
// a CONNECT for https, a websocket) is answered 502 and recorded in `refused`, which the tests
// assert is empty after a run.
import { createServer } from 'node:http';

/**
 * Starts the proxy for `site` (from buildDemoSite) on 127.0.0.1 (`port` 0: any free port).
 * Resolves to {port, proxyUrl, refused, served, close()}; `refused` holds {method, host, url} of
 * every unanswered request, `served` the urls answered.
 */
export async function startDemoServer(site, { port = 0 } = {}) {
  const refused = [];
  const served = [];
  const server = createServer((request, response) => {
    // A proxied request names the whole url; a direct one (a browser without the proxy) only the path.
    const url = /^https?:\/\//i.test(request.url ?? '') ? request.url : `http://${request.headers.host ?? 'unknown'}${request.url}`;
    let answer;
    try {
      answer = request.method === 'GET' || request.method === 'HEAD' ? site.respond(url) : undefined;
    } catch (error) {
      answer = { status: 500, contentType: 'text/plain; charset=utf-8', body: `demo server: ${error.message}` };
    }
    if (!answer) {
      refused.push({ method: request.method, host: hostOf(url), url });
      answer = { status: 502, contentType: 'text/plain; charset=utf-8', body: `The Parallax demo server serves only its demo pages; ${url} is not one.` };
    } else {
      served.push(url);
    }
    response.writeHead(answer.status, {
      'content-type': answer.contentType,
      'content-length': Buffer.byteLength(answer.body),
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  });
  // https goes through CONNECT: there is no demo page behind TLS, so every tunnel is refused.
  // A browser may reset the refused socket before our answer is out: that is no error of ours (an
  // unhandled 'error' event would end the process).
  server.on('connect', (request, socket) => {
    refused.push({ method: 'CONNECT', host: hostOf(`https://${request.url}`), url: request.url });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
  });
  server.on('upgrade', (request, socket) => {
    refused.push({ method: 'UPGRADE', host: hostOf(request.url), url: request.url });
    socket.on('error', () => undefined);
    socket.end('HTTP/1.1 502 Bad Gateway\r\ncontent-length: 0\r\n\r\n');
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const actualPort = server.address().port;
  return {
    port: actualPort,
    proxyUrl: `http://127.0.0.1:${actualPort}`,
    refused,
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return String(url);
  }
}
