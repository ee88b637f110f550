// The fetch `news-widgets check` runs the widgets' client on (src/cli/browser-fetch.ts): it must
// refuse what a browser refuses on the embedding site, and send a preflight exactly when a browser
// would. The widgets' own requests, made by their own client, need none.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserFetch, type Exchange } from '../../src/cli/browser-fetch.js';
import { clearCache, getJson, postJson, setFetch } from '../../src/data/client.js';

const SITE = 'https://site.example';
let server: Server;
let origin: string;
const seen: IncomingMessage[] = [];

beforeAll(async () => {
  // Allows every origin, but no request header beyond the safelisted ones; /moved redirects to /closed, which allows none.
  server = createServer((req, res) => {
    seen.push(req);
    if (req.url === '/moved') return res.writeHead(302, { Location: '/closed', 'Access-Control-Allow-Origin': '*' }).end();
    const cors = req.url === '/closed' ? {} : { 'Access-Control-Allow-Origin': '*' };
    if (req.method === 'OPTIONS') return res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET, POST' }).end();
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json', 'X-Served-By': 'test', 'X-Total': '1', 'Access-Control-Expose-Headers': 'X-Total' }).end('{"viewCount":1}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterEach(() => {
  seen.length = 0;
  setFetch(undefined);
  clearCache();
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('cli/browser-fetch', () => {
  it('sends no preflight for the widgets\' own GET and view-count POST, and sends Origin with each', async () => {
    const exchanges: Exchange[] = [];
    setFetch(browserFetch(SITE, (exchange) => exchanges.push(exchange)));
    expect(await getJson(`${origin}/article`, { timeout: 5000 })).toEqual({ viewCount: 1 });
    expect(await postJson(`${origin}/views`, { timeout: 5000 })).toEqual({ viewCount: 1 });
    expect(seen.map((req) => [req.method, req.url, req.headers.origin])).toEqual([
      ['GET', '/article', SITE],
      ['POST', '/views', SITE],
    ]);
    expect(exchanges.map((exchange) => [exchange.cors, exchange.preflight])).toEqual([
      ['allowed', undefined],
      ['allowed', undefined],
    ]);
  });

  it('hands the page only the headers it may read: the safelisted ones and those exposed; the report keeps them all', async () => {
    const exchanges: Exchange[] = [];
    const response = await browserFetch(SITE, (exchange) => exchanges.push(exchange))(`${origin}/article`, {});
    expect([response.headers.get('Content-Type'), response.headers.get('X-Total'), response.headers.get('X-Served-By')]).toEqual(['application/json', '1', null]);
    expect(exchanges[0].headers?.get('X-Served-By')).toBe('test');
    const sameOrigin = await browserFetch(undefined, () => {})(`${origin}/article`, {});
    expect(sameOrigin.headers.get('X-Served-By')).toBe('test');
  });

  it('sends a preflight for a header that is not safelisted, and fails as a browser does when it is not allowed', async () => {
    const exchanges: Exchange[] = [];
    const fetch = browserFetch(SITE, (exchange) => exchanges.push(exchange));
    await expect(fetch(`${origin}/views`, { method: 'POST', headers: { Accept: 'application/json', 'X-Trace': '1' } })).rejects.toThrow(TypeError);
    expect(seen.map((req) => [req.method, req.headers['access-control-request-method'], req.headers['access-control-request-headers']])).toEqual([['OPTIONS', 'POST', 'x-trace']]);
    expect(exchanges[0].preflight).toEqual({ status: 204, allowed: false, reason: 'Access-Control-Allow-Headers does not list x-trace' });
  });

  it('checks Access-Control-Allow-Origin after each redirect, and not at all for a page on the endpoint\'s own origin', async () => {
    const exchanges: Exchange[] = [];
    await expect(browserFetch(SITE, (exchange) => exchanges.push(exchange))(`${origin}/moved`, {})).rejects.toThrow(TypeError);
    expect(exchanges[0]).toMatchObject({ status: 200, cors: 'blocked', allowOrigin: null, redirects: [`${origin}/closed`] });
    const sameOrigin = await browserFetch(undefined, (exchange) => exchanges.push(exchange))(`${origin}/moved`, {});
    expect(await sameOrigin.json()).toEqual({ viewCount: 1 });
    expect(exchanges[1]).toMatchObject({ cors: 'same-origin', bytes: 15, body: '{"viewCount":1}' });
  });
});
