/**
 * `news-widgets check`: asks an endpoint what each element would ask it, through the widgets' own
 * loaders, adapters, client and validation (src/data/), on a `fetch` that behaves as a page's on
 * the embedding site would (browser-fetch.ts), and reports for each element whether it would work,
 * and why not. Node only.
 */
/// <reference types="node" />
import { DEFAULT_TIMEOUT, pageOptions, withOptions, type Provider } from '../config.js';
import { clearCache, setFetch } from '../data/client.js';
import type { Article } from '../data/contract.js';
import { NewsError, messageOf, type NewsErrorCode } from '../data/errors.js';
import { countView, loadArticle, loadArticles, loadAuthor, loadRelated, loadTags, type Source } from '../data/loaders.js';
import { advise, cacheAdvice, corsAdvice, lengthOf, timeAdvice, type Problem } from './advice.js';
import { browserFetch, type Exchange } from './browser-fetch.js';
import { schemaChecker, type DocumentKind, type SchemaError } from './schema.js';

/** The page the check stands for when no `--origin` is given: a site of no one's, so only a server open to every site passes. */
export const ANY_SITE = 'https://another-site.example';

/** How many articles `<news-related-articles>` asks for when the page sets no `limit`. */
const RELATED_LIMIT = 4;

export interface CheckOptions {
  endpoint: string;
  provider: Provider;
  apiKey?: string;
  /** The article to check; else the first the endpoint lists. */
  slug?: string;
  /** The origin of the page that embeds the elements; else any other site (`ANY_SITE`). */
  origin?: string;
  /** Also send one view (`POST articles/{slug}/views`), as `<news-article count-view>` does. */
  write?: boolean;
  /** The elements' timeout, in ms (configure({ timeout })); else theirs, 10 000. */
  timeout?: number;
  /** Told as each element's check starts. */
  progress?: (element: string, index: number, total: number) => void;
}

export type ElementId = 'list' | 'article' | 'related' | 'tag' | 'author' | 'tags' | 'views';

/** One request of an element, as the report shows it. */
export interface RequestReport {
  method: string;
  url: string;
  status?: number;
  /** Milliseconds from the request to the answer's end. */
  time?: number;
  /** Bytes of the body read (decoded). */
  bytes: number;
  /** The answer's Content-Length, when it has one. */
  length?: number;
  contentType?: string;
  cors?: Exchange['cors'];
  allowOrigin?: string | null;
  vary?: string | null;
  preflight?: Exchange['preflight'];
  redirects: string[];
  cacheControl?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  /** What a conditional request (`If-None-Match`, else `If-Modified-Since`) got back: 304 when the server revalidates. */
  revalidation?: number | string;
  failure?: string;
}

export interface ElementReport {
  id: ElementId;
  /** The element as a page writes it: `<news-article slug="…">`. */
  element: string;
  /** Other elements that make the same request. */
  alsoFor?: string;
  verdict: 'pass' | 'fail' | 'skip';
  /** Why it was not checked. */
  skipped?: string;
  requests: RequestReport[];
  /** The error the element would show (and send with `news-error`). */
  error?: { code: NewsErrorCode; message: string; field?: string; status?: number; url?: string };
  /** Every error of the answer against contract.schema.json (native documents only). */
  schemaErrors: SchemaError[];
  problems: Problem[];
}

export interface Report {
  endpoint: string;
  provider: Provider;
  /** The page's origin the check stood for. */
  origin: string;
  slug?: string;
  ok: boolean;
  elements: ElementReport[];
}

const KINDS: Partial<Record<ElementId, DocumentKind>> = {
  list: 'ArticleSummaryList',
  article: 'Article',
  related: 'ArticleSummaryList',
  tag: 'ArticleSummaryList',
  author: 'Author',
  tags: 'TagList',
  views: 'ViewCount',
};

/** The elements' checks, in the order the report lists them. */
const ORDER: ElementId[] = ['list', 'article', 'related', 'tag', 'author', 'tags', 'views'];

