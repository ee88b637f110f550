// A misbehaving content endpoint for the fault-tolerance tests: real HTTP on its own port (so every
// request is cross-origin, as on a partner's site), answering every path under /<fault>/ with one
// kind of failure. The rest of the path is free, so each test picks URLs no other test shares:
//
//   /not-found/…       404 with a JSON error body
//   /server-error/…    500 with a JSON error body
//   /unavailable/…     503 with `Retry-After: 1` (exposed to scripts by Access-Control-Expose-Headers)
//   /hang/…            headers never sent, until the browser gives up
//   /trickle/…         200 application/json, then one byte every 50 ms (a valid document, 10 s long)
//   /malformed/…       200 application/json, a JSON document cut off in the middle
//   /html/…            200 text/html: a web page (a CMS's login page, a SPA's index.html)
//   /text-plain/…      200 text/plain: a document valid for every element, mislabelled
//   /wrong-shape/…     200 application/json: valid JSON, but another API's shape
//   /bad-date/…        200 application/json: the `ok` document dated February 30 (a day that does not exist)
//   /huge/…            200 application/json, 10 MiB, with Content-Length
//   /huge-chunked/…    the same 10 MiB, chunked (no Content-Length): only counting the bytes catches it
//   /no-cors/…         200 application/json, valid, but without Access-Control-Allow-Origin
//   /redirect-loop/…   302 to itself, forever
//   /ok/…              200 application/json, a document valid for every element (the control)
//   /flaky/<key>/…     the `ok` document with `Cache-Control: max-age=0` (stale at once), version N;
//                      POST /__fault/break?key= makes it answer 500, POST /__fault/mend?key= makes it
//                      answer again with version N+1. For stale-while-revalidate tests.
//   /offline/<key>/…   the `ok` document; while POST /__fault/break?key= has broken it (until
//                      /__fault/mend), the connection is closed without an answer: a network error,
//                      as the browser of a reader who lost the network sees it
//   /max-age/<s>/…     the `ok` document with `Cache-Control: max-age=<s>`
//   /hostile/…         a document valid for every element whose every object carries __proto__,
//                      constructor or prototype keys (JSON.parse makes them own properties)
//
// It counts every request by path and query, separately for CORS requests and `no-cors` probes
// (Sec-Fetch-Mode), with their times and whether the browser abandoned them before the end:
//   GET /__fault/requests?path=…  →  { cors, probes, abandoned, times }
// A connection refused needs no server: see `closedPort` in helpers.ts.
import { createServer } from 'node:http';

const MiB = 1024 * 1024;

/** A document every element accepts: an Article, an Author, a list of summaries and a list of tags at once. */
function universal(title = 'A story from the fault server', publishedAt = '2026-05-01T09:00:00+00:00') {
  const item = { id: 'fs-1', slug: 'fault-story', name: 'Fault story', title, publishedAt };
  return { ...item, tags: [{ slug: 'faults', name: 'Faults' }], items: [item] };
}

const HOSTILE = `{
  "__proto__": { "polluted": "document" },
  "constructor": { "prototype": { "polluted": "constructor" } },
  "prototype": { "polluted": "prototype" },
  "id": "hostile-1", "slug": "hostile-keys", "name": "Hostile keys", "title": "Hostile keys", "publishedAt": "2026-05-01T09:00:00+00:00",
  "tags": [{ "slug": "t", "name": "T", "__proto__": { "polluted": "tag" }, "constructor": { "polluted": "tag" } }],
  "image": { "src": "https://site.test/i.png", "alt": "", "__proto__": { "polluted": "image" } },
  "author": { "id": "a", "slug": "a", "name": "A", "__proto__": { "polluted": "author" }, "prototype": {},
              "links": [{ "label": "L", "url": "https://site.test/", "__proto__": { "polluted": "link" } }] },
  "source": { "name": "S", "__proto__": { "polluted": "source" } },
  "related": [{ "id": "r", "slug": "r", "title": "R", "publishedAt": "2026-05-01T09:00:00+00:00",
                "__proto__": { "polluted": "related" }, "constructor": { "name": "x" } }],
  "links": [{ "label": "L", "url": "https://site.test/", "constructor": { "prototype": { "polluted": "links" } } }],
  "items": [{ "id": "i", "slug": "t", "name": "T", "title": "T", "publishedAt": "2026-05-01T09:00:00+00:00",
              "__proto__": { "polluted": "item" }, "prototype": { "polluted": "item" } }]
}`;

const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Retry-After' };
const JSON_TYPE = 'application/json; charset=utf-8';

