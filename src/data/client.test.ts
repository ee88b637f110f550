import { expect } from '@open-wc/testing';
import { clearCache, getJson, postJson, setFetch, watch } from './client.js';
import { NewsError } from './errors.js';
import { until } from '../../test/helpers.js';

/**
 * A fetch the test answers by hand. Like the real one, it rejects with the signal's reason (an
 * AbortError, or a TimeoutError for AbortSignal.timeout) as soon as its signal aborts. The probes
 * the client sends after a TypeError (`redirect: 'manual'`, `mode: 'no-cors'`) fail at once, as
 * they do for an unreachable server, unless the test answers them through `probe`.
 */
interface Call {
  url: string;
  init: RequestInit;
  at: number;
  respond(body: BodyInit | null, status?: number, headers?: Record<string, string>): void;
  fail(error: unknown): void;
}

type Probe = (init: RequestInit) => Response | undefined;

function fakeFetch(probe: Probe = () => undefined): Call[] {
  const calls: Call[] = [];
  setFetch((url, init) => {
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal!;
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      if (init.redirect === 'manual' || init.mode === 'no-cors') {
        const answer = probe(init);
        return answer ? resolve(answer) : reject(new TypeError('Failed to fetch'));
      }
      calls.push({
        url,
        init,
        at: performance.now(),
        respond: (body, status = 200, headers = {}) =>
          resolve(new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } })),
        fail: reject,
      });
    });
  });
  return calls;
}

