import { NewsError, isAbortError } from './errors.js';

/**
 * The only place that talks to the network.
 *
 * - One request per distinct URL: answers are kept in a memory cache, and callers asking for a URL
 *   already in flight share its request. Each caller brings its own AbortSignal; the shared request
 *   is aborted only when every caller has left. Errors are never cached.
 * - Every request has a deadline (`timeout`), retries included.
 * - GETs are retried at most `retries` times (2), with exponential backoff and jitter, on network
 *   errors and 5xx answers; never on 4xx, on a timeout, on an abort or on a bad answer. A
 *   `Retry-After` up to 5 s (and within the deadline) is honoured; a longer one ends the attempts.
 * - An answer must be labelled JSON (`application/json` or `…+json`) and at most `maxBytes` long:
 *   the Content-Length is checked first, and the bytes are counted while reading, so an answer
 *   without one is cut off as soon as it passes the cap.
 * - Cached answers are fresh for the answer's `Cache-Control: max-age` (less its `Age`), else for
 *   `freshness` ms. A stale answer is still returned at once, while one request revalidates it in
 *   the background (stale-while-revalidate); if that fails the stale answer stays, and if it brings a
 *   changed answer, the callers watching the URL (see `watch`) are told.
 * - A request the browser refuses without saying why (a TypeError) is diagnosed with up to two
 *   probes: a redirect it could not follow (`redirect`), an answer CORS withholds (`cors`), or an
 *   unreachable server (`network`).
 */
export interface RequestOptions {
  signal?: AbortSignal;
  /** Milliseconds for the whole request, retries included. */
  timeout: number;
  /** Retries of a GET after a network error or a 5xx (0–2). Default 2. */
  retries?: number;
  /** Base of the exponential backoff between retries, in ms. Default 250. */
  retryDelay?: number;
  /** Largest answer accepted, in bytes. Default 2 MiB. */
  maxBytes?: number;
  /** How long an answer without `Cache-Control: max-age` stays fresh, in ms. Default 60 000. */
  freshness?: number;
}

export const DEFAULT_RETRIES = 2;
export const MAX_RETRIES = 2;
export const DEFAULT_RETRY_DELAY = 250;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_FRESHNESS = 60_000;
/** The longest `Retry-After` the client waits for before a retry; a longer one ends the attempts. */
export const MAX_RETRY_AFTER = 5_000;

type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

interface Answer {
  json: unknown;
  /** `performance.now()` after which the answer is stale. */
  freshUntil: number;
}

interface Fetched {
  json: unknown;
  /** Milliseconds the answer stays fresh. */
  freshFor: number;
}

const answers = new Map<string, Answer>();
const inFlight = new Map<string, InFlight>();
const revalidating = new Set<string>();
/** Bumped by clearCache(), so that a revalidation started before it does not refill the cache. */
let generation = 0;
let fetchImpl: FetchLike = (input, init) => fetch(input, init);

/** Replaces `fetch` for every request (a host's instrumented fetch, or a test of the client). */
export function setFetch(impl: FetchLike | undefined): void {
  fetchImpl = impl ?? ((input, init) => fetch(input, init));
}

/** Forgets every cached answer, so the next request for any URL goes to the network. */
export function clearCache(): void {
  answers.clear();
  generation++;
}

const onChange = new WeakMap<AbortSignal, () => void>();
const watchers = new Map<string, Set<() => void>>();

/**
 * Asks to hear about changed answers: for as long as `signal` is not aborted, `changed` is called
 * whenever a revalidation brings a new answer for a URL that was requested with `signal`.
 */
export function watch(signal: AbortSignal, changed: () => void): void {
  onChange.set(signal, changed);
}

function subscribe(url: string, signal: AbortSignal | undefined): void {
  const changed = signal && onChange.get(signal);
  if (!changed || signal.aborted) return;
  let set = watchers.get(url);
  if (!set) watchers.set(url, (set = new Set()));
  if (set.has(changed)) return;
  set.add(changed);
  signal.addEventListener(
    'abort',
    () => {
      set.delete(changed);
      if (set.size === 0 && watchers.get(url) === set) watchers.delete(url);
    },
    { once: true },
  );
}

/** The URL whose new answer watchers are being told about: reading it then does not revalidate it again. */
let delivering: string | undefined;

