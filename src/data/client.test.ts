import { expect } from '@open-wc/testing';
import { clearCache, getJson, postJson, setFetch } from './client.js';
import { NewsError } from './errors.js';

/**
 * A fetch the test answers by hand. Like the real one, it rejects with the signal's reason (an
 * AbortError, or a TimeoutError for AbortSignal.timeout) as soon as its signal aborts.
 */
interface Call {
  url: string;
  init: RequestInit;
  respond(body: string, status?: number): void;
  fail(error: unknown): void;
}

function fakeFetch(): Call[] {
  const calls: Call[] = [];
  setFetch((url, init) => {
    return new Promise<Response>((resolve, reject) => {
      const signal = init.signal!;
      if (signal.aborted) return reject(signal.reason);
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
      calls.push({
        url,
        init,
        respond: (body, status = 200) => resolve(new Response(body, { status, headers: { 'Content-Type': 'application/json' } })),
        fail: reject,
      });
    });
  });
  return calls;
}

const options = (signal?: AbortSignal) => ({ signal, timeout: 5000 });

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
