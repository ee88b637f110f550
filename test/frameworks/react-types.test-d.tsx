// Checked by `npm run typecheck`, never run: the React declarations (news-widgets/react) accept the
// elements used as documented and reject wrong values. Each `@ts-expect-error` fails the check if
// the line after it compiles, so a declaration that stopped checking (say, one typed `any`) fails.
// TypeScript checks a hyphenated JSX name only when the type declares it: a misspelled attribute
// (`heading-levle`) or event prop (`onnews-lod`) is not an error, a wrong value of a real one is.
import { useRef } from 'react';
import type {} from '../../src/react.js';
import type { Article, ArticleSummary, Author, NewsArticle, NewsClickEvent, NewsErrorEvent, NewsLoadEvent, Tag } from '../../src/index.js';

declare const article: Article;
declare const summary: ArticleSummary;
declare const author: Author;
declare const tags: Tag[];

export function Valid() {
  const ref = useRef<NewsArticle>(null);
  return (
    <>
      <news-article
        ref={ref}
        key="story"
        slug="harbour-bridge-reopens"
        endpoint="https://news.example/api/"
        heading-level={2}
        count-view
        link-target="_blank"
        link-params="utm_source=partner"
        theme="dark"
        loading="lazy"
        lang="fr"
        className="story"
        class="story"
        style={{ maxInlineSize: '40em' }}
        onnews-load={(event: NewsLoadEvent<Article>) => event.detail.title.toUpperCase()}
        onnews-error={(event: NewsErrorEvent) => event.detail.error.code}
        onnews-click={(event: NewsClickEvent) => event.preventDefault()}
        onnews-impression={(event) => event.detail.position}
      >
        <p slot="error">The story could not be loaded.</p>
      </news-article>
      <news-article data={article} />
      <news-article-card data={summary} heading-level="4" position={2} src="https://cdn.example/story.json" provider="jsonfeed" />
      <news-article-card data={article} />
      <news-author-bio author="nadia-okafor" api-key="key" provider="ghost" data={author} />
      <news-tag-list article="harbour-bridge-reopens" max={3} data={tags} />
      <news-related-articles tag="harbour" limit={4} layout="grid" data={[summary]} onnews-load={(event) => event.detail.map((item) => item.slug)} />
    </>
  );
}

export function Invalid() {
  return (
    <>
      {/* @ts-expect-error heading-level is a number */}
      <news-article heading-level="two" />
      {/* @ts-expect-error heading-level is a number */}
      <news-article heading-level={true} />
      {/* @ts-expect-error React sets limit as a property, which takes a number, not digits */}
      <news-related-articles limit="4" />
      {/* @ts-expect-error layout is strip or grid */}
      <news-related-articles layout="carousel" />
      {/* @ts-expect-error theme is light or dark */}
      <news-article-card theme="sepia" />
      {/* @ts-expect-error no such attribute */}
      <news-article slugs="harbour-bridge-reopens" />
      {/* @ts-expect-error a card's data is an ArticleSummary, not a list */}
      <news-article-card data={[summary]} />
      {/* @ts-expect-error a tag list's data is a Tag[] */}
      <news-tag-list data={author} />
      {/* @ts-expect-error the load event of an author bio carries an Author */}
      <news-author-bio onnews-load={(event: NewsLoadEvent<Article>) => event.detail.title} />
      {/* @ts-expect-error React passes the name as written: the event is news-load, not NewsLoad */}
      <news-article onNewsLoad={() => {}} />
      {/* @ts-expect-error count-view is a boolean */}
      <news-article count-view="yes" />
      {/* @ts-expect-error model and error are read-only, not attributes */}
      <news-article model={article} />
    </>
  );
}
