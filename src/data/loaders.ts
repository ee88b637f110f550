import { PROVIDERS, oneOf, whole, type Options, type Provider } from '../config.js';
import { getJson, loadFailures, postJson, type RequestOptions } from './client.js';
import type { Adapter, Context, Query } from './adapters/adapter.js';
import { nativeArticle, nativeArticles, nativeAuthor, nativeRelated, nativeTags } from './adapters/native.js';
import {
  validateArticle,
  validateAuthor,
  validateSummaries,
  validateTags,
  validateViewCount,
  type Article,
  type ArticleSummary,
  type Author,
  type Tag,
} from './contract.js';
import { NewsError, isAbortError, messageOf } from './errors.js';
import { endpointUrl, safeUrl } from './urls.js';

/** Where and how to read: an element's attributes, and the options in force for what they leave out. */
export interface Source {
  endpoint?: string;
  src?: string;
  provider?: string;
  apiKey?: string;
  /** What a relative `endpoint` or `src` resolves against: the page's URL (see `sourceOf`). Without it, they must be absolute. */
  baseURI?: string;
  /**
   * The options in force, read when a request starts: on a page, `pageOptions` (a configure() after
   * the element was created applies); on a server, those of the call.
   */
  options: () => Options;
}

type LazyProvider = Exclude<Provider, 'native'>;
/**
 * The adapters other than native: lazy chunks, fetched the first time an element on the page uses
 * that provider, and never by a page that does not (see `adapterOf`). Each module exports its
 * adapter under the provider's name.
 */
const imports: { [P in LazyProvider]: () => Promise<Record<P, Adapter>> } = {
  wordpress: () => import('./adapters/wordpress.js'),
  ghost: () => import('./adapters/ghost.js'),
  jsonfeed: () => import('./adapters/jsonfeed.js'),
};
/** The lazy adapters at hand, by provider. */
const adapters: Partial<Record<Provider, Adapter>> = {};

/** The whole numbers an element's `limit` accepts: a strip of 1 to 100 articles. */
export const LIMIT_MIN = 1;
export const LIMIT_MAX = 100;

/**
 * Checks a whole-number attribute (`limit`, `max`) and returns it; throws a config error naming
 * the attribute for anything else: negative, fractional, huge, or not a number (`limit="four"`).
 * Digits as text are that number: Vue (and other frameworks) set a template's `limit="4"` on the
 * property, as the string "4". `written` is the attribute as the page wrote it, if any.
 */
export function checkCount(name: string, value: unknown, min: number, max: number, written?: string | null): number {
  const given = value;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) value = Number(value);
  const [ok, rule] = whole(min, max);
  if (!ok(value)) {
    // What the page wrote (`limit="four"`) says more than what it became (NaN), when the value came
    // from the attribute (and not from the property, set since).
    const shown = written != null && Object.is(Number(written), given) ? written : value;
    const got = typeof shown === 'string' ? `"${shown}"` : typeof shown === 'number' ? shown : typeof shown;
    throw new NewsError('config', `The ${name} attribute must be ${rule}; got ${got}.`, { field: name });
  }
  return value as number;
}

function providerOf(source: Source): Provider {
  return source.provider ? oneOf(source.provider, PROVIDERS, 'The provider attribute', 'provider') : source.options().provider;
}

/**
 * A lazy provider's adapter: at once when it is at hand (so that its first request starts in the
 * same task, as the client's stale-while-revalidate expects of a caller re-reading a changed
 * answer), else once its chunk is loaded, with the adapters' shared helpers (a chunk of their own)
 * fetched alongside, not after it. A chunk that cannot be fetched (offline, a broken deploy)
 * is a network error, and Retry fetches it again.
 */
function adapterOf(provider: LazyProvider): Adapter | Promise<Adapter> {
  return (
    adapters[provider] ??
    Promise.all([imports[provider](), import('./adapters/cms.js')]).then(
      ([module]) => (adapters[provider] = (module as Record<LazyProvider, Adapter>)[provider]),
      (error: unknown) => {
        throw new NewsError('network', `Could not load the ${provider} adapter (${messageOf(error)}).`);
      },
    )
  );
}

/** For each element: its `endpoint` and `src` as it first read them, with its base URL at that time. */
const bases = new WeakMap<object, Pick<Source, 'endpoint' | 'src' | 'baseURI'>>();

/**
 * An element's source (its `endpoint`, `src`, `provider` and `api-key`, and `options` for what they
 * leave out), with the base URL its relative `endpoint` and `src` resolve against: the element's
 * (the document's) when it first read them, kept until they change. A single-page app that moves to
 * a deeper route (pushState) does not change what `../api/` means for an element already on the
 * page, nor split the cache between two URLs for the same answer.
 */
export function sourceOf(element: Omit<Source, 'options'> & object, options: () => Options): Source {
  const { endpoint, src, provider, apiKey } = element;
  let kept = bases.get(element);
  if (!kept || kept.endpoint !== endpoint || kept.src !== src) bases.set(element, (kept = { endpoint, src, baseURI: element.baseURI }));
  return { endpoint, src, provider, apiKey, baseURI: kept.baseURI, options };
}

/** The endpoint as written: the element's own, else the page's. */
const endpointValue = (source: Source): string | undefined => source.endpoint || source.options().endpoint;