/** A fetch that answers every GET with `answer(n)` (n counts from 0), recording when each came. */
function serve(answer: (n: number, init: RequestInit) => Response | Error): { times: number[]; probes: RequestInit[] } {
  const record = { times: [] as number[], probes: [] as RequestInit[] };
  setFetch(async (_url, init) => {
    if (init.redirect === 'manual' || init.mode === 'no-cors') {
      record.probes.push(init);
      throw new TypeError('Failed to fetch');
    }
    const result = answer(record.times.length, init);
    record.times.push(performance.now());
    if (result instanceof Error) throw result;
    return result;
  });
  return record;
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A Response that says it is of another type (a probe's opaque or opaque-redirect answer). */
const typed = (type: ResponseType) => Object.defineProperty(new Response(null), 'type', { value: type });

/** Options for the tests of sharing and aborting: no retries, so that one failure is one call. */
const options = (signal?: AbortSignal) => ({ signal, timeout: 5000, retries: 0 });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

/** Lets the client's promise chains run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Stops the client's clock (`performance.now`, by which it dates its cached answers): it moves only
 * when the test advances it, so that no busy machine can make an answer older than the test says.
 */
function fakeClock(): { advance(ms: number): void; restore(): void } {
  let now = performance.now();
  Object.defineProperty(performance, 'now', { configurable: true, value: () => now });
  return {
    advance: (ms) => {
      now += ms;
    },
    restore: () => {
      delete (performance as unknown as { now?: unknown }).now;
    },
  };
}

/** Waits, for a second at most, until `check` holds: by counting tasks, since the clock may be stopped. */
async function waitFor(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let tries = 0; tries < 100 && !(await check()); tries++) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('data/client', () => {
  afterEach(() => {
    setFetch(undefined);
    clearCache();
  });

  it('shares one request among the callers of the same URL, and caches the answer', async () => {
    const calls = fakeFetch();
    const first = getJson('https://fake.test/a', options());
    const second = getJson('https://fake.test/a', options());
    const other = getJson('https://fake.test/b', options());
    expect(calls.map((call) => call.url)).to.deep.equal(['https://fake.test/a', 'https://fake.test/b']);
    expect(calls[0].init.method).to.equal('GET');
    expect(calls[0].init.credentials).to.equal('omit');

    calls[0].respond('{"n":1}');
    calls[1].respond('{"n":2}');
    expect(await first).to.deep.equal({ n: 1 });
    expect(await second).to.equal(await first);
    expect(await other).to.deep.equal({ n: 2 });

    // Answered from the cache: no new request.
    expect(await getJson('https://fake.test/a', options())).to.deep.equal({ n: 1 });
    expect(calls).to.have.length(2);

    clearCache();
    const again = getJson('https://fake.test/a', options());
    expect(calls).to.have.length(3);
    calls[2].respond('{"n":3}');
    expect(await again).to.deep.equal({ n: 3 });
  });

  it('keeps the request going when one of its callers aborts', async () => {
    const calls = fakeFetch();
    const leaving = new AbortController();
    const staying = new AbortController();
    const left = getJson('https://fake.test/c', options(leaving.signal));
    const stayed = getJson('https://fake.test/c', options(staying.signal));
    expect(calls).to.have.length(1);

    leaving.abort();
    const error = await rejection(left);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(calls[0].init.signal!.aborted).to.be.false;

    calls[0].respond('{"ok":true}');
    expect(await stayed).to.deep.equal({ ok: true });
  });

  it('aborts the request when its last caller aborts, and starts a new one for the next caller', async () => {
    const calls = fakeFetch();
    const one = new AbortController();
    const two = new AbortController();
    const first = getJson('https://fake.test/d', options(one.signal));
    const second = getJson('https://fake.test/d', options(two.signal));
    one.abort();
    two.abort();
    await rejection(first);
    await rejection(second);
    expect(calls).to.have.length(1);
    expect(calls[0].init.signal!.aborted).to.be.true;

    const third = getJson('https://fake.test/d', options());
    expect(calls).to.have.length(2);
    expect(calls[1].init.signal!.aborted).to.be.false;
    calls[1].respond('[]');
    expect(await third).to.deep.equal([]);
  });

  it('rejects at once for a caller whose signal has already aborted, without a request', async () => {
    const calls = fakeFetch();
    const error = await rejection(getJson('https://fake.test/e', options(AbortSignal.abort())));
    expect((error as DOMException).name).to.equal('AbortError');
    expect(calls).to.have.length(0);
  });

  it('does not cache errors: the next caller reaches the network again', async () => {
    const calls = fakeFetch();
    const failed = getJson('https://fake.test/f', options());
    calls[0].respond('{"error":{}}', 500);
    const error = await rejection(failed);
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).code).to.equal('http');
    expect((error as NewsError).status).to.equal(500);

    await settle();
    const retried = getJson('https://fake.test/f', options());
    expect(calls).to.have.length(2);
    calls[1].respond('{"ok":1}');
    expect(await retried).to.deep.equal({ ok: 1 });
  });

  it('translates failures into error codes', async () => {
    const calls = fakeFetch();
    const notFound = getJson('https://fake.test/g', options());
    const notJson = getJson('https://fake.test/h', options());
    const offline = getJson('https://fake.test/i', options());
    calls[0].respond('{}', 404);
    calls[1].respond('<html>');
    calls[2].fail(new TypeError('Failed to fetch'));
    expect(((await rejection(notFound)) as NewsError).code).to.equal('not-found');
    expect(((await rejection(notJson)) as NewsError).code).to.equal('invalid-json');
    const network = (await rejection(offline)) as NewsError;
    expect(network.code).to.equal('network');
    expect(network.url).to.equal('https://fake.test/i');
  });

  it('gives up after the timeout with a timeout error', async () => {
    const calls = fakeFetch();
    const started = performance.now();
    const error = (await rejection(getJson('https://fake.test/j', { timeout: 50 }))) as NewsError;
    expect(error.code).to.equal('timeout');
    expect(error.message).to.contain('50 ms');
    expect(performance.now() - started).to.be.at.least(45);
    expect(calls[0].init.signal!.aborted).to.be.true;
  });

  it('POSTs without sharing or caching', async () => {
    const calls = fakeFetch();
    const first = postJson('https://fake.test/views', options());
    const second = postJson('https://fake.test/views', options());
    expect(calls).to.have.length(2);
    expect(calls.map((call) => call.init.method)).to.deep.equal(['POST', 'POST']);
    calls[0].respond('{"viewCount":1}');
    calls[1].respond('{"viewCount":2}');
    expect(await first).to.deep.equal({ viewCount: 1 });
    expect(await second).to.deep.equal({ viewCount: 2 });
  });
});

