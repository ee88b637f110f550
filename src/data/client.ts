import { NewsError, isAbortError } from './errors.js';

/**
 * The only place that talks to the network. One request per distinct URL per page: answers are
 * kept in a memory cache, and callers asking for a URL already in flight share its request. Each
 * caller brings its own AbortSignal; the shared request is aborted only when every caller has left.
 */
export interface RequestOptions {
  signal?: AbortSignal;
  timeout: number;
}

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

const answers = new Map<string, unknown>();
const inFlight = new Map<string, InFlight>();
let fetchImpl: FetchLike = (input, init) => fetch(input, init);

/** Replaces `fetch` for every request (a host's instrumented fetch, or a test of the client). */
export function setFetch(impl: FetchLike | undefined): void {
  fetchImpl = impl ?? ((input, init) => fetch(input, init));
}

/** Forgets every cached answer, so the next request for any URL goes to the network. */
export function clearCache(): void {
  answers.clear();
}

/** GETs a JSON document, sharing the request and its answer with every other caller of the same URL. */
export function getJson(url: string, { signal, timeout }: RequestOptions): Promise<unknown> {
  if (answers.has(url)) return Promise.resolve(answers.get(url));
  // A caller that has already left starts nothing: the request would have no one to abort it.
  if (signal?.aborted) return Promise.reject(signal.reason);
  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const entry: InFlight = {
      controller,
      callers: 0,
      promise: request(url, 'GET', controller.signal, timeout).then((json) => {
        answers.set(url, json);
        return json;
      }),
    };
    // Errors are not cached: Retry must reach the network again.
    entry.promise.finally(() => inFlight.get(url) === entry && inFlight.delete(url)).catch(() => {});
    inFlight.set(url, entry);
    shared = entry;
  }
  return join(url, shared, signal);
}

/** POSTs without a body and reads a JSON answer. Never cached or shared. */
export function postJson(url: string, { signal, timeout }: RequestOptions): Promise<unknown> {
  return request(url, 'POST', signal, timeout);
}

function join(url: string, shared: InFlight, signal: AbortSignal | undefined): Promise<unknown> {
  shared.callers++;
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      signal?.removeEventListener('abort', leave);
      return --shared.callers;
    };
    const leave = () => {
      if (done) return;
      if (finish() === 0) {
        shared.controller.abort();
        if (inFlight.get(url) === shared) inFlight.delete(url);
      }
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', leave, { once: true });
    shared.promise.then(
      (value) => done || (finish(), resolve(value)),
      (error: unknown) => done || (finish(), reject(error)),
    );
  });
}

async function request(url: string, method: 'GET' | 'POST', signal: AbortSignal | undefined, timeout: number): Promise<unknown> {
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  try {
    response = await fetchImpl(url, { method, signal: combined, headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch (error) {
    throw translate(error, url, timer, timeout);
  }
  if (!response.ok) {
    // Drain the body so the connection can be reused; its content is not needed.
    response.body?.cancel().catch(() => {});
    if (response.status === 404) throw new NewsError('not-found', `Nothing at ${url} (HTTP 404).`, { status: 404, url });
    throw new NewsError('http', `The endpoint answered HTTP ${response.status} for ${url}.`, { status: response.status, url });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw translate(error, url, timer, timeout);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new NewsError('invalid-json', `The answer from ${url} is not JSON.`, { url });
  }
}

function translate(error: unknown, url: string, timer: AbortSignal, timeout: number): unknown {
  if (timer.aborted) return new NewsError('timeout', `No answer from ${url} within ${timeout} ms.`, { url });
  if (isAbortError(error)) return error;
  return new NewsError('network', `Could not reach ${url} (network error, refused connection or CORS).`, { url });
}