/** True when the source names an endpoint (its own or the page's) that further requests can go to. */
export function hasEndpoint(source: Source): boolean {
  return Boolean(endpointValue(source));
}

function endpointOf(source: Source): string {
  const value = endpointValue(source);
  if (!value) {
    throw new NewsError(
      'config',
      'No content endpoint: set the endpoint attribute, a <meta name="news-widgets:endpoint"> tag, or configure({ endpoint }).',
      { field: 'endpoint' },
    );
  }
  const trimmed = value.trim();
  return checkUrl(
    'endpoint',
    source.baseURI,
    source.endpoint ? 'The endpoint attribute' : 'The page\'s endpoint (configure() or the meta tag)',
    value,
    // An endpoint is a base URL, never a file: "news.example.com/api/" is a host without its scheme, not a path.
    /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?(\/|$)/i.test(trimmed) ? ` (did you mean "https://${trimmed}"?)` : '',
  );
}

/**
 * An http(s) URL, or a relative one, as the page wrote it. Refused: other schemes, spaces or
 * control characters inside (a pasted sentence, a broken template), and a mistyped scheme
 * (`http//…`, `https:\\…`) that the URL parser would quietly read as a relative path.
 */
function checkUrl(field: 'endpoint' | 'src', base: string | undefined, where: string, value: string, hint = ''): string {
  const trimmed = value.trim();
  // eslint-disable-next-line no-control-regex
  const malformed = hint || /[\s\u0000-\u001f\u007f]|^https?(?!:\/\/)\W/i.test(trimmed);
  const url = malformed ? undefined : safeUrl(trimmed, base);
  if (!url) throw new NewsError('config', `${where} must be an http(s) URL or a path; got "${value}"${hint}.`, { field });
  return url;
}

/**
 * Answers one query: the provider's adapter reads what it needs through the client, and whatever it
 * answers is validated as a native document (`check`), so every model that reaches an element has
 * passed the same contract. Anything an adapter throws becomes a NewsError naming the URL of the
 * last document it read; aborts pass through untouched.
 */
async function fetchModel<Q extends Query, T>(
  source: Source,
  query: Q,
  check: (json: unknown, base?: string) => T,
  native: (query: Q, context: Context) => Promise<unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const provider = providerOf(source);
  const { limit } = query as { limit?: number };
  if (limit !== undefined) (query as { limit?: number }).limit = checkCount('limit', limit, LIMIT_MIN, LIMIT_MAX);
  const src = source.src ? checkUrl('src', source.baseURI, 'The src attribute', source.src) : undefined;
  const options = source.options();
  const request: RequestOptions = { ...options, signal };
  /** The last document read: relative URLs resolve against it, and errors name it. */
  let url = src;
  const context: Context = {
    src,
    apiKey: source.apiKey?.trim() || options.apiKey,
    // Checked by the URL policy, which makes it absolute.
    endpoint: () => endpointOf(source),
    get: (next) => getJson((url = next), request),
  };
  const ask = (adapter: Adapter) => (adapter[query.kind] as typeof native)(query, context);
  try {
    const adapter = provider === 'native' ? undefined : adapterOf(provider);
    const json = await (adapter ? (adapter instanceof Promise ? adapter.then(ask) : ask(adapter)) : native(query, context));
    // Relative URLs in it resolve against the document it came from (every adapter reads one).
    return check(json, url);
  } catch (error) {
    if (isAbortError(error) || (error instanceof NewsError && error.url)) throw error;
    // A contract error names the field; the document it is in is worth naming too. Without the
    // failure chunk (offline, say) the error goes on as it came.
    const failure = (await loadFailures())?.queryFailed(error, error instanceof NewsError, provider, url);
    throw failure ? new NewsError(failure.code, failure.message, failure.details) : error;
  }
}

export function loadArticle(source: Source, slug: string, signal?: AbortSignal): Promise<Article> {
  return fetchModel(source, { kind: 'article', slug }, validateArticle, nativeArticle, signal);
}

export function loadRelated(source: Source, article: string, limit: number | undefined, signal?: AbortSignal): Promise<ArticleSummary[]> {
  return fetchModel(source, { kind: 'related', article, limit }, validateSummaries, nativeRelated, signal);
}

export function loadArticles(source: Source, filter: { tag?: string; author?: string; limit?: number }, signal?: AbortSignal): Promise<ArticleSummary[]> {
  return fetchModel(source, { kind: 'articles', ...filter } as const, validateSummaries, nativeArticles, signal);
}

export function loadAuthor(source: Source, slug: string, signal?: AbortSignal): Promise<Author> {
  return fetchModel(source, { kind: 'author', slug }, validateAuthor, nativeAuthor, signal);
}

export function loadTags(source: Source, limit: number | undefined, signal?: AbortSignal): Promise<Tag[]> {
  return fetchModel(source, { kind: 'tags', limit }, validateTags, nativeTags, signal);
}

/**
 * Reports one view of an article; resolves to the new count. Each call is a view: the element
 * decides when it saw one. Only the native contract counts views (`POST articles/{slug}/views`):
 * with another provider, which has nothing to report them to, it resolves to undefined.
 */
export async function countView(source: Source, slug: string): Promise<number | undefined> {
  if (providerOf(source) !== 'native') return undefined;
  const url = endpointUrl(endpointOf(source), `articles/${encodeURIComponent(slug)}/views`);
  return validateViewCount(await postJson(url, source.options()), url);
}
