import type { Article, ArticleSummary, Author, Tag } from '../contract.js';

/** What an element asks the data layer for, independent of the provider that answers it. */
export type Query =
  | { kind: 'article'; slug: string }
  | { kind: 'related'; article: string; limit?: number }
  | { kind: 'articles'; tag?: string; author?: string; limit?: number }
  | { kind: 'author'; slug: string }
  | { kind: 'tags'; limit?: number };

/**
 * A provider: builds the request for a query and turns its JSON answer into the model. `url` is the
 * answer's own URL, against which relative URLs inside it are resolved. Parsers throw NewsError.
 */
export interface Adapter {
  url(query: Query, endpoint: string): string;
  viewUrl(slug: string, endpoint: string): string;
  article(json: unknown, url: string): Article;
  summaries(json: unknown, url: string): ArticleSummary[];
  author(json: unknown, url: string): Author;
  tags(json: unknown, url: string): Tag[];
  viewCount(json: unknown, url: string): number;
}
