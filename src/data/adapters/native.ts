import { validate } from '../contract.js';
import { endpointUrl } from '../urls.js';
import type { Adapter } from './adapter.js';

/** The native content contract (DESIGN.md): paths under the endpoint, answers already in model shape. */
export const nativeAdapter: Adapter = {
  url(query, endpoint) {
    switch (query.kind) {
      case 'article':
        return endpointUrl(endpoint, `articles/${encodeURIComponent(query.slug)}`);
      case 'related':
        return endpointUrl(endpoint, `articles/${encodeURIComponent(query.article)}/related`, { limit: query.limit });
      case 'articles':
        return endpointUrl(endpoint, 'articles', { tag: query.tag, author: query.author, limit: query.limit });
      case 'author':
        return endpointUrl(endpoint, `authors/${encodeURIComponent(query.slug)}`);
      case 'tags':
        return endpointUrl(endpoint, 'tags', { limit: query.limit });
    }
  },
  viewUrl: (slug, endpoint) => endpointUrl(endpoint, `articles/${encodeURIComponent(slug)}/views`),
  article: validate.article,
  summaries: validate.summaries,
  author: validate.author,
  tags: validate.tags,
  viewCount: validate.viewCount,
};
