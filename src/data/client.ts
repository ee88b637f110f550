import { MAX_RETRIES } from '../config.js';
import { NewsError, isAbortError } from './errors.js';
import type * as Failures from './failures.js';

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
 * - The cache is bounded: at most `cacheEntries` answers and `cacheBytes` of their text, the least
 *   recently used forgotten first, except the answers that elements on the page are watching (see
 *   `watch`): a revalidation must still find what they show, to tell them when it changes.
 * - Cached answers are fresh for the answer's `Cache-Control: max-age` (less its `Age`), else for
 *   `freshness` ms. A stale answer is still returned at once, while one request revalidates it in
 *   the background (stale-while-revalidate); if that fails the stale answer stays, and if it brings a
 *   changed answer, the callers watching the URL (see `watch`) are told.
 * - A request the browser refuses without saying why (a TypeError) is diagnosed with up to two
 *   probes: a redirect it could not follow (`redirect`), an answer CORS withholds (`cors`), or an
 *   unreachable server (`network`).
 * - Everything a failure needs (its diagnosis, its message, the retries) is in
 *   failures.ts, a chunk loaded at the first failure: pages whose requests succeed never download it.
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
  /** Answers the cache keeps, at most. Default 100. */
  cacheEntries?: number;
  /** Characters of JSON text (about bytes) the cached answers may hold together. Default 2 MiB. */
  cacheBytes?: number;
}

export const DEFAULT_RETRIES = 2;
export const DEFAULT_RETRY_DELAY = 250;
export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_FRESHNESS = 60_000;
export const DEFAULT_CACHE_ENTRIES = 100;
export const DEFAULT_CACHE_BYTES = 2 * 1024 * 1024;
type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

interface InFlight {
  promise: Promise<unknown>;
  controller: AbortController;
  callers: number;
}

interface Fetched {
  json: unknown;
  /** Milliseconds the answer stays fresh. */
  freshFor: number;
  /** The length of its text: what it counts for in `cacheBytes`. */
  size: number;
}

interface Answer extends Fetched {
  /** `performance.now()` after which the answer is stale. */
  freshUntil: number;
}

/** The cached answers, least recently used first (a Map keeps its order of insertion; a hit moves its answer to the end). */
const answers = new Map<string, Answer>();
const inFlight = new Map<string, InFlight>();
/** Bumped by clearCache(), so that a revalidation started before it does not refill the cache. */
let generation = 0;
/** The page's `fetch` as it is when a request starts (a host may wrap it after this module loads). */
const pageFetch: FetchLike = (input, init) => fetch(input, init);
let fetchImpl = pageFetch;

/** Replaces `fetch` for every request (a host's instrumented fetch, or a test of the client). */
export function setFetch(impl: FetchLike | undefined): void {
  fetchImpl = impl ?? pageFetch;
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
  // A caller that has already left is not subscribed.
  subscribe(url, signal);
  if (cached) {
    // Now the most recently used.
    answers.delete(url);
    answers.set(url, cached);
    // A stale answer is still answered at once, while one request refreshes it in the background.
    // Nobody waits for that request, so nobody aborts it. If it fails, the stale answer stays (a
    // failed refresh is not worth an error on screen); if it brings a change, the watchers are told.
    if (performance.now() >= cached.freshUntil && delivering !== url && !inFlight.has(url)) {
      share(url, options).promise.then((json) => JSON.stringify(json) !== JSON.stringify(cached.json) && notify(url), () => {});
    }
    return Promise.resolve(cached.json);
  }
  // A caller that has already left starts nothing: the request would have no one to abort it.
  if (signal?.aborted) return Promise.reject(signal.reason);
  return join(url, inFlight.get(url) ?? share(url, options), signal);
}

/** Starts the one request for a URL, which callers then join; its answer is cached. */
function share(url: string, options: RequestOptions): InFlight {
  const controller = new AbortController();
  const started = generation;
  const entry: InFlight = {
    controller,
    callers: 0,
    promise: fetchJson(url, controller.signal, options).then((fetched) => {
      if (started === generation) store(url, fetched, options);
      return fetched.json;
    }),
  };
  // Errors are not cached: Retry must reach the network again.
  entry.promise.finally(() => inFlight.get(url) === entry && inFlight.delete(url)).catch(() => {});
  inFlight.set(url, entry);
  return entry;
}

/** POSTs without a body and reads a JSON answer. Never cached, shared or retried. */
export async function postJson(url: string, options: RequestOptions): Promise<unknown> {
  const { json } = await attempt(url, 'POST', options.signal, AbortSignal.timeout(options.timeout), options);
  return json;
}

/**
 * Caches an answer, then keeps, from the most recently used down, only as many answers as fit in
 * `cacheEntries` and `cacheBytes`. An answer that an element on the page watches stays (and
 * counts): it is what that element shows, and a revalidation must find it to tell it of a change.
 */
