/** @jsxImportSource vue */
// Checked by `npm run typecheck`, never run: the Vue declarations (news-widgets/vue) accept the
// elements used as documented and reject wrong values, in TSX, in `h()`, and as the component types
// that template type checking (vue-tsc) reads. Each `@ts-expect-error` fails the check if the line
// after it compiles: without the declarations Vue's JSX takes any props on any tag, so every one
// of them would.
import { h, type GlobalComponents } from 'vue';
import type {} from '../../src/vue.js';
import type { NewsVueAttributes } from '../../src/vue.js';
import type { Article, ArticleSummary, NewsArticle, NewsClickEvent, NewsLoadEvent, Tag } from '../../src/index.js';

declare const article: Article;
declare const summary: ArticleSummary;
declare const tags: Tag[];

// TSX: the elements as native elements of Vue's JSX.
export const valid = [
  <news-article
    key="story"
    slug="harbour-bridge-reopens"
    endpoint="https://news.example/api/"
    heading-level={2}
    link-target="_blank"
    link-params="utm_source=partner"
    class={{ story: true }}
    onNewsLoad={(event: NewsLoadEvent<Article>) => event.detail.title}
    onNewsClick={(event: NewsClickEvent) => event.preventDefault()}
    onNewsImpression={(event) => event.detail.slug}
  />,
  <news-article-card data={summary} heading-level="4" />,
  <news-tag-list data={tags} max={3} onNewsLoad={(event) => event.detail.map((tag) => tag.name)} />,
  <news-related-articles tag="harbour" limit={4} layout="grid" />,
];

export const invalid = [
  // @ts-expect-error heading-level is a number
  <news-article heading-level="two" />,
  // @ts-expect-error layout is strip or grid
  <news-related-articles layout="carousel" />,
  // @ts-expect-error max is set as a property, which takes a number, not digits
  <news-tag-list max="3" />,
  // @ts-expect-error an article's data is an Article
  <news-article data={tags} />,
  // @ts-expect-error the load event of a tag list carries its tags
  <news-tag-list onNewsLoad={(event: NewsLoadEvent<Article>) => event.detail.title} />,
  // @ts-expect-error no such attribute
  <news-article slugs="harbour-bridge-reopens" />,
];

// h(): Vue does not check a tag's props, so they are checked with `satisfies`.
export const rendered = h('news-article', {
  slug: 'harbour-bridge-reopens',
  'link-target': '_blank',
  onNewsLoad: (event: NewsLoadEvent<Article>) => event.detail.title,
} satisfies NewsVueAttributes<'news-article'>);
// @ts-expect-error theme is light or dark
export const wrong = h('news-article', { theme: 'sepia' } satisfies NewsVueAttributes<'news-article'>);

// Templates: what vue-tsc reads for `<news-article …>` is the component type in GlobalComponents.
type ArticleInTemplate = InstanceType<GlobalComponents['news-article']>;
type ArticleProps = ArticleInTemplate['$props'];

// A template names props either way (`heading-level` is `headingLevel`); static attributes are strings.
export const props: ArticleProps[] = [
  { slug: 'harbour-bridge-reopens', headingLevel: 2, linkTarget: '_blank', countView: true, theme: 'dark' },
  { headingLevel: '2', data: article, class: ['story'], key: 'story' },
];
// @ts-expect-error heading-level is a number
export const wrongLevel: ArticleProps = { headingLevel: 'two' };
// @ts-expect-error an article's data is an Article
export const wrongData: ArticleProps = { data: summary, slug: 'x' } satisfies ArticleProps;
// @ts-expect-error `limit="4"` sets the limit property to a string: a template binds it, `:limit="4"`
export const wrongLimit: InstanceType<GlobalComponents['news-related-articles']>['$props'] = { limit: '4' };
// @ts-expect-error layout is strip or grid
export const wrongLayout: InstanceType<GlobalComponents['news-related-articles']>['$props'] = { layout: 'carousel' };

// Events: `@news-load` is typed by the element's `$emit`; a template ref is the element itself.
declare const inTemplate: ArticleInTemplate;
inTemplate.$emit('news-load', new CustomEvent('news-load', { detail: article }) as NewsLoadEvent<Article>);
// @ts-expect-error no such event
inTemplate.$emit('news-loaded', new Event('news-loaded'));
export const element: NewsArticle = inTemplate;
