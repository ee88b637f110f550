/**
 * One line of advice for each problem `news-widgets check` finds: what is wrong, and what to change
 * (the header to add, the field to fix and what it should be). Errors stop an element; warnings
 * are what works but costs the endpoint or its readers (no caching, slow answers).
 */
import type { Provider } from '../config.js';
import { DEFAULT_MAX_BYTES } from '../data/client.js';
import type { NewsError } from '../data/errors.js';
import type { Exchange } from './browser-fetch.js';
import type { ElementReport, RequestReport } from './check.js';

export interface Problem {
  severity: 'error' | 'warning';
  topic: 'http' | 'type' | 'cors' | 'cache' | 'content' | 'time' | 'size' | 'config';
  /** What it is about: a request (`GET articles/x`) or a field (`publishedAt`); none for the element as a whole. */
  subject?: string;
  /** What is wrong, then what to do. */
  text: string;
}

export interface Context {
  endpoint: string;
  provider: Provider;
  /** The page's origin the check stands for. */
  origin: string;
  /** True when no --origin was given: the origin is a stand-in for any site. */
  anySite: boolean;
  timeout: number;
}

/** Answers slower than this keep readers looking at a skeleton long enough to notice. */
const SLOW_MS = 1000;

/** A URL as short as it can be said: relative to the endpoint when it is under it. */
export function shortUrl(url: string, endpoint: string): string {
  const base = endpoint.endsWith('/') ? endpoint : `${endpoint}/`;
  return url.startsWith(base) && url.length > base.length ? url.slice(base.length) : url;
}

const error = (topic: Problem['topic'], subject: string | undefined, text: string): Problem => ({ severity: 'error', topic, subject, text });
const warning = (topic: Problem['topic'], subject: string | undefined, text: string): Problem => ({ severity: 'warning', topic, subject, text });

/** The header that lets the embedding page read an answer. */
const allowHeader = ({ origin, anySite }: Context) =>
  `\`Access-Control-Allow-Origin: *\` (or ${anySite ? 'the embedding site\'s origin' : `\`${origin}\``}, with \`Vary: Origin\`)`;

/** What to do about the error an element would show. */
export function advise(failure: NewsError, report: ElementReport, exchanges: Exchange[], context: Context): Problem[] {
  const requests = exchanges.filter((exchange) => !exchange.probe);
  const last = requests.at(-1);
  const subject = (exchange?: Exchange) => (exchange ? `${exchange.method} ${shortUrl(exchange.url, context.endpoint)}` : undefined);
  switch (failure.code) {
    case 'cors': {
      const blocked = requests.find((exchange) => exchange.cors === 'blocked' || exchange.preflight?.allowed === false) ?? last;
      if (blocked?.preflight?.allowed === false) {
        return [
          error('cors', subject(blocked), `its preflight failed (${blocked.preflight.reason}): answer OPTIONS there with 204, ${allowHeader(context)} and \`Access-Control-Allow-Methods: ${blocked.method}\`.`),
        ];
      }
      const hop = blocked?.redirects.length ? `the redirect to ${blocked.redirects.at(-1)} ` : '';
      const got = blocked?.allowOrigin ? `${hop}allows only ${blocked.allowOrigin}, not ${context.origin}` : `no Access-Control-Allow-Origin${hop && ` on ${hop.trim()}`}`;
      return [error('cors', subject(blocked), `${got}, so the browser keeps the answer from the page: add ${allowHeader(context)}.`)];
    }
    case 'redirect': {
      const looping = requests.find((exchange) => exchange.failure?.includes('redirect')) ?? last;
      const how = looping?.failure?.replaceAll(context.endpoint, '') ?? 'redirects that lead nowhere';
      return [error('http', subject(looping), `${how}: answer where it is asked, or give the endpoint where the redirects end.`)];
    }
    case 'network': {
      const cause = requests.find((exchange) => exchange.failure)?.failure;
      return [error('http', subject(last), `no answer${cause ? ` (${cause})` : ''}: is the server running, and is the endpoint URL right?`)];
    }
    case 'timeout':
      return [error('time', subject(last), `no whole answer within ${context.timeout} ms, when the widgets give up: answer faster, or check that it answers at all.`)];
    case 'not-found':
      return [error('http', subject(last), notFound(failure, report, context))];
    case 'http':
      return [error('http', subject(last), httpAdvice(failure.status ?? last?.status ?? 0, last, context))];
    case 'wrong-type': {
      const type = last?.headers?.get('Content-Type') ?? 'no Content-Type';
      const page = /html/i.test(type) ? ' It is a web page: the endpoint is the base URL of the API (as https://example.com/api/), not a page of the site.' : '';
      return [error('type', subject(last), `sent as ${type}: send \`Content-Type: application/json\`.${page}`)];
    }
    case 'too-large':
      return [error('size', subject(last), `over the widgets' limit of ${DEFAULT_MAX_BYTES / 1024 / 1024} MiB (${size(Math.max(last?.bytes ?? 0, lengthOf(last)))}): send fewer items (honour \`limit\`) or shorter bodies.`)];
    case 'invalid-json':
      return [error('content', subject(last), `not JSON (${jsonError(last?.body)}): send the whole document, as valid JSON.`)];
    case 'invalid-response':
      if (report.schemaErrors.length) {
        // The schema lists every error; the widgets stop at the first, which is one of them.
        return report.schemaErrors.map((found) => error('content', found.field, found.text));
      }
      return [error('content', subject(last), context.provider === 'native' ? failure.message : `${failure.message} (as the ${context.provider} adapter reads it)`)];
    case 'config':
      return [error('config', undefined, configAdvice(failure, context))];
  }
}

