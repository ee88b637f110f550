/**
 * `news-widgets/article`: registers the element (and the elements it is made of) on import.
 * For scoped registries, import the class from `news-widgets` and call `define()` instead.
 */
import { define } from './registry.js';

export { NewsArticle } from './elements/article/news-article.js';
export { configure } from './config.js';

define(customElements, ['news-article', 'news-article-card', 'news-author-bio', 'news-tag-list', 'news-related-articles']);
