import type { NewsErrorCode, NewsErrorDetails } from './errors.js';

/**
 * What the client does when a request fails: find out what happened, say it in a message that
 * names the URL, and decide whether and when to try again; and what a failed query says (see
 * loaders.ts). A chunk of its own (see client.ts): a page whose requests all succeed never
 * downloads it. It imports nothing from the bundle (the client turns what it returns into a
 * NewsError, and hands it the fetch to probe with), so it works whatever URL the bundle was loaded
 * from.
 */

/** A NewsError to be: its code, message and details. */
export interface Failure {
  code: NewsErrorCode;
  message: string;
  details: NewsErrorDetails;
}

const failure = (code: NewsErrorCode, message: string, details: NewsErrorDetails): Failure => ({ code, message, details });

/** The longest `Retry-After` the client waits for before a retry; a longer one ends the attempts. */
export const MAX_RETRY_AFTER = 5_000;

export interface Unreachable {
  url: string;
  /** Whether the browser's refusal is worth probing (GETs only: a probe must have no side effects). */
  probe: boolean;
  /** The request's own signal: the caller's and the deadline's together. */
  signal: AbortSignal;
  caller: AbortSignal | undefined;
  deadline: AbortSignal;
  timeout: number;
  fetch: (url: string, init: RequestInit) => Promise<Response>;
}

/**
 * A request that got no answer, or whose answer stopped coming. Undefined when the caller left
 * while the probes ran: the caller's own abort is then the outcome.
 */
export async function unreachable({ url, probe, signal, caller, deadline, timeout, fetch }: Unreachable): Promise<Failure | undefined> {
  if (deadline.aborted) return failure('timeout', `No answer from ${url} within ${timeout} ms.`, { url });
  const error = failure('network', `Could not reach ${url} (offline or refused).`, { url });
  return probe ? diagnose(url, signal, caller, error, fetch) : error;
}

/** An answer that came but cannot be used: an error status, a type other than JSON, or too many bytes. */
export function refused(response: Response, url: string, type: string, isJson: boolean, maxBytes: number, length: number): Failure {
  const { status } = response;
  if (status === 404) return failure('not-found', `Nothing at ${url} (HTTP 404).`, { status, url });
  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
    const later = retryAfter === undefined ? '' : ` It asked to retry after ${Math.ceil(retryAfter / 1000)} s.`;
    return failure('http', `HTTP ${status} from ${url}.${later}`, { status, url, retryAfter });
  }
  if (!isJson) {
    const page = type === 'text/html' ? ' (a web page: is the endpoint URL right?)' : '';
    return failure('wrong-type', `The answer from ${url} is ${type || 'of no type'}, not application/json${page}.`, { url });
  }
  return tooLarge(url, maxBytes, length);
}

export function tooLarge(url: string, maxBytes: number, length?: number): Failure {
  return failure('too-large', `The answer from ${url} is ${length ? `${length} bytes, ` : ''}over the ${maxBytes}-byte limit (maxBytes).`, { url });
}

/** An answer that could not be read as JSON: too long to read (`text` undefined), or not JSON. */
export function unreadable(url: string, text: string | undefined, maxBytes: number): Failure {
  return text === undefined ? tooLarge(url, maxBytes) : failure('invalid-json', `The answer from ${url} is not JSON.`, { url });
}

/**
 * Milliseconds to wait before retry number `retry` (0-based) after `error`, or undefined when it is
 * not worth retrying: only network errors and 5xx are; a `Retry-After` over `MAX_RETRY_AFTER` ends
 * the attempts. Exponential backoff with jitter, from `base`.
 */
export function retryWait(error: Pick<Failure['details'], 'status' | 'retryAfter'> & { code: string }, retry: number, base: number): number | undefined {
  if (!(error.code === 'network' || (error.code === 'http' && (error.status ?? 0) >= 500))) return undefined;
  const ceiling = base * 2 ** retry;
  const backoff = ceiling / 2 + (Math.random() * ceiling) / 2;
  if (error.retryAfter === undefined) return backoff;
  return error.retryAfter > MAX_RETRY_AFTER ? undefined : Math.max(error.retryAfter, backoff);
}

