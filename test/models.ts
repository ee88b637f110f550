import type { Article, ArticleSummary, Author, Tag } from '../src/index.js';

/**
 * Models as a server-rendered page or a Storybook story would hand them to `.data`. Their slugs are
 * invented (`data-…`), so a request for any of them would be a 404 on the content server.
 */
export const tags: Tag[] = [
  { slug: 'city', name: 'City', url: 'https://site.test/tags/city.html' },
  { slug: 'harbour', name: 'The Harbour', url: 'https://site.test/tags/harbour.html' },
  { slug: 'ocean', name: 'Ocean' },
];

export const author: Author = {
  id: 'au-99',
  slug: 'data-author',
  name: 'Ada Quill',
  role: 'Night Editor',
  bio: 'Ada edits the night desk.',
  url: 'https://site.test/people/ada-quill',
  links: [{ label: 'Website', url: 'https://site.test/people/ada-quill' }],
};

export const summaries: ArticleSummary[] = [1, 2, 3].map((n) => ({
  id: `data-${n}`,
  slug: `data-related-${n}`,
  url: `https://site.test/articles/data-related-${n}.html`,
  title: `Related story number ${n}`,
  section: 'City',
  publishedAt: `2026-01-0${n}T09:00:00+00:00`,
  readingTimeMinutes: n,
  summary: `The summary of related story ${n}.`,
  author: { slug: 'data-author', name: 'Ada Quill' },
}));

export const article: Article = {
  id: 'data-1',
  slug: 'data-article',
  url: 'https://site.test/articles/data-article.html',
  title: 'A story handed in as data',
  section: 'News',
  publishedAt: '2026-01-10T09:00:00+01:00',
  readingTimeMinutes: 2,
  viewCount: 42,
  language: 'en',
  tags,
  summary: 'Nothing was fetched to show this.',
  bodyHtml: '<p>The body of a story that came as <em>data</em>.</p>',
  source: { name: 'The Wire', url: 'https://wire.test/story' },
  author,
  related: summaries,
};
