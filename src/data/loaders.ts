import { checkProvider, pageOptions, type Provider } from '../config.js';
import { getJson, postJson, type RequestOptions } from './client.js';
import type { Adapter, Query } from './adapters/adapter.js';
import { nativeAdapter } from './adapters/native.js';
import type { Article, ArticleSummary, Author, Tag } from './contract.js';
import { NewsError } from './errors.js';
import { safeUrl } from './urls.js';

/** Where an element reads from: its attributes, falling back to the page's defaults. */
export interface Source {
  endpoint?: string;
  src?: string;
  provider?: string;
}

const adapters: Record<Provider, Adapter> = { native: nativeAdapter };

interface Plan {
  adapter: Adapter;
  url: string;
  request: Omit<RequestOptions, 'signal'>;
}

/** The whole numbers an element's `limit` accepts: a strip of 1 to 100 articles. */
export const LIMIT = { min: 1, max: 100 } as const;

/**
 * Checks a whole-number attribute (`limit`, `max`) and returns it; throws a config error naming
 * the attribute for anything else: negative, fractional, huge, or not a number (`limit="four"`).
 */
export function checkCount(name: string, value: unknown, min: number, max: number, written?: string | null): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    // What the page wrote (`limit="four"`) says more than what it became (NaN).
    const got = typeof written === 'string' ? `"${written}"` : typeof value === 'number' ? String(value) : typeof value === 'string' ? `"${value}"` : typeof value;
    throw new NewsError('config', `The ${name} attribute must be a whole number from ${min} to ${max}; got ${got}.`, { field: name });
  }
  return value;
}

function adapterOf(source: Source): Adapter {
  return adapters[source.provider ? checkProvider(source.provider, 'The provider attribute') : pageOptions().provider];
}

function requestOptions(): Omit<RequestOptions, 'signal'> {
  const { timeout, maxBytes, retries, retryDelay, freshness } = pageOptions();
  return { timeout, maxBytes, retries, retryDelay, freshness };
}

function plan(source: Source, query: Query): Plan {
  const adapter = adapterOf(source);
  if ('limit' in query && query.limit !== undefined) checkCount('limit', query.limit, LIMIT.min, LIMIT.max);
  if (source.src) return { adapter, url: checkUrl('src', 'The src attribute', source.src), request: requestOptions() };
  return { adapter, url: adapter.url(query, endpointOf(source)), request: requestOptions() };
}

/** True when the source names an endpoint (its own or the page's) that further requests can go to. */
export function hasEndpoint(source: Source): boolean {
  return Boolean(source.endpoint || pageOptions().endpoint);
}

function endpointOf(source: Source): string {
  const value = source.endpoint || pageOptions().endpoint;
  if (!value) {
    throw new NewsError(
      'config',
      'No content endpoint: set the endpoint attribute, a <meta name="news-widgets:endpoint"> tag, or configure({ endpoint }).',
      { field: 'endpoint' },
    );
  }
  const where = source.endpoint ? 'The endpoint attribute' : 'The page\'s endpoint (configure() or the meta tag)';
  // An endpoint is a base URL, never a file: "news.example.com/api/" is a host without its scheme, not a path.
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(value.trim())) {
    throw new NewsError('config', `${where} must be an http(s) URL or a path; got "${value}" (did you mean "https://${value.trim()}"?).`, {
      field: 'endpoint',
    });
  }
  return checkUrl('endpoint', where, value);
}

/**
 * An http(s) URL, or a relative one, as the page wrote it. Refused: other schemes, spaces or
 * control characters inside (a pasted sentence, a broken template), and a mistyped scheme
 * (`http//…`, `https:\\…`) that the URL parser would quietly read as a relative path.
 */
function checkUrl(field: 'endpoint' | 'src', where: string, value: string): string {
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex
  const malformed = /[\s\u0000-\u001f\u007f]/.test(trimmed) || (/^https?\W/i.test(trimmed) && !/^https?:\/\//i.test(trimmed));
  const url = malformed ? undefined : safeUrl(trimmed);
  if (!url) throw new NewsError('config', `${where} must be an http(s) URL or a path; got "${value}".`, { field });
  return url;
}

async function fetchModel<T>(source: Source, query: Query, parse: (adapter: Adapter) => (json: unknown, url: string) => T, signal?: AbortSignal): Promise<T> {
  const { adapter, url, request } = plan(source, query);
  const json = await getJson(url, { ...request, signal });
  try {
    return parse(adapter)(json, url);
  } catch (error) {
    // A contract error names the field; the document it is in is worth naming too.
    if (error instanceof NewsError && !error.url) throw new NewsError(error.code, error.message, { field: error.field, status: error.status, url });
    throw error;
  }
}

export function loadArticle(source: Source, slug: string, signal?: AbortSignal): Promise<Article> {
  return fetchModel(source, { kind: 'article', slug }, (a) => a.article, signal);
}

export function loadRelated(source: Source, article: string, limit: number | undefined, signal?: AbortSignal): Promise<ArticleSummary[]> {
  return fetchModel(source, { kind: 'related', article, limit }, (a) => a.summaries, signal);
}

export function loadArticles(source: Source, filter: { tag?: string; author?: string; limit?: number }, signal?: AbortSignal): Promise<ArticleSummary[]> {
  return fetchModel(source, { kind: 'articles', ...filter }, (a) => a.summaries, signal);
}

export function loadAuthor(source: Source, slug: string, signal?: AbortSignal): Promise<Author> {
  return fetchModel(source, { kind: 'author', slug }, (a) => a.author, signal);
}

export function loadTags(source: Source, limit: number | undefined, signal?: AbortSignal): Promise<Tag[]> {
  return fetchModel(source, { kind: 'tags', limit }, (a) => a.tags, signal);
}

/** View counts reported from this page, by view URL: one view per article per page view. */
const views = new Map<string, Promise<number>>();

/**
 * Reports one view of an article, once per page however many elements show it; resolves to the new
 * count. A failed report is forgotten, so a later element may try again.
 */
export async function countView(source: Source, slug: string): Promise<number> {
  const adapter = adapterOf(source);
  const url = adapter.viewUrl(slug, endpointOf(source));
  let counted = views.get(url);
  if (!counted) {
    counted = postJson(url, requestOptions()).then((json) => adapter.viewCount(json, url));
    views.set(url, counted);
    counted.catch(() => views.get(url) === counted && views.delete(url));
  }
  return counted;
}
