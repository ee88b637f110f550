/**
 * `news-widgets`: the classes, `define()`, `configure()` and the model types. Importing it
 * registers nothing; call `define()` or import an element's own entry (`news-widgets/article`).
 */
export { NewsArticle } from './elements/article/news-article.js';
export { NewsArticleCard } from './elements/article-card/news-article-card.js';
export { NewsAuthorBio } from './elements/author-bio/news-author-bio.js';
export { NewsTagList } from './elements/tag-list/news-tag-list.js';
export { NewsRelatedArticles } from './elements/related-articles/news-related-articles.js';
export { define, elements, type TagName } from './registry.js';
export { configure, resetConfiguration, type NewsOptions, type Provider, type Theme } from './config.js';
export { clearCache, setFetch } from './data/client.js';
export { NewsError, type NewsErrorCode } from './data/errors.js';
export {
  NewsClickEvent,
  NewsErrorEvent,
  NewsImpressionEvent,
  NewsLoadEvent,
  type NewsClickDetail,
  type NewsImpressionDetail,
} from './internal/events.js';
export type { Article, ArticleSummary, Author, AuthorSummary, Image, Tag } from './data/contract.js';
