import { checkProvider, pageOptions, type Provider } from '../config.js';
import { getJson, postJson } from './client.js';
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
  timeout: number;
}

function adapterOf(source: Source): Adapter {
  return adapters[source.provider ? checkProvider(source.provider, 'The provider attribute') : pageOptions().provider];
}

function plan(source: Source, query: Query): Plan {
  const page = pageOptions();
  const adapter = adapterOf(source);
  if (source.src) {
    const url = safeUrl(source.src);
    if (!url) throw new NewsError('config', `The src attribute must be an http(s) or relative URL; got "${source.src}".`, { field: 'src' });
    return { adapter, url, timeout: page.timeout };
  }
  return { adapter, url: adapter.url(query, endpointOf(source)), timeout: page.timeout };
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
  const url = safeUrl(value);
  if (!url) throw new NewsError('config', `The endpoint must be an http(s) or relative URL; got "${value}".`, { field: 'endpoint' });
  return url;
}

async function fetchModel<T>(source: Source, query: Query, parse: (adapter: Adapter) => (json: unknown, url: string) => T, signal?: AbortSignal): Promise<T> {
  const { adapter, url, timeout } = plan(source, query);
  const json = await getJson(url, { signal, timeout });
  return parse(adapter)(json, url);
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
    counted = postJson(url, { timeout: pageOptions().timeout }).then((json) => adapter.viewCount(json, url));
    views.set(url, counted);
    counted.catch(() => views.get(url) === counted && views.delete(url));
  }
  return counted;
}