describe('data/client: retries', () => {
  afterEach(() => {
    setFetch(undefined);
    clearCache();
  });

  it('retries a 5xx at most twice, with growing jittered backoff, then fails with the last status', async () => {
    const record = serve(() => json({ error: {} }, 502));
    const error = (await rejection(getJson('https://fake.test/r1', { timeout: 5000, retryDelay: 40 }))) as NewsError;
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(502);
    expect(record.times).to.have.length(3);
    const [first, second, third] = record.times;
    // Retry n waits between half and all of retryDelay × 2^n.
    expect(second - first).to.be.within(18, 1000);
    expect(third - second).to.be.within(38, 1000);
  });

  it('succeeds on a retry after a passing 5xx', async () => {
    const record = serve((n) => (n === 0 ? json({}, 500) : json({ ok: true })));
    expect(await getJson('https://fake.test/r2', { timeout: 5000, retryDelay: 1 })).to.deep.equal({ ok: true });
    expect(record.times).to.have.length(2);
  });

  it('retries an unreachable server (after probing it), and reports a network error', async () => {
    const record = serve(() => new TypeError('Failed to fetch'));
    const error = (await rejection(getJson('https://fake.test/r3', { timeout: 5000, retryDelay: 1 }))) as NewsError;
    expect(error.code).to.equal('network');
    expect(record.times).to.have.length(3);
    // Each failure was probed twice (without redirects, then no-cors): both failed, so the server is unreachable.
    expect(record.probes.map((init) => init.redirect === 'manual' ? 'manual' : init.mode)).to.deep.equal(['manual', 'no-cors', 'manual', 'no-cors', 'manual', 'no-cors']);
  });

  const final: [name: string, answer: () => Response | Error, code: string][] = [
    ['404', () => json({}, 404), 'not-found'],
    ['400', () => json({}, 400), 'http'],
    ['429', () => json({}, 429, { 'Retry-After': '1' }), 'http'],
    ['a body that is not JSON', () => new Response('{"cut', { headers: { 'Content-Type': 'application/json' } }), 'invalid-json'],
    ['text/plain', () => new Response('{}', { headers: { 'Content-Type': 'text/plain' } }), 'wrong-type'],
    ['an answer over the cap', () => new Response('x'.repeat(100), { headers: { 'Content-Type': 'application/json' } }), 'too-large'],
  ];
  for (const [name, answer, code] of final) {
    it(`does not retry ${name} (${code})`, async () => {
      const record = serve(answer);
      const error = (await rejection(getJson(`https://fake.test/no-retry/${name}`, { timeout: 5000, retryDelay: 1, maxBytes: 50 }))) as NewsError;
      expect(error.code).to.equal(code);
      expect(record.times).to.have.length(1);
    });
  }

  it('does not retry a timeout: the timeout covers every attempt', async () => {
    const calls = fakeFetch();
    const started = performance.now();
    const error = (await rejection(getJson('https://fake.test/r4', { timeout: 80, retryDelay: 1 }))) as NewsError;
    expect(error.code).to.equal('timeout');
    expect(calls).to.have.length(1);
    expect(performance.now() - started).to.be.below(1000);
  });

  it('does not start a retry that could not finish before the deadline', async () => {
    const record = serve(() => json({}, 503));
    const started = performance.now();
    const error = (await rejection(getJson('https://fake.test/r5', { timeout: 2000, retryDelay: 4000 }))) as NewsError;
    // The 503 itself, at once, not a timeout: waiting 2–4 s would have passed the 2 s deadline.
    expect(error.code).to.equal('http');
    expect(record.times).to.have.length(1);
    expect(performance.now() - started).to.be.below(1500);
  });

  it('honours a Retry-After within the cap', async () => {
    const record = serve((n) => (n === 0 ? json({}, 503, { 'Retry-After': '1' }) : json({ n })));
    expect(await getJson('https://fake.test/r6', { timeout: 3000, retryDelay: 1 })).to.deep.equal({ n: 1 });
    expect(record.times[1] - record.times[0]).to.be.at.least(990);
  });

  it('gives up at once on a Retry-After past the cap, and says when to come back', async () => {
    const record = serve(() => json({}, 503, { 'Retry-After': '3600' }));
    const error = (await rejection(getJson('https://fake.test/r7', { timeout: 5000, retryDelay: 1 }))) as NewsError;
    expect(error.code).to.equal('http');
    expect(error.retryAfter).to.equal(3_600_000);
    expect(error.message).to.contain('retry after 3600 s');
    expect(record.times).to.have.length(1);
  });

  it('reads Retry-After as an HTTP date too', async () => {
    serve(() => json({}, 503, { 'Retry-After': new Date(Date.now() + 3_600_000).toUTCString() }));
    const error = (await rejection(getJson('https://fake.test/r8', { timeout: 5000, retries: 0 }))) as NewsError;
    expect(error.retryAfter).to.be.within(3_590_000, 3_600_000);
  });

  it('makes no retry with retries: 0', async () => {
    const record = serve(() => json({}, 500));
    await rejection(getJson('https://fake.test/r9', { timeout: 5000, retries: 0 }));
    expect(record.times).to.have.length(1);
  });

  it('stops retrying when the last caller leaves during the backoff', async () => {
    const record = serve(() => json({}, 500));
    const leaving = new AbortController();
    // The first retry would come 200–400 ms after the first answer.
    const pending = getJson('https://fake.test/r10', { signal: leaving.signal, timeout: 5000, retryDelay: 400 });
    await until(() => record.times.length === 1);
    leaving.abort();
    expect(((await rejection(pending)) as DOMException).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(record.times).to.have.length(1);
  });

  it('never retries a POST', async () => {
    const record = serve(() => json({}, 500));
    expect(((await rejection(postJson('https://fake.test/views', { timeout: 5000, retryDelay: 1 }))) as NewsError).code).to.equal('http');
    expect(record.times).to.have.length(1);
    expect(record.probes).to.have.length(0);
  });
});

describe('data/client: diagnosing a refused request', () => {
  afterEach(() => {
    setFetch(undefined);
    clearCache();
  });

  it('cors: the server answers an opaque request, but the CORS request failed; no retry', async () => {
    const calls = fakeFetch((init) => (init.mode === 'no-cors' ? typed('opaque') : undefined));
    const pending = getJson('https://fake.test/p1', { timeout: 5000, retryDelay: 1 });
    calls[0].fail(new TypeError('Failed to fetch'));
    const error = (await rejection(pending)) as NewsError;
    expect(error.code).to.equal('cors');
    expect(error.message).to.contain('Access-Control-Allow-Origin');
    expect(calls).to.have.length(1);
  });

  it('redirect: the URL redirects, and the redirects could not be followed; no retry', async () => {
    const calls = fakeFetch((init) => (init.redirect === 'manual' ? typed('opaqueredirect') : undefined));
    const pending = getJson('https://fake.test/p2', { timeout: 5000, retryDelay: 1 });
    calls[0].fail(new TypeError('Failed to fetch'));
    expect(((await rejection(pending)) as NewsError).code).to.equal('redirect');
    expect(calls).to.have.length(1);
  });

  it('a passing failure (the probe gets through) is retried', async () => {
    const calls = fakeFetch((init) => (init.redirect === 'manual' ? json({}) : undefined));
    const pending = getJson('https://fake.test/p3', { timeout: 5000, retryDelay: 1 });
    calls[0].fail(new TypeError('Failed to fetch'));
    await until(() => calls.length === 2);
    calls[1].respond('{"second":true}');
    expect(await pending).to.deep.equal({ second: true });
  });
});

describe('data/client: what an answer must be', () => {
  afterEach(() => {
    setFetch(undefined);
    clearCache();
  });

  /** A body that streams `chunks` chunks of `size` bytes, and records whether the reader cancelled it. */
  function stream(chunks: number, size: number) {
    const state = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled === chunks) return controller.close();
        state.pulled++;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { body, state };
  }

  it('refuses an answer whose Content-Length is over maxBytes, without reading it', async () => {
    const { body, state } = stream(100, 1024);
    serve(() => new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(100 * 1024) } }));
    const error = (await rejection(getJson('https://fake.test/s1', { timeout: 5000, maxBytes: 10_000 }))) as NewsError;
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain('102400 bytes, over the 10000-byte limit');
    expect(state.cancelled).to.be.true;
    expect(state.pulled).to.be.below(3);
  });

  it('counts the bytes of an answer without Content-Length, and stops reading past maxBytes', async () => {
    const { body, state } = stream(1000, 1024);
    serve(() => new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    const error = (await rejection(getJson('https://fake.test/s2', { timeout: 5000, maxBytes: 10_000 }))) as NewsError;
    expect(error.code).to.equal('too-large');
    expect(error.message).to.contain('is over the 10000-byte limit');
    expect(state.cancelled).to.be.true;
    // It stopped at the chunk that crossed the cap (plus what the stream queued ahead), far from 1000.
    expect(state.pulled).to.be.below(15);
  });

  it('accepts an answer of exactly maxBytes, and decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"name":"Tomás"}');
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        // "á" is two bytes: split it between chunks.
        const cut = bytes.indexOf(0xc3) + 1;
        controller.enqueue(bytes.slice(0, cut));
        controller.enqueue(bytes.slice(cut));
        controller.close();
      },
    });
    serve(() => new Response(body, { headers: { 'Content-Type': 'application/json' } }));
    expect(await getJson('https://fake.test/s3', { timeout: 5000, maxBytes: bytes.length })).to.deep.equal({ name: 'Tomás' });
  });

  const types: [type: string | null, ok: boolean][] = [
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['Application/JSON', true],
    ['application/feed+json', true],
    ['application/ld+json; charset=utf-8', true],
    ['text/plain', false],
    ['text/html; charset=utf-8', false],
    ['application/javascript', false],
    ['application/jsonp', false],
    [null, false],
  ];
  for (const [type, ok] of types) {
    it(`${ok ? 'accepts' : 'refuses'} an answer labelled ${type ?? 'with no Content-Type'}`, async () => {
      setFetch(async () => {
        const response = new Response('{"ok":true}');
        if (type) response.headers.set('Content-Type', type);
        else response.headers.delete('Content-Type');
        return response;
      });
      const url = `https://fake.test/type/${encodeURIComponent(String(type))}`;
      if (ok) {
        expect(await getJson(url, { timeout: 5000 })).to.deep.equal({ ok: true });
      } else {
        const error = (await rejection(getJson(url, { timeout: 5000 }))) as NewsError;
        expect(error.code).to.equal('wrong-type');
        expect(error.message).to.contain(`is ${type?.split(';')[0].toLowerCase() ?? 'of no type'}, not application/json`);
        if (type?.startsWith('text/html')) expect(error.message).to.contain('a web page');
      }
    });
  }
});

