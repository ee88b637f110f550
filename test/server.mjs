// The HTTP server the browser tests talk to: the demo's reference endpoint under /api/, plus what
// tests need to observe and disturb it. It counts every request (GET /__test/requests?path=…),
// notices requests the browser gave up on, answers nothing cacheable (so that every request the
// library makes reaches the counter), and serves:
//   /delay/<ms>/api/…   the endpoint, answered after <ms> milliseconds
//   /hang/api/…         never answered (until the browser aborts)
//   /down/api/…         a 503 until POST /__test/up, for Retry tests; it announces an outage of an
//                       hour (`Retry-After: 3600`), so the client does not retry on its own
//   /fixtures/<file>    JSON documents from test/fixtures/ (invalid or hostile content)
//   /corpus/<doc>.json?path=<a.0.b>[,<c.d>…]&url=<i>|html=<i>
//                       test/corpus/base-<doc>.json with URL vector (or HTML payload) number i at those paths
//   /wp-json/…, /ghost/api/content/…, /feeds/…
//                       WordPress, Ghost and JSON Feed at the real APIs' paths (test/cms-server.mjs),
//                       also behind /delay/<ms>/ (a test's own prefix, to count its requests)
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferenceHandler, listen } from '../demo/reference-server.mjs';
import { createCmsHandler } from './cms-server.mjs';

const FIXTURES = new URL('./fixtures/', import.meta.url);
const CORPUS = new URL('./corpus/', import.meta.url);

export async function startTestServer({ port = 0, host = '127.0.0.1' } = {}) {
  const requests = new Map();
  const abandoned = new Map();
  let down = true;
  let handler;
  const cms = createCmsHandler();

  const server = createServer(async (req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = url.pathname + url.search;

    if (url.pathname.startsWith('/__test/')) return control(url, res);
    uncacheable(res);
    if (req.method !== 'OPTIONS') requests.set(key, (requests.get(key) ?? 0) + 1);
    res.on('close', () => {
      if (!res.writableFinished) abandoned.set(key, (abandoned.get(key) ?? 0) + 1);
    });

    const delay = /^\/delay\/(\d+)(\/.*)$/.exec(url.pathname);
    if (delay) {
      await new Promise((resolve) => setTimeout(resolve, Number(delay[1])));
      if (res.destroyed) return;
      req.url = delay[2] + url.search;
    } else if (url.pathname.startsWith('/hang/')) {
      return; // never answered
    } else if (url.pathname.startsWith('/down/')) {
      if (down) {
        res
          .writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '3600', 'Access-Control-Expose-Headers': 'Retry-After' })
          .end('{"error":{"code":"unavailable"}}');
        return;
      }
      req.url = url.pathname.slice('/down'.length) + url.search;
    } else if (url.pathname.startsWith('/fixtures/')) {
      const name = url.pathname.slice('/fixtures/'.length);
      if (!/^[\w.-]+\.json$/.test(name)) return res.writeHead(404).end();
      try {
        const body = await readFile(new URL(name, FIXTURES));
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
      return;
    } else if (url.pathname.startsWith('/corpus/')) {
      return corpusDocument(url, res);
    }
    if (await cms(req, res)) return;
    if (!(await handler(req, res))) res.writeHead(404).end();
  });

  // The reference endpoint's answers are cacheable, so the browser's HTTP cache would answer a
  // repeated GET itself (and hold concurrent ones behind the first): the counter would see the
  // browser's dedupe and cache, not the library's. Here nothing is cacheable.
  function uncacheable(res) {
    const writeHead = res.writeHead.bind(res);
    res.writeHead = (status, ...rest) => {
      for (const headers of rest) {
        if (headers && typeof headers === 'object' && !Array.isArray(headers)) {
          delete headers['Cache-Control'];
          delete headers.ETag;
        }
      }
      res.setHeader('Cache-Control', 'no-store');
      return writeHead(status, ...rest);
    };
  }

  function control(url, res) {
    const reply = (body) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    switch (url.pathname) {
      case '/__test/requests': {
        const path = url.searchParams.get('path') ?? '';
        return reply({ count: requests.get(path) ?? 0, abandoned: abandoned.get(path) ?? 0 });
      }
      case '/__test/reset':
        requests.clear();
        abandoned.clear();
        down = true;
        return reply({ ok: true });
      case '/__test/up':
        down = false;
        return reply({ ok: true });
      default:
        return res.writeHead(404).end();
    }
  }

  const corpora = {};
  async function corpusDocument(url, res) {
    const name = url.pathname.slice('/corpus/'.length);
    const path = url.searchParams.get('path');
    try {
      if (!/^[\w-]+\.json$/.test(name)) throw new Error(name);
      corpora[name] ??= await readFile(new URL(`base-${name}`, CORPUS), 'utf8');
      const doc = JSON.parse(corpora[name]);
      for (const [param, file, list, key] of [['url', 'url-vectors.json', 'vectors', 'url'], ['html', 'html-payloads.json', 'payloads', 'html']]) {
        const index = url.searchParams.get(param);
        if (index === null || !path) continue;
        corpora[file] ??= JSON.parse(await readFile(new URL(file, CORPUS), 'utf8'));
        for (const one of path.split(',')) {
          const keys = one.split('.');
          const parent = keys.slice(0, -1).reduce((node, k) => node[k], doc);
          parent[keys.at(-1)] = corpora[file][list][Number(index)][key];
        }
      }
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(doc));
    } catch {
      res.writeHead(404).end();
    }
  }

  await listen(server, port, host);
  server.unref();
  const origin = `http://${host}:${server.address().port}`;
  const viewsFile = join(mkdtempSync(join(tmpdir(), 'news-widgets-test-')), 'views.json');
  handler = createReferenceHandler({ siteOrigin: 'http://site.test', viewsFile, publicOrigin: origin });
  return { server, origin };
}
