import { endpointUrl } from '../urls.js';
import type { Adapter, Context } from './adapter.js';

/** One document: the element's `src`, else a path of the contract under the endpoint. */
const read = (context: Context, path: string, query?: Record<string, string | number | undefined>) =>
  context.get(context.src ?? endpointUrl(context.endpoint(), path, query));

/** The native content contract (DESIGN.md): paths under the endpoint, answers already in model shape. */
export const nativeAdapter: Adapter = {
  article: ({ slug }, context) => read(context, `articles/${encodeURIComponent(slug)}`),
  related: ({ article, limit }, context) => read(context, `articles/${encodeURIComponent(article)}/related`, { limit }),
  articles: ({ tag, author, limit }, context) => read(context, 'articles', { tag, author, limit }),
  author: ({ slug }, context) => read(context, `authors/${encodeURIComponent(slug)}`),
  tags: ({ limit }, context) => read(context, 'tags', { limit }),
};