export async function startFaultServer({ port = 0, host = '127.0.0.1' } = {}) {
  const requests = new Map();
  const flaky = new Map(); // key → { broken, version }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/__fault/')) return control(url, res);

    const key = url.pathname + url.search;
    const record = requests.get(key) ?? { cors: 0, probes: 0, abandoned: 0, times: [] };
    requests.set(key, record);
    if (req.headers['sec-fetch-mode'] === 'no-cors') record.probes++;
    else record.cors++;
    record.times.push(Date.now());
    res.on('close', () => {
      if (!res.writableFinished) record.abandoned++;
    });

    const [, fault, rest = ''] = /^\/([\w-]+)(\/.*)?$/.exec(url.pathname) ?? [];
    const json = (status, body, headers = {}) =>
      res.writeHead(status, { ...CORS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store', ...headers }).end(body);

    switch (fault) {
      case 'ok':
        return json(200, JSON.stringify(universal()));
      case 'not-found':
        return json(404, '{"error":{"code":"not_found","message":"No such document."}}');
      case 'server-error':
        return json(500, '{"error":{"code":"internal","message":"Something broke."}}');
      case 'unavailable':
        return json(503, '{"error":{"code":"unavailable"}}', { 'Retry-After': '1' });
      case 'hang':
        return; // never answered
      case 'trickle':
        return trickle(res, JSON.stringify(universal()));
      case 'malformed':
        return json(200, '{"id": "fs-1", "slug": "fault-story", "title": "Cut off in the mid');
      case 'html':
        return res
          .writeHead(200, { ...CORS, 'Content-Type': 'text/html; charset=utf-8' })
          .end('<!doctype html><html lang="en"><title>Sign in</title><h1>Please sign in</h1></html>');
      case 'text-plain':
        return res.writeHead(200, { ...CORS, 'Content-Type': 'text/plain; charset=utf-8' }).end(JSON.stringify(universal()));
      case 'wrong-shape':
        return json(200, '{"data":{"type":"article","attributes":{"headline":"Another API\'s shape"}}}');
      case 'bad-date':
        return json(200, JSON.stringify(universal('A story from a day that does not exist', '2026-02-30T09:00:00+00:00')));
      case 'huge':
        return huge(res, true);
      case 'huge-chunked':
        return huge(res, false);
      case 'no-cors':
        return res.writeHead(200, { 'Content-Type': JSON_TYPE }).end(JSON.stringify(universal()));
      case 'redirect-loop':
        return res.writeHead(302, { ...CORS, Location: url.pathname + url.search }).end();
      case 'hostile':
        return json(200, HOSTILE);
      case 'offline':
        if (flakyState(/^\/([\w-]+)/.exec(rest)?.[1] ?? '').broken) return req.socket.destroy();
        return json(200, JSON.stringify(universal('Back online')));
      case 'max-age': {
        const seconds = /^\/(\d+)\//.exec(rest)?.[1] ?? '0';
        return json(200, JSON.stringify(universal(`Fresh for ${seconds} s`)), { 'Cache-Control': `max-age=${seconds}` });
      }
      case 'flaky': {
        const state = flakyState(/^\/([\w-]+)/.exec(rest)?.[1] ?? '');
        if (state.broken) return json(500, '{"error":{"code":"internal"}}');
        return json(200, JSON.stringify(universal(`Flaky story, version ${state.version}`)), { 'Cache-Control': 'max-age=0' });
      }
      default:
        return json(404, '{"error":{"code":"unknown_fault"}}');
    }
  });

  function flakyState(key) {
    let state = flaky.get(key);
    if (!state) flaky.set(key, (state = { broken: false, version: 1 }));
    return state;
  }

  function trickle(res, body) {
    res.writeHead(200, { ...CORS, 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' });
    let sent = 0;
    const timer = setInterval(() => {
      if (res.destroyed || sent >= body.length) {
        clearInterval(timer);
        if (!res.destroyed) res.end();
        return;
      }
      res.write(body[sent++]);
    }, 50);
    res.on('close', () => clearInterval(timer));
  }

  // Paced (256 KiB every 20 ms, 10 MiB in about a second) so that the server sees whether the
  // browser stopped reading before the end, rather than flushing it all into socket buffers at once.
  function huge(res, withLength) {
    const size = 10 * MiB;
    const head = '{"items":[],"padding":"';
    const tail = '"}';
    const chunk = 'x'.repeat(256 * 1024);
    res.writeHead(200, {
      ...CORS,
      'Content-Type': JSON_TYPE,
      'Cache-Control': 'no-store',
      ...(withLength ? { 'Content-Length': String(size) } : {}),
    });
    res.write(head);
    let left = size - head.length - tail.length;
    const timer = setInterval(() => {
      if (res.destroyed) return clearInterval(timer);
      if (left <= 0) {
        clearInterval(timer);
        return void res.end(tail);
      }
      const piece = left >= chunk.length ? chunk : chunk.slice(0, left);
      left -= piece.length;
      res.write(piece);
    }, 20);
    res.on('close', () => clearInterval(timer));
  }

  function control(url, res) {
    res.setHeader('Access-Control-Allow-Origin', '*');
    const reply = (body) => res.writeHead(200, { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
    const key = url.searchParams.get('key') ?? '';
    switch (url.pathname) {
      case '/__fault/requests': {
        const record = requests.get(url.searchParams.get('path') ?? '');
        return reply(record ?? { cors: 0, probes: 0, abandoned: 0, times: [] });
      }
      case '/__fault/break':
        flakyState(key).broken = true;
        return reply({ ok: true });
      case '/__fault/mend': {
        const state = flakyState(key);
        state.broken = false;
        state.version++;
        return reply({ ok: true, version: state.version });
      }
      default:
        return res.writeHead(404).end();
    }
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  server.unref();
  return { server, origin: `http://${host}:${server.address().port}` };
}
