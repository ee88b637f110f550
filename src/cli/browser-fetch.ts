/**
 * Node's `fetch` made to behave as a browser's would for a page on `origin`, and to write down
 * everything it saw: the widgets' own client (src/data/client.ts) runs on it, so the check reaches
 * the verdict the widgets would reach in that page. Node enforces no CORS; this does, as the Fetch
 * Standard says: `Origin` on every cross-origin request, `Access-Control-Allow-Origin` checked on
 * every answer and redirect, a preflight when the request needs one, redirects followed by hand
 * (20 at most, as browsers do), and a network error (a bare TypeError, as browsers give) for any
 * of them that fails. The client then tells the cases apart by its own probes, as it does in a page.
 */
/// <reference types="node" />

/** One request as the check saw it. */
export interface Exchange {
  method: string;
  url: string;
  /** A probe of the client's failure diagnosis (`no-cors`, or redirects not followed), not a request of an element. */
  probe: boolean;
  /** The answer's status (the last answer's, after redirects); undefined when none came. */
  status?: number;
  headers?: Headers;
  /** Redirects followed: where each went. */
  redirects: string[];
  /** Whether the answer may be read by the page: `same-origin`, `allowed` (by CORS), or `blocked`. */
  cors?: 'same-origin' | 'allowed' | 'blocked';
  /** The value of `Access-Control-Allow-Origin` on the answer that was blocked. */
  allowOrigin?: string | null;
  /** The preflight, when the request needed one. */
  preflight?: { status?: number; allowed: boolean; reason?: string };
  /** Why no answer came (the network error's cause), or why the browser would refuse it. */
  failure?: string;
  /** `performance.now()` at the start, at the answer's headers, at its end. */
  started: number;
  answered?: number;
  ended?: number;
  /** Bytes of the body read (decoded), and the body itself, up to a cap. */
  bytes: number;
  body?: string;
}

/** The most of a body kept for the report (the client's own cap is 2 MiB). */
const KEPT_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const SAFELISTED_METHODS = new Set(['GET', 'HEAD', 'POST']);
const SAFELISTED_TYPES = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** The request headers that need no preflight (the Fetch Standard's CORS-safelisted request headers). */
function safelisted(name: string, value: string): boolean {
  if (value.length > 128) return false;
  switch (name) {
    case 'accept':
    case 'accept-language':
    case 'content-language':
      return true;
    case 'content-type':
      return SAFELISTED_TYPES.has(value.split(';')[0].trim().toLowerCase());
    default:
      return false;
  }
}

/** Whether `Access-Control-Allow-Origin` lets a page on `origin` read a request made without credentials. */
export const allows = (allowOrigin: string | null, origin: string): boolean => allowOrigin?.trim() === '*' || allowOrigin?.trim() === origin;

/** A list header (`Access-Control-Allow-Methods: GET, POST`) as lowercase names. */
const listed = (value: string | null) => (value ?? '').split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);

/** A network error as browsers give it: no detail for the page, whatever the reason. */
const networkError = () => new TypeError('Failed to fetch');

/** The cause Node gives for a failed request (`ECONNREFUSED`, `getaddrinfo ENOTFOUND …`). */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/**
 * A `fetch` for a page on `origin` (undefined: the endpoint's own origin, where CORS never applies)
 * that hands each request it makes to `record` as it starts, and fills it in as it goes.
 */
export function browserFetch(origin: string | undefined, record: (exchange: Exchange) => void, fetch: FetchLike = globalThis.fetch): FetchLike {
  return async (input, init) => {
    const mode = init.mode ?? 'cors';
    let method = (init.method ?? 'GET').toUpperCase();
    const exchange: Exchange = { method, url: input, probe: mode === 'no-cors' || init.redirect === 'manual', redirects: [], started: performance.now(), bytes: 0 };
    record(exchange);
    const headers = new Headers(init.headers);
    let url = input;
    const crossOrigin = () => origin !== undefined && new URL(url).origin !== origin;
    const enforced = () => crossOrigin() && mode === 'cors';

    if (enforced() && !(await preflight(exchange, url, method, headers, init.signal, origin!, fetch))) throw networkError();

    let response: Response;
    for (;;) {
      if (enforced()) headers.set('Origin', origin!);
      try {
        response = await fetch(url, { method, headers, signal: init.signal, redirect: 'manual' });
      } catch (error) {
        if (init.signal?.aborted) throw error;
        exchange.failure = causeOf(error);
        throw networkError();
      }
      exchange.answered = performance.now();
      exchange.status = response.status;
      exchange.headers = response.headers;
      const location = REDIRECTS.has(response.status) ? response.headers.get('Location') : null;
      if (location && init.redirect === 'manual') {
        // What a page gets for a redirect it asked not to follow: an opaque redirect, whatever its headers.
        await response.body?.cancel();
        return Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
      }
      if (enforced()) {
        const allowOrigin = response.headers.get('Access-Control-Allow-Origin');
        if (!allows(allowOrigin, origin!)) {
          exchange.cors = 'blocked';
          exchange.allowOrigin = allowOrigin;
          // Read anyway, for the report: what the page would have got, had it been allowed.
          if (!location) await keep(exchange, response);
          else await response.body?.cancel();
          throw networkError();
        }
        exchange.cors = 'allowed';
      } else if (mode === 'cors') {
        exchange.cors = 'same-origin';
      }
      if (!location) break;
      await response.body?.cancel();
      const next = new URL(location, url).href;
      // A browser follows a loop to its 20th redirect and fails; back where it was, it can only fail.
      if (next === input || exchange.redirects.includes(next)) {
        exchange.failure = `a redirect loop: ${[input, ...exchange.redirects, next].join(' → ')}`;
        throw networkError();
      }
      if (exchange.redirects.length >= MAX_REDIRECTS) {
        exchange.failure = `more than ${MAX_REDIRECTS} redirects, from ${input} to ${next}`;
        throw networkError();
      }
      url = next;
      exchange.redirects.push(url);
      // As browsers do: 303, and 301 or 302 after a POST, go on as a GET.
      if (response.status === 303 ? method !== 'HEAD' : (response.status === 301 || response.status === 302) && method === 'POST') method = 'GET';
    }
    if (mode === 'no-cors') {
      // An opaque answer: the client only learns that one came.
      await response.body?.cancel();
      exchange.ended = performance.now();
      return new Response(null, { status: 200 });
    }
    return counted(exchange, response, enforced());
  };
}