describe('data/client: freshness and stale-while-revalidate', () => {
  afterEach(() => {
    setFetch(undefined);
    clearCache();
  });

  it('answers from the cache while the answer is fresh (Cache-Control: max-age), with no request', async () => {
    const record = serve((n) => json({ n }, 200, { 'Cache-Control': 'public, max-age=60' }));
    expect(await getJson('https://fake.test/f1', { timeout: 5000, freshness: 0 })).to.deep.equal({ n: 0 });
    expect(await getJson('https://fake.test/f1', { timeout: 5000, freshness: 0 })).to.deep.equal({ n: 0 });
    expect(record.times).to.have.length(1);
  });

  it('takes Age off max-age: an answer of max-age=60 already 50 s old is fresh for 10 s more', async () => {
    const clock = fakeClock();
    try {
      const record = serve((n) => json({ n }, 200, { 'Cache-Control': 'max-age=60', Age: '50' }));
      const url = 'https://fake.test/f2';
      expect(await getJson(url, { timeout: 5000 })).to.deep.equal({ n: 0 });
      // Still fresh a millisecond before the 10 s are up: from the cache, and no request.
      clock.advance(9_999);
      expect(await getJson(url, { timeout: 5000 })).to.deep.equal({ n: 0 });
      await settle();
      expect(record.times, 'requests while fresh').to.have.length(1);
      // Stale once they are (by max-age alone it would be fresh for 50 s more): the cached answer
      // at once, and one request for a new one, which the next caller gets.
      clock.advance(1);
      expect(await getJson(url, { timeout: 5000 })).to.deep.equal({ n: 0 });
      await waitFor(() => record.times.length > 1);
      expect(record.times, 'requests once stale').to.have.length(2);
      let answer: unknown;
      await waitFor(async () => {
        answer = await getJson(url, { timeout: 5000 });
        return (answer as { n: number }).n === 1;
      });
      expect(answer, 'the refetched answer').to.deep.equal({ n: 1 });
      expect(record.times, 'requests in all').to.have.length(2);
    } finally {
      clock.restore();
    }
  });

  it('treats an answer whose Age reaches max-age as stale from the start', async () => {
    const record = serve((n) => json({ n }, 200, { 'Cache-Control': 'max-age=60', Age: '60' }));
    expect(await getJson('https://fake.test/f2b', { timeout: 5000 })).to.deep.equal({ n: 0 });
    expect(await getJson('https://fake.test/f2b', { timeout: 5000 })).to.deep.equal({ n: 0 });
    await waitFor(() => record.times.length > 1);
    expect(record.times, 'the second caller had the answer refetched').to.have.length(2);
  });

  it('returns a stale answer at once and revalidates it with one request; watchers hear of a change', async () => {
    const record = serve((n) => json({ version: n }));
    const first = await getJson('https://fake.test/f3', { timeout: 5000, freshness: 0 });
    expect(first).to.deep.equal({ version: 0 });

    const interest = new AbortController();
    let changes = 0;
    watch(interest.signal, () => changes++);
    // Stale (freshness 0): answered from the cache at once, and revalidated once, however many ask.
    expect(await getJson('https://fake.test/f3', { signal: interest.signal, timeout: 5000, freshness: 0 })).to.equal(first);
    expect(await getJson('https://fake.test/f3', { timeout: 5000, freshness: 0 })).to.equal(first);
    await until(() => changes === 1);
    expect(record.times).to.have.length(2);
    expect(await getJson('https://fake.test/f3', { timeout: 60_000, freshness: 60_000 })).to.deep.equal({ version: 1 });

    // Once the interest is aborted, no more news.
    interest.abort();
    getJson('https://fake.test/f3', { timeout: 5000, freshness: 0 });
    await until(() => record.times.length === 3);
    await settle();
    expect(changes).to.equal(1);
  });

  it('does not tell watchers when the revalidated answer is the same', async () => {
    const record = serve(() => json({ same: true }));
    await getJson('https://fake.test/f4', { timeout: 5000, freshness: 0 });
    const interest = new AbortController();
    let changes = 0;
    watch(interest.signal, () => changes++);
    await getJson('https://fake.test/f4', { signal: interest.signal, timeout: 5000, freshness: 0 });
    await until(() => record.times.length === 2);
    await settle();
    expect(changes).to.equal(0);
  });

  it('keeps the stale answer when the revalidation fails, and tries again for the next caller', async () => {
    const record = serve((n) => (n === 0 ? json({ kept: true }) : json({}, 500)));
    const stale = await getJson('https://fake.test/f5', { timeout: 5000, freshness: 0, retryDelay: 1 });
    expect(await getJson('https://fake.test/f5', { timeout: 5000, freshness: 0, retryDelay: 1 })).to.equal(stale);
    // The revalidation: one request and its two retries, all failing.
    await until(() => record.times.length === 4);
    await settle();
    expect(await getJson('https://fake.test/f5', { timeout: 5000, freshness: 0, retryDelay: 1 })).to.equal(stale);
    await until(() => record.times.length === 7);
  });
});

