/**
 * `news-widgets/related-articles`: registers the element (and the elements it is made of) on import.
 * For scoped registries, import the class from `news-widgets` and call `define()` instead.
 */
import { NewsRelatedArticles } from './elements/related-articles/news-related-articles.js';
import { NewsArticleCard } from './elements/article-card/news-article-card.js';
import { defineElement } from './internal/define-element.js';

export { NewsRelatedArticles };
export { configure } from './config.js';

defineElement('news-related-articles', NewsRelatedArticles);
defineElement('news-article-card', NewsArticleCard);
