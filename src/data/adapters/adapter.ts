import type { NewsErrorCode } from '../errors.js';

/** What an element asks the data layer for, independent of the provider that answers it. */
export type Query =
  | { kind: 'article'; slug: string }
  | { kind: 'related'; article: string; limit?: number }
  | { kind: 'articles'; tag?: string; author?: string; limit?: number }
  | { kind: 'author'; slug: string }
  | { kind: 'tags'; limit?: number };

/** Everything an adapter gets from the data layer for one query. */
export interface Context {
  /**
   * GETs one JSON document through the page's client (`client.ts`), with the element's signal and
   * the page's timeout: shared with every other caller of the same URL, cached, retried, aborted
   * when the element leaves. An adapter may call it as often as a query needs.
   */
  get(url: string): Promise<unknown>;
  /** The element's `src`, checked and absolute: the one document to read instead of building requests. */
  src?: string;
  /** The endpoint, checked and absolute; throws a `config` error naming `endpoint` when there is none. */
  endpoint(): string;
  /** The `api-key` attribute, else `configure({ apiKey })`. */
  apiKey?: string;
}

/**
 * A provider: answers each kind of query with a document in the native contract's shape (an
 * `Article`, `{ items: ArticleSummary[] }`, an `Author`, `{ items: Tag[] }`), which the loader then
 * validates exactly as it validates a native answer. Relative URLs left in it resolve against the
 * last document the adapter read.
 *
 * The native adapter is part of the bundle; the others are lazy chunks (`import()`), and import
 * nothing from the bundle at run time: a page may load the bundle from a URL with a query string
 * (`news-widgets.js?ver=3`), which a chunk could only import back as a second copy. So they throw
 * `AdapterError`s (plain errors with a `code` and a `field`), which the loader turns into
 * `NewsError`s, and the errors of `get` pass through them untouched.
 */
export type Adapter = {
  [K in Query['kind']]: (query: Extract<Query, { kind: K }>, context: Context) => Promise<unknown>;
};

/** What a lazy adapter throws: the loader makes a `NewsError` of it, with the URL of the document. */
export interface AdapterError extends Error {
  code: NewsErrorCode;
  field?: string;
}