export async function checkEndpoint(options: CheckOptions): Promise<Report> {
  const { endpoint, provider } = options;
  const origin = options.origin ?? ANY_SITE;
  const crossOrigin = new URL(endpoint).origin !== origin;
  let exchanges: Exchange[] = [];
  setFetch(browserFetch(crossOrigin ? origin : undefined, (exchange) => exchanges.push(exchange)));
  // What is relative resolves against the site's URL, as in a page there.
  const inForce = withOptions(pageOptions(), { timeout: options.timeout });
  const source: Source = { endpoint, provider, apiKey: options.apiKey, baseURI: `${origin}/`, options: () => inForce };
  const schema = provider === 'native' ? schemaChecker() : undefined;
  const context = { endpoint, provider, origin, anySite: options.origin === undefined, timeout: options.timeout ?? DEFAULT_TIMEOUT };
  const reports = new Map<ElementId, ElementReport>();
  const total = (options.slug ? 0 : 1) + 5 + (options.write && provider === 'native' ? 1 : 0);
  let step = 0;

  /** Checks one element alone on a page: nothing cached from another's requests. */
  async function check<T>(id: ElementId, element: string, load: () => Promise<T>, alsoFor?: string): Promise<T | undefined> {
    options.progress?.(element, ++step, total);
    clearCache();
    exchanges = [];
    let model: T | undefined;
    let error: unknown;
    try {
      model = await load();
    } catch (caught) {
      error = caught;
    }
    const seen = exchanges;
    // An answer the client stopped reading (too large, too slow) ended when the client gave up.
    const finished = performance.now();
    const requests = await Promise.all(seen.filter((exchange) => !exchange.probe).map((exchange) => requestReport(exchange, finished, crossOrigin ? origin : undefined)));
    const kind = KINDS[id];
    const schemaErrors = schema && kind ? seen.filter((exchange) => !exchange.probe).flatMap((exchange) => documentErrors(schema, kind, exchange)) : [];
    const failed = error instanceof NewsError ? error : error === undefined ? undefined : new NewsError('invalid-response', messageOf(error));
    const report: ElementReport = {
      id,
      element,
      alsoFor,
      verdict: failed ? 'fail' : 'pass',
      requests,
      error: failed && { code: failed.code, message: failed.message, field: failed.field, status: failed.status, url: failed.url },
      schemaErrors,
      problems: [],
    };
    report.problems = [
      ...(failed ? advise(failed, report, seen, context) : []),
      ...requests.flatMap((request) => [...corsAdvice(request, origin, context), ...cacheAdvice(request, context), ...timeAdvice(request, context)]),
    ];
    // What the widgets never read (an answer CORS withholds) may still break the contract: fixing
    // the one would bring the other to light, so both are said at once. (Errors in an answer the
    // widgets accept would be the schema's, which its parity test keeps from happening.)
    if (failed?.code !== 'invalid-response') {
      report.problems.push(...schemaErrors.map((found): Problem => ({ severity: failed ? 'error' : 'warning', topic: 'content', subject: found.field, text: found.text })));
    }
    reports.set(id, report);
    return model;
  }

  const skip = (id: ElementId, element: string, why: string, alsoFor?: string) => {
    step++;
    reports.set(id, { id, element, alsoFor, verdict: 'skip', skipped: why, requests: [], schemaErrors: [], problems: [] });
  };

  let slug = options.slug;
  if (!slug) {
    const latest = await check('list', 'the article list (to find a slug)', () => loadArticles(source, { limit: 1 }));
    slug = latest?.[0]?.slug;
    const list = reports.get('list')!;
    if (latest && !slug) {
      list.verdict = 'fail';
      list.problems.unshift({ severity: 'error', topic: 'content', text: 'the endpoint lists no article, so there is none to check: pass --slug.' });
    } else if (list.verdict === 'pass') {
      // A means, not an element: what its answer lacks, the elements' answers show.
      reports.delete('list');
    }
  }

  const articleElement = `<news-article slug="${slug ?? '…'}">`;
  let article: Article | undefined;
  if (slug) {
    const key = slug;
    article = await check('article', articleElement, () => loadArticle(source, key), '<news-article-card>, <news-tag-list article>');
    await check('related', `<news-related-articles article="${key}">`, () => loadRelated(source, key, RELATED_LIMIT), 'the related strip of <news-article>');
  } else {
    const why = 'no article slug: pass --slug';
    skip('article', articleElement, why, '<news-article-card>, <news-tag-list article>');
    skip('related', '<news-related-articles article="…">', why);
  }
  const tagList = await check('tags', '<news-tag-list>', () => loadTags(source, undefined));
  const tag = article?.tags[0]?.slug ?? tagList?.[0]?.slug;
  if (tag) await check('tag', `<news-related-articles tag="${tag}">`, () => loadArticles(source, { tag, limit: RELATED_LIMIT }));
  else skip('tag', '<news-related-articles tag="…">', article || tagList ? 'no tag: the article has none, and the tag list is empty' : 'no tag: neither the article nor the tag list loaded');
  const author = article?.author?.slug;
  if (author) await check('author', `<news-author-bio author="${author}">`, () => loadAuthor(source, author));
  else skip('author', '<news-author-bio author="…">', article ? 'the article names no author' : 'no author: the article did not load');
  const views = `<news-article slug="${slug ?? '…'}" count-view>`;
  if (provider !== 'native') skip('views', views, `only the native contract counts views; with ${provider}, count-view sends nothing`);
  else if (!options.write) skip('views', views, 'pass --write to send one view, as count-view does (it adds one to the count)');
  else if (!slug) skip('views', views, 'no article slug: pass --slug');
  else {
    const key = slug;
    // Only the native contract gets here, and it always answers with the count.
    await check('views', views, () => countView(source, key));
  }
  setFetch(undefined);

  const elements = ORDER.flatMap((id) => reports.get(id) ?? []);
  return { endpoint, provider, origin, slug, ok: elements.every((element) => element.verdict !== 'fail'), elements };
}