function notify(url: string): void {
  delivering = url;
  try {
    // Watchers read the new answer at once (synchronously, through getJson).
    for (const changed of [...(watchers.get(url) ?? [])]) changed();
  } finally {
    delivering = undefined;
  }
}

/** GETs a JSON document, sharing the request and its answer with every other caller of the same URL. */
export function getJson(url: string, options: RequestOptions): Promise<unknown> {
  const { signal } = options;
  const cached = answers.get(url);
  if (cached) {
    subscribe(url, signal);
    if (performance.now() >= cached.freshUntil && delivering !== url) revalidate(url, options);
    return Promise.resolve(cached.json);
  }
  // A caller that has already left starts nothing: the request would have no one to abort it.
  if (signal?.aborted) return Promise.reject(signal.reason);
  subscribe(url, signal);
  let shared = inFlight.get(url);
  if (!shared) {
    const controller = new AbortController();
    const started = generation;
    const entry: InFlight = {
      controller,
      callers: 0,
      promise: fetchJson(url, controller.signal, options).then(({ json, freshFor }) => {
        if (started === generation) store(url, json, freshFor);
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

/** POSTs without a body and reads a JSON answer. Never cached, shared or retried. */
export async function postJson(url: string, options: RequestOptions): Promise<unknown> {
  const { json } = await attempt(url, 'POST', options.signal, AbortSignal.timeout(options.timeout), options);
  return json;
}

function store(url: string, json: unknown, freshFor: number): void {
  answers.set(url, { json, freshUntil: performance.now() + freshFor });
}

/** Refreshes a stale answer in the background. Nobody waits for it, so nobody aborts it. */
function revalidate(url: string, options: RequestOptions): void {
  if (revalidating.has(url) || inFlight.has(url)) return;
  revalidating.add(url);
  const started = generation;
  fetchJson(url, new AbortController().signal, options)
    .then(
      ({ json, freshFor }) => {
        if (started !== generation) return;
        const before = answers.get(url);
        store(url, json, freshFor);
        if (before && JSON.stringify(before.json) !== JSON.stringify(json)) notify(url);
      },
      // The stale answer stays: a failed refresh is not worth an error on screen.
      () => {},
    )
    .finally(() => revalidating.delete(url));
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

/** One GET, retried on network errors and 5xx, all within one deadline. */
async function fetchJson(url: string, signal: AbortSignal, options: RequestOptions): Promise<Fetched> {
  const deadline = AbortSignal.timeout(options.timeout);
  const ends = performance.now() + options.timeout;
  const retries = Math.min(MAX_RETRIES, options.retries ?? DEFAULT_RETRIES);
  for (let retry = 0; ; retry++) {
    try {
      return await attempt(url, 'GET', signal, deadline, options);
    } catch (error) {
      if (retry >= retries || !retryable(error)) throw error;
      const wait = delayBefore(retry, error, options.retryDelay ?? DEFAULT_RETRY_DELAY);
      // A retry that could not finish before the deadline is not worth starting.
      if (wait === undefined || performance.now() + wait >= ends) throw error;
      if (!(await sleep(wait, signal))) throw signal.reason;
    }
  }
}

function retryable(error: unknown): error is NewsError {
  return error instanceof NewsError && (error.code === 'network' || (error.code === 'http' && (error.status ?? 0) >= 500));
}

/** Milliseconds to wait before retry number `retry` (0-based), or undefined to give up now. */
function delayBefore(retry: number, error: NewsError, base: number): number | undefined {
  const ceiling = base * 2 ** retry;
  const backoff = ceiling / 2 + (Math.random() * ceiling) / 2;
  if (error.retryAfter === undefined) return backoff;
  return error.retryAfter > MAX_RETRY_AFTER ? undefined : Math.max(error.retryAfter, backoff);
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

async function attempt(
  url: string,
  method: 'GET' | 'POST',
  signal: AbortSignal | undefined,
  deadline: AbortSignal,
  options: RequestOptions,
): Promise<Fetched> {
  const combined = signal ? AbortSignal.any([signal, deadline]) : deadline;
  const failed = (error: unknown) => translate(error, url, deadline, options.timeout);
  let response: Response;
  try {
    response = await fetchImpl(url, { method, signal: combined, headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch (error) {
    const translated = failed(error);
    throw translated instanceof NewsError && translated.code === 'network' && method === 'GET'
      ? await diagnose(url, combined, signal, translated)
      : translated;
  }
  const discard = () => void response.body?.cancel().catch(() => {});
  if (!response.ok) {
    // The body of a failure is not needed: drop it so the connection can be reused.
    discard();
    const { status } = response;
    if (status === 404) throw new NewsError('not-found', `Nothing at ${url} (HTTP 404).`, { status, url });
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    const later = retryAfter === undefined ? '' : ` It asked to retry after ${Math.ceil(retryAfter / 1000)} s.`;
    throw new NewsError('http', `HTTP ${status} from ${url}.${later}`, { status, url, retryAfter });
  }
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  if (!isJsonType(type)) {
    discard();
    const page = type === 'text/html' ? ' (a web page: is the endpoint URL right?)' : '';
    throw new NewsError('wrong-type', `The answer from ${url} is ${type || 'of no type'}, not application/json${page}.`, { url });
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  if (length > maxBytes) {
    discard();
    throw tooLarge(url, maxBytes, length);
  }
  let text: string;
  try {
    text = await readText(response, maxBytes, url);
  } catch (error) {
    throw error instanceof NewsError ? error : failed(error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new NewsError('invalid-json', `The answer from ${url} is not JSON.`, { url });
  }
  return { json, freshFor: freshness(response, options.freshness ?? DEFAULT_FRESHNESS) };
}

/** `application/json`, or any `…/…+json` (`application/feed+json`, `application/ld+json`). */
function isJsonType(type: string): boolean {
  return type === 'application/json' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+\+json$/.test(type);
}

/** Reads the body as UTF-8, counting bytes as they arrive; past `maxBytes` the read is cancelled. */
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      throw tooLarge(url, maxBytes);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

function tooLarge(url: string, maxBytes: number, length?: number): NewsError {
  return new NewsError('too-large', `The answer from ${url} is ${length ? `${length} bytes, ` : ''}over the ${maxBytes}-byte limit (maxBytes).`, { url });
}

/** Milliseconds an answer stays fresh: its `max-age` less its `Age`, else the default. */
function freshness(response: Response, fallback: number): number {
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(response.headers.get('Cache-Control') ?? '');
  if (!maxAge) return fallback;
  const age = Number(response.headers.get('Age')) || 0;
  return Math.max(0, Number(maxAge[1]) - age) * 1000;
}

/** `Retry-After` in ms: delta-seconds or an HTTP date. Readable cross-origin only when the endpoint exposes it. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function translate(error: unknown, url: string, deadline: AbortSignal, timeout: number): unknown {
  if (deadline.aborted) return new NewsError('timeout', `No answer from ${url} within ${timeout} ms.`, { url });
  if (isAbortError(error)) return error;
  return new NewsError('network', `Could not reach ${url} (offline or refused).`, { url });
}

/**
 * The browser says only "Failed to fetch", whatever happened. Two probes tell the cases apart:
 * the same request without following redirects (a redirect means the chain could not be
 * followed: a loop, or a hop CORS refuses), then an opaque `no-cors` request (an answer means the
 * server is there but does not allow this site to read it). Only an unreachable server is retried.
 */
async function diagnose(url: string, signal: AbortSignal, caller: AbortSignal | undefined, error: NewsError): Promise<unknown> {
  // Cut short by the deadline, the probes prove nothing: the failure stays a network error.
  const interrupted = () => (caller?.aborted ? caller.reason : error);
  const probe = async (init: RequestInit): Promise<Response | undefined> => {
    try {
      return await fetchImpl(url, { method: 'GET', credentials: 'omit', cache: 'no-store', signal, ...init });
    } catch {
      return undefined;
    }
  };
  const direct = await probe({ redirect: 'manual', headers: { Accept: 'application/json' } });
  if (signal.aborted) return interrupted();
  direct?.body?.cancel().catch(() => {});
  if (direct?.type === 'opaqueredirect') {
    return new NewsError('redirect', `${url} redirects without reaching an answer (a loop, or to a server refusing this site).`, { url });
  }
  if (direct) return error; // It answers now: the failure was passing, so it is worth a retry.
  const opaque = await probe({ mode: 'no-cors' });
  if (signal.aborted) return interrupted();
  opaque?.body?.cancel().catch(() => {});
  if (opaque) {
    return new NewsError('cors', `${url} answered without Access-Control-Allow-Origin for this site.`, { url });
  }
  return error;
}