function notFound(failure: NewsError, report: ElementReport, context: Context): string {
  if (context.provider !== 'native') return `${failure.message} Check the endpoint URL${report.id === 'article' ? ' and --slug' : ''}.`;
  switch (report.id) {
    case 'article':
      return 'HTTP 404: check the endpoint URL (the widgets ask for <endpoint>articles/{slug}) and --slug.';
    case 'author':
      return 'HTTP 404, though the article names this author: serve GET authors/{slug} for every author an article names.';
    case 'list':
      return 'HTTP 404: check the endpoint URL (the widgets ask for <endpoint>articles/{slug}, <endpoint>tags, …), or pass --slug.';
    default:
      return 'HTTP 404: serve it as the content contract says.';
  }
}

function httpAdvice(status: number, last: Exchange | undefined, context: Context): string {
  if (status >= 500) return `HTTP ${status}: the server failed; its log should say why.`;
  if (status === 401 || status === 403) {
    const key = context.provider === 'ghost' ? ' For Ghost, pass the site\'s Content API key with --api-key.' : '';
    return `HTTP ${status}: refused, but the widgets send no cookies or credentials, so it must answer anyone.${key}`;
  }
  if (status === 405) return `HTTP 405: allow ${last?.method ?? 'it'} there.`;
  if (status === 400) return 'HTTP 400: accept the query the widgets send.';
  return `HTTP ${status}: answer it with 200 and the document.`;
}

function configAdvice(failure: NewsError, context: Context): string {
  if (failure.field === 'api-key') return `${failure.message.replace(/ an api-key attribute or configure\(\{ apiKey \}\)/, ' a Content API key')} Pass it with --api-key.`;
  if (failure.field === 'endpoint') return `${failure.message} (the endpoint given: ${context.endpoint})`;
  return failure.message;
}

const requestOf = (request: RequestReport, context: Context) => `${request.method} ${shortUrl(request.url, context.endpoint)}`;

/** Whether shared caches keep each site's answer apart, when the endpoint names sites. */
export function corsAdvice(request: RequestReport, origin: string, context: Context): Problem[] {
  if (request.cors !== 'allowed' || request.allowOrigin?.trim() !== origin) return [];
  if (/(^|,)\s*(origin|\*)\s*(,|$)/i.test(request.vary ?? '')) return [];
  return [warning('cors', requestOf(request, context), `allows ${origin} by name, without \`Vary: Origin\`: add it, or a shared cache may give one site's answer to another.`)];
}

/** Whether browsers and CDNs may keep the answer, and revalidate it with a 304. */
export function cacheAdvice(request: RequestReport, context: Context): Problem[] {
  if (request.method !== 'GET' || request.status !== 200) return [];
  const subject = requestOf(request, context);
  const problems: Problem[] = [];
  const cacheControl = request.cacheControl ?? '';
  if (!cacheControl) {
    problems.push(warning('cache', subject, 'no Cache-Control: send `Cache-Control: public, max-age=60` (or longer), so that browsers and CDNs answer repeat views.'));
  } else if (/no-store|no-cache|private|(^|,)\s*max-age\s*=\s*0\b/i.test(cacheControl) && !/s-maxage\s*=\s*[1-9]/i.test(cacheControl)) {
    problems.push(warning('cache', subject, `\`Cache-Control: ${cacheControl}\` keeps it from being cached, so every view reaches the server: send \`Cache-Control: public, max-age=60\` (or longer).`));
  }
  if (!request.etag && !request.lastModified) {
    problems.push(warning('cache', subject, 'no ETag: send one, so that a stale copy is revalidated with a small 304 instead of sent again.'));
  } else if (request.revalidation !== 304) {
    const asked = request.etag ? 'If-None-Match with its ETag' : 'If-Modified-Since with its Last-Modified';
    const got = typeof request.revalidation === 'number' ? `HTTP ${request.revalidation}` : `no answer (${request.revalidation})`;
    problems.push(warning('cache', subject, `asked again with ${asked}, it answers ${got}, not 304 Not Modified: answer 304 while it still matches.`));
  }
  return problems;
}

export function timeAdvice(request: RequestReport, context: Context): Problem[] {
  if (request.time === undefined || request.time <= SLOW_MS || request.status !== 200) return [];
  return [warning('time', requestOf(request, context), `took ${duration(request.time)}, a skeleton that long on screen: cache it, or answer faster.`)];
}

/** The answer's Content-Length, 0 when it has none. */
export const lengthOf = (exchange: Pick<Exchange, 'headers'> | undefined): number => Number(exchange?.headers?.get('Content-Length')) || 0;

/** Why a body is not JSON, as JSON.parse says it. */
function jsonError(body: string | undefined): string {
  if (!body) return 'the body is empty';
  try {
    JSON.parse(body);
    return 'it could not be read';
  } catch (caught) {
    return (caught as Error).message;
  }
}

export function size(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

export function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