/**
 * Retries a failed GET (`again`) after `error`, its first failure, at most `retries` times in all,
 * waiting as `retryWait` says; a retry that could not finish before `ends` (the deadline, as
 * `performance.now()`) is not worth starting. Throws the last error, or the abort reason of `signal`.
 */
export async function retry<T>(again: () => Promise<T>, error: unknown, retries: number, base: number, ends: number, signal: AbortSignal): Promise<T> {
  for (let count = 0; ; ) {
    // An error of another kind (the caller's abort) has no code to retry: it is thrown as it came.
    const wait = retryWait(error as Parameters<typeof retryWait>[0], count, base);
    if (wait === undefined || performance.now() + wait >= ends) throw error;
    if (!(await pause(wait, signal))) throw signal.reason;
    try {
      return await again();
    } catch (next) {
      if (++count >= retries) throw next;
      error = next;
    }
  }
}

/** Resolves true after `ms`, or false as soon as `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<boolean> {
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

/** `Retry-After` in ms: delta-seconds or an HTTP date. Readable cross-origin only when the endpoint exposes it. */
function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** The codes an adapter may throw (an `AdapterError`); any other failure is its own. */
const ADAPTER_CODES: readonly (string | undefined)[] = ['config', 'not-found', 'invalid-response'];

/**
 * A failure while answering a query, named after `url`, the last document read: a NewsError
 * (`isNewsError`: the contract's, an endpoint's) keeps its code, message, field and status; an
 * `AdapterError` its code, message and field; anything else is an adapter that could not read its answer.
 */
export function queryFailed(error: unknown, isNewsError: boolean, provider: string, url: string | undefined): Failure {
  const { code, field, message, status } = (error ?? {}) as Partial<Failure['details'] & Failure>;
  if (isNewsError) return failure(code!, message!, { field, status, url });
  if (ADAPTER_CODES.includes(code)) return failure(code!, String(message), { field, url });
  return failure('invalid-response', `The ${provider} adapter could not read ${url ?? 'its answer'}: ${String(message ?? error)}`, { url });
}

/**
 * The browser says only "Failed to fetch", whatever happened. Two probes tell the cases apart:
 * the same request without following redirects (a redirect means the chain could not be
 * followed: a loop, or a hop CORS refuses), then an opaque `no-cors` request (an answer means the
 * server is there but does not allow this site to read it). Only an unreachable server is retried.
 */
async function diagnose(
  url: string,
  signal: AbortSignal,
  caller: AbortSignal | undefined,
  error: Failure,
  fetch: Unreachable['fetch'],
): Promise<Failure | undefined> {
  // Cut short by the deadline, the probes prove nothing: the failure stays a network error.
  const interrupted = () => (caller?.aborted ? undefined : error);
  const probe = async (init: RequestInit): Promise<Response | undefined> => {
    try {
      return await fetch(url, { method: 'GET', credentials: 'omit', cache: 'no-store', signal, ...init });
    } catch {
      return undefined;
    }
  };
  const direct = await probe({ redirect: 'manual', headers: { Accept: 'application/json' } });
  if (signal.aborted) return interrupted();
  direct?.body?.cancel().catch(() => {});
  if (direct?.type === 'opaqueredirect') {
    return failure('redirect', `${url} redirects without reaching an answer (a loop, or to a server refusing this site).`, { url });
  }
  if (direct) return error; // It answers now: the failure was passing, so it is worth a retry.
  const opaque = await probe({ mode: 'no-cors' });
  if (signal.aborted) return interrupted();
  opaque?.body?.cancel().catch(() => {});
  if (opaque) {
    return failure('cors', `${url} answered without Access-Control-Allow-Origin for this site.`, { url });
  }
  return error;
}
