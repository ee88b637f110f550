// The models every contender renders: the demo content of demo/data/content.mjs, as the reference
// endpoint would answer it, repeated (with distinct slugs) up to the number of cards asked for.
// Built before a measurement starts: the data is in hand.
import type { Article, ArticleSummary, Image } from '../../src/index.js';
import { articles } from '../../demo/data/content.mjs';

type Content = (typeof articles)[number];

const SITE = 'https://news.example/';
const WORDS_PER_MINUTE = 200;
/** The article of the whole-article benchmark: a long body with a table, a source line and an author with links. */
const ARTICLE = 'seagrass-meadows-return';

/** The page's own server serves the illustrations at `/media/<name>.svg`, as the endpoint does. */
function media(image: Image): Image;
function media(image: Image | undefined): Image | undefined;
function media(image: Image | undefined): Image | undefined {
  return image && { ...image, src: new URL(image.src, `${location.origin}/`).href };
}

/** Reading time as the contract computes it when absent, so that every card shows one. */
function readingTime(article: Content): number {
  if (article.readingTimeMinutes) return article.readingTimeMinutes;
  const words = (article.bodyHtml ?? '').replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

function summary(article: Content, slug = article.slug, id = article.id): ArticleSummary {
  return {
    id,
    slug,
    url: `${SITE}articles/${slug}.html`,
    title: article.title,
    section: article.section,
    publishedAt: article.publishedAt,
    readingTimeMinutes: readingTime(article),
    image: media(article.image),
    summary: article.summary,
    author: article.author && { slug: article.author.slug, name: article.author.name, avatar: media(article.author.avatar) },
  };
}

/** `count` card models, fresh objects on every call. */
export function cardModels(count: number): ArticleSummary[] {
  return Array.from({ length: count }, (_, index) => {
    const article = articles[index % articles.length];
    const round = Math.floor(index / articles.length);
    return round ? summary(article, `${article.slug}-${round + 1}`, `${article.id}-${round + 1}`) : summary(article);
  });
}

/**
 * A whole article with everything `<news-article>` shows: tags, hero image, body, source, author
 * with avatar and links, and four related articles (so that the related strip needs no request).
 */
export function articleModel(): Article {
  const article = articles.find((candidate) => candidate.slug === ARTICLE)!;
  const related = articles.filter((candidate) => candidate !== article).slice(0, 4);
  return {
    id: article.id,
    slug: article.slug,
    url: `${SITE}articles/${article.slug}.html`,
    title: article.title,
    section: article.section,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    readingTimeMinutes: readingTime(article),
    viewCount: 12_345,
    language: article.language,
    tags: article.tags.map((tag) => ({ ...tag, url: `${SITE}tags/${tag.slug}.html` })),
    image: media(article.image),
    summary: article.summary,
    bodyHtml: article.bodyHtml.trim().replace(/(\ssrc=")(media\/[a-z0-9-]+\.svg")/g, `$1${location.origin}/$2`),
    source: article.source,
    disclosure: article.disclosure,
    author: article.author && { ...article.author, avatar: media(article.author.avatar) },
    related: related.map((candidate) => summary(candidate)),
  };
}