/** The response headers every page may read (the Fetch Standard's CORS-safelisted response header names). */
const SAFELISTED_RESPONSE_HEADERS = new Set(['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']);

/** The headers of a cross-origin answer that its page may read: the safelisted ones, and those it exposes. */
function readable(headers: Headers): Headers {
  const exposed = listed(headers.get('Access-Control-Expose-Headers'));
  return new Headers([...headers].filter(([name]) => SAFELISTED_RESPONSE_HEADERS.has(name) || exposed.includes('*') || exposed.includes(name)));
}

/** The preflight a request needs, if it needs one: sent, checked and written down. False when the browser would stop there. */
async function preflight(exchange: Exchange, url: string, method: string, headers: Headers, signal: AbortSignal | null | undefined, origin: string, fetch: FetchLike): Promise<boolean> {
  const unsafe = [...headers].filter(([name, value]) => name !== 'origin' && !safelisted(name, value)).map(([name]) => name).sort();
  if (SAFELISTED_METHODS.has(method) && unsafe.length === 0) return true;
  const asked = new Headers({ Origin: origin, 'Access-Control-Request-Method': method });
  if (unsafe.length) asked.set('Access-Control-Request-Headers', unsafe.join(','));
  let response: Response;
  try {
    response = await fetch(url, { method: 'OPTIONS', headers: asked, signal, redirect: 'manual' });
  } catch (error) {
    if (signal?.aborted) throw error;
    exchange.preflight = { allowed: false, reason: `no answer (${causeOf(error)})` };
    return false;
  }
  await response.body?.cancel();
  const methods = listed(response.headers.get('Access-Control-Allow-Methods'));
  const allowedHeaders = listed(response.headers.get('Access-Control-Allow-Headers'));
  const missing = unsafe.find((name) => !allowedHeaders.includes('*') && !allowedHeaders.includes(name));
  const reason = !response.ok
    ? `HTTP ${response.status}`
    : !allows(response.headers.get('Access-Control-Allow-Origin'), origin)
      ? 'no Access-Control-Allow-Origin for this site'
      : !SAFELISTED_METHODS.has(method) && !methods.includes('*') && !methods.includes(method.toLowerCase())
        ? `Access-Control-Allow-Methods does not list ${method}`
        : missing && `Access-Control-Allow-Headers does not list ${missing}`;
  exchange.preflight = { status: response.status, allowed: !reason, reason: reason || undefined };
  return !reason;
}

/** Keeps what fits of a body for the report. */
function collect(exchange: Exchange): { add(chunk: Uint8Array): void; done(): void } {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let kept = 0;
  return {
    add(chunk) {
      exchange.bytes += chunk.byteLength;
      if (kept + chunk.byteLength > KEPT_BYTES) return;
      kept += chunk.byteLength;
      parts.push(decoder.decode(chunk, { stream: true }));
    },
    done() {
      parts.push(decoder.decode());
      exchange.body = parts.join('');
      exchange.ended = performance.now();
    },
  };
}

/** Reads a body the page will never see (a blocked answer), up to the cap. */
async function keep(exchange: Exchange, response: Response): Promise<void> {
  const body = collect(exchange);
  const reader = response.body?.getReader();
  try {
    for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
      body.add(read.value);
      if (exchange.bytes > KEPT_BYTES) break;
    }
  } catch {
    // Cut off: what came is what there is.
  } finally {
    await reader?.cancel().catch(() => {});
    body.done();
  }
}

/** The answer as the client gets it (with the headers its page may read), its body counted (and kept) as the client reads it. */
function counted(exchange: Exchange, response: Response, crossOrigin: boolean): Response {
  const headers = crossOrigin ? readable(response.headers) : response.headers;
  if (!response.body || NULL_BODY.has(response.status)) {
    exchange.ended = performance.now();
    exchange.body = '';
    return new Response(null, { status: response.status, statusText: response.statusText, headers });
  }
  const body = collect(exchange);
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      body.add(chunk);
      controller.enqueue(chunk);
    },
    flush: () => body.done(),
  });
  return new Response(response.body.pipeThrough(counter), { status: response.status, statusText: response.statusText, headers });
}