/** What the report keeps of a request, and whether the server revalidates what it sent. */
async function requestReport(exchange: Exchange, finished: number, origin: string | undefined): Promise<RequestReport> {
  const header = (name: string) => exchange.headers?.get(name);
  const report: RequestReport = {
    method: exchange.method,
    url: exchange.url,
    status: exchange.status,
    time: exchange.answered === undefined ? undefined : Math.round((exchange.ended ?? finished) - exchange.started),
    bytes: exchange.bytes,
    length: lengthOf(exchange) || undefined,
    contentType: header('Content-Type') ?? undefined,
    cors: exchange.cors,
    allowOrigin: exchange.allowOrigin ?? header('Access-Control-Allow-Origin'),
    vary: header('Vary'),
    preflight: exchange.preflight,
    redirects: exchange.redirects,
    cacheControl: header('Cache-Control'),
    etag: header('ETag'),
    lastModified: header('Last-Modified'),
    failure: exchange.failure,
  };
  if (exchange.method === 'GET' && exchange.status === 200 && (report.etag || report.lastModified)) {
    report.revalidation = await revalidation(exchange.redirects.at(-1) ?? exchange.url, report, origin);
  }
  return report;
}

/** The status of the same GET made conditional, as a browser revalidating a stale copy makes it. */
async function revalidation(url: string, report: RequestReport, origin: string | undefined): Promise<number | string> {
  const headers = new Headers({ Accept: 'application/json' });
  if (origin) headers.set('Origin', origin);
  if (report.etag) headers.set('If-None-Match', report.etag);
  else headers.set('If-Modified-Since', report.lastModified!);
  try {
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
    return response.status;
  } catch (error) {
    return messageOf(error);
  }
}

/** Every error the schema finds in one answer of an element, when it is JSON at all. */
function documentErrors(schema: ReturnType<typeof schemaChecker>, kind: DocumentKind, exchange: Exchange): SchemaError[] {
  if (!exchange.body || (exchange.status ?? 0) < 200 || (exchange.status ?? 0) > 299) return [];
  let json: unknown;
  try {
    json = JSON.parse(exchange.body);
  } catch {
    return [];
  }
  return schema(kind, json, exchange.redirects.at(-1) ?? exchange.url);
}