describe('data/client: a bounded cache', () => {
  afterEach(() => {
    setFetch(undefined);
    clearCache();
  });

  /** Asks for each path once, in order; resolves the paths that were fetched rather than taken from the cache. */
  async function ask(record: { times: number[] }, paths: string[], bounds: { cacheEntries?: number; cacheBytes?: number }, signal?: AbortSignal): Promise<string[]> {
    const fetched: string[] = [];
    for (const path of paths) {
      const before = record.times.length;
      await getJson(`https://fake.test/${path}`, { timeout: 5000, signal, ...bounds });
      if (record.times.length > before) fetched.push(path);
    }
    return fetched;
  }

  it('keeps at most cacheEntries answers, forgetting the least recently used first', async () => {
    const record = serve(() => json({ ok: true }));
    // c pushes out b, the least recently used (a was asked for again after it): a is still there, b is not.
    expect(await ask(record, ['a', 'b', 'a', 'c', 'a', 'b'], { cacheEntries: 2 })).to.deep.equal(['a', 'b', 'c', 'b']);
  });

  it('keeps at most cacheBytes of answers (their text), forgetting the least recently used first', async () => {
    // Each answer is 25 characters long: two fit in 50, three do not.
    const record = serve(() => json({ text: 'x'.repeat(14) }));
    expect(await ask(record, ['a', 'b', 'a', 'b'], { cacheBytes: 50 })).to.deep.equal(['a', 'b']);
    expect(await ask(record, ['c', 'a', 'b'], { cacheBytes: 50 })).to.deep.equal(['c', 'a', 'b']);
    // An answer larger than the whole cache is not kept at all.
    expect(await ask(record, ['d', 'd'], { cacheBytes: 24 })).to.deep.equal(['d', 'd']);
  });

  it('keeps an answer that a watching caller shows, past the bounds, until it stops watching', async () => {
    const record = serve(() => json({ ok: true }));
    const shown = new AbortController();
    watch(shown.signal, () => {});
    await ask(record, ['shown'], { cacheEntries: 1 }, shown.signal);
    expect(await ask(record, ['other', 'shown'], { cacheEntries: 1 })).to.deep.equal(['other']);
    shown.abort();
    expect(await ask(record, ['third', 'shown'], { cacheEntries: 1 })).to.deep.equal(['third', 'shown']);
  });

  it('forgets nothing within the default bounds (100 answers, 2 MiB)', async () => {
    const record = serve(() => json({ ok: true }));
    const paths = Array.from({ length: 100 }, (_, i) => `p${i}`);
    await ask(record, paths, {});
    expect(await ask(record, paths, {})).to.deep.equal([]);
    expect(await ask(record, ['p100', 'p0'], {})).to.deep.equal(['p100', 'p0']);
  });
});