function store(url: string, fetched: Fetched, options: RequestOptions): void {
  answers.delete(url);
  answers.set(url, { ...fetched, freshUntil: performance.now() + fetched.freshFor });
  let entries = options.cacheEntries ?? DEFAULT_CACHE_ENTRIES;
  let bytes = options.cacheBytes ?? DEFAULT_CACHE_BYTES;
  for (const [key, { size }] of [...answers].reverse()) {
    if ((--entries < 0 || (bytes -= size) < 0) && !watchers.has(key)) answers.delete(key);
  }
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
  const once = () => attempt(url, 'GET', signal, deadline, options);
  try {
    return await once();
  } catch (error) {
    const retries = Math.min(MAX_RETRIES, options.retries ?? DEFAULT_RETRIES);
    // Only the client's own errors are worth a retry: an abort is the caller leaving.
    const failures = retries > 0 && error instanceof NewsError ? await loadFailures() : undefined;
    if (!failures) throw error;
    return failures.retry(once, error, retries, options.retryDelay ?? DEFAULT_RETRY_DELAY, ends, signal);
  }
}

let failuresModule: Promise<typeof Failures | undefined> | undefined;

/** The failure chunk; undefined when it cannot be loaded (offline, say), and then tried again next time. */
export function loadFailures(): Promise<typeof Failures | undefined> {
  return (failuresModule ??= import('./failures.js').catch(() => (failuresModule = undefined)));
}

/**
 * The error to throw for a failure, as failures.ts explains it (a plain network error when it cannot
 * be loaded); `caller`'s abort reason when the caller left while it was being explained.
 */
async function explain(
  url: string,
  describe: (failures: typeof Failures) => Failures.Failure | Promise<Failures.Failure | undefined>,
  caller?: AbortSignal,
): Promise<unknown> {
  const failures = await loadFailures();
  const failure = failures ? await describe(failures) : { code: 'network' as const, message: `Could not reach ${url}.`, details: { url } };
  return failure ? new NewsError(failure.code, failure.message, failure.details) : caller?.reason;
}

async function attempt(
  url: string,
  method: 'GET' | 'POST',
  signal: AbortSignal | undefined,
  deadline: AbortSignal,
  options: RequestOptions,
): Promise<Fetched> {
  const combined = signal ? eitherSignal(signal, deadline) : deadline;
  // An abort by the caller is the caller's own doing: it goes back as it came.
  const failed = (error: unknown, probe: boolean) =>
    isAbortError(error) && !deadline.aborted
      ? error
      : explain(
          url,
          (f) => f.unreachable({ url, probe: probe && method === 'GET', signal: combined, caller: signal, deadline, timeout: options.timeout, fetch: fetchImpl }),
          signal,
        );
  let response: Response;
  try {
    response = await fetchImpl(url, { method, signal: combined, headers: { Accept: 'application/json' }, credentials: 'omit' });
  } catch (error) {
    throw await failed(error, true);
  }
  const type = (response.headers.get('Content-Type') ?? '').split(';')[0].trim().toLowerCase();
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const length = Number(response.headers.get('Content-Length') ?? NaN);
  const isJson = isJsonType(type);
  if (!response.ok || !isJson || length > maxBytes) {
    // The body of a failure is not needed: dropping it lets the connection be reused.
    response.body?.cancel().catch(() => {});
    throw await explain(url, (f) => f.refused(response, url, type, isJson, maxBytes, length));
  }
  let text: string | undefined;
  try {
    text = await readText(response, maxBytes);
  } catch (error) {
    throw await failed(error, false);
  }
  let json: unknown;
  try {
    // Nothing to parse (undefined) when the answer was cut off at maxBytes.
    json = JSON.parse(text!);
  } catch {
    throw await explain(url, (f) => f.unreadable(url, text, maxBytes));
  }
  return { json, freshFor: freshness(response, options.freshness ?? DEFAULT_FRESHNESS), size: text!.length };
}

/**
 * A signal that aborts when either does, with that one's reason: what `AbortSignal.any` does, made
 * by hand in every browser (Safari before 17.4 and Firefox before 124 lack it, so the bundle needs
 * this anyway). The listeners go when the result aborts, and it does at the latest when the
 * deadline passes.
 */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  const either = new AbortController();
  for (const signal of [a, b]) {
    if (signal.aborted) either.abort(signal.reason);
    else signal.addEventListener('abort', () => either.abort(signal.reason), { once: true, signal: either.signal });
  }
  return either.signal;
}

/** `application/json`, or any `…/…+json` (`application/feed+json`, `application/ld+json`). */
function isJsonType(type: string): boolean {
  return type === 'application/json' || /^[a-z0-9!#$&^_.-]+\/[a-z0-9!#$&^_.+-]+\+json$/.test(type);
}

/**
 * Reads the body as UTF-8, counting bytes as they arrive; past `maxBytes` the read is cancelled and
 * the result is undefined.
 */
async function readText(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    total += value.byteLength;
    if (total > maxBytes) {
      reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
}

/** Milliseconds an answer stays fresh: its `max-age` less its `Age`, else the default. */
function freshness(response: Response, fallback: number): number {
  const maxAge = /(?:^|,)\s*max-age\s*=\s*"?(\d+)"?/i.exec(response.headers.get('Cache-Control') ?? '');
  if (!maxAge) return fallback;
  const age = Number(response.headers.get('Age')) || 0;
  return Math.max(0, Number(maxAge[1]) - age) * 1000;
}
