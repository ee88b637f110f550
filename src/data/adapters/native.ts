import { endpointUrl } from '../urls.js';
import type { Adapter, Context } from './adapter.js';

/**
 * The native content contract (docs/contract.md): paths under the endpoint, answers already in model
 * shape. One function per kind of query, so that a bundle keeps only the kinds its elements ask for.
 */

/** One document: the element's `src`, else a path of the contract under the endpoint. */
const read = (context: Context, path: string, query?: Record<string, string | number | undefined>) =>
  context.get(context.src ?? endpointUrl(context.endpoint(), path, query));

export const nativeArticle: Adapter['article'] = ({ slug }, context) => read(context, `articles/${encodeURIComponent(slug)}`);
export const nativeRelated: Adapter['related'] = ({ article, limit }, context) => read(context, `articles/${encodeURIComponent(article)}/related`, { limit });
export const nativeArticles: Adapter['articles'] = ({ tag, author, limit }, context) => read(context, 'articles', { tag, author, limit });
export const nativeAuthor: Adapter['author'] = ({ slug }, context) => read(context, `authors/${encodeURIComponent(slug)}`);
export const nativeTags: Adapter['tags'] = ({ limit }, context) => read(context, 'tags', { limit });
