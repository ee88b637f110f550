import { defineElement, inRegistry } from './internal/define-element.js';
import { readServerRenderings } from './internal/hydration.js';
import { NewsArticleCard } from './elements/article-card/news-article-card.js';
import { NewsArticle } from './elements/article/news-article.js';
import { NewsAuthorBio } from './elements/author-bio/news-author-bio.js';
import { NewsRelatedArticles } from './elements/related-articles/news-related-articles.js';
import { NewsTagList } from './elements/tag-list/news-tag-list.js';

export const elements = {
  'news-article': NewsArticle,
  'news-article-card': NewsArticleCard,
  'news-author-bio': NewsAuthorBio,
  'news-tag-list': NewsTagList,
  'news-related-articles': NewsRelatedArticles,
} as const;

export type TagName = keyof typeof elements;

/**
 * Registers the given tags (default: all five) in a registry (default: the page's). A name that is
 * already registered, by this copy or another, is left alone: loading twice never throws. Elements
 * that a server rendered (news-widgets/ssr) take the model it wrote, as news-widgets.js does.
 *
 * With a scoped registry, two versions can live on one page: each registers in its own registry,
 * and the elements inside a shadow root that uses it are of that version, down to the elements an
 * element is made of (`<news-article>`'s cards, tags and author bio).
 *
 * ```ts
 * import { define } from 'news-widgets';
 *
 * const registry = new CustomElementRegistry();
 * define(registry);
 * const root = host.attachShadow({ mode: 'open', customElementRegistry: registry });
 * root.innerHTML = '<news-article slug="harbour-bridge-reopens"></news-article>';
 * ```
 */
export function define(registry: CustomElementRegistry = customElements, names: readonly TagName[] = Object.keys(elements) as TagName[]): void {
  readServerRenderings();
  const subclass = registry === customElements ? undefined : inRegistry(registry);
  for (const name of names) defineElement(name, elements[name], registry, subclass);
}
