/**
 * `news-widgets/article-card`: registers the element (and the elements it is made of) on import.
 * For scoped registries, import the class from `news-widgets` and call `define()` instead.
 */
import { NewsArticleCard } from './elements/article-card/news-article-card.js';
import { defineElement } from './internal/define-element.js';

export { NewsArticleCard };
export { configure } from './config.js';

defineElement('news-article-card', NewsArticleCard);
