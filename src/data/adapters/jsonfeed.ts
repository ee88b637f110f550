/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), and 1.0's `author`: the feed's URL is the
 * element's `src` (or its endpoint), and every query is answered from the feed, following `next_url`
 * (at most 10 pages, never one URL twice) until it is answered. An article is an item found by its
 * `id` or by the slug of its `url` (`…/harbour-bridge-reopens/` or `….html`), and carries its related
 * items (most tags shared first) from the pages already read, so no request follows for them.
 *
 * As the spec asks of readers, an item without an `id` is discarded, and, reading a list, an item
 * that cannot be mapped is left out rather than failing the whole feed; the article asked for, or a
 * feed without `items`, fails with an error naming the field.
 */
import type { Article, Author, Tag } from '../contract.js';
import type { Adapter, Context } from './adapter.js';
import { array, at, byShared, date, decorative, fail, headline, host, id, link, list, minutes, need, slugify, str, text } from './cms.js';

const MAX_PAGES = 10;

interface Page {
  feed: unknown;
  url: string;
  items: unknown[];
}

/** The feed's pages, one request each, read only as far as the caller goes. */
async function* pages(context: Context): AsyncGenerator<Page, void> {
  const seen = new Set<string>();
  let url: string | undefined = context.src ?? context.endpoint();
  while (url && !seen.has(url) && seen.size < MAX_PAGES) {
    seen.add(url);
    const feed = await context.get(url);
    yield { feed, url, items: array(at(feed, 'items'), 'items') };
    url = link(at(feed, 'next_url'), url);
  }
}

/** The last segment of a URL's path, without its extension: what a site calls the article's slug. */
function slugOf(url: string | undefined): string | undefined {
  const last = url && new URL(url).pathname.split('/').filter(Boolean).pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last).replace(/\.[a-z\d]+$/i, '') || undefined;
  } catch {
    return last;
  }
}

/** An item's identity: its `id` (a number made a string), its URL, its slug (from the URL, else the id). */
function identify(raw: unknown, base: string) {
  const itemId = id(at(raw, 'id'));
  const url = link(at(raw, 'url'), base);
  return itemId ? { id: itemId, url, slug: slugOf(url) ?? slugOf(link(itemId)) ?? itemId } : undefined;
}

const escape = (value: string) => value.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/** `content_text` as HTML: paragraphs at blank lines, line breaks kept, every character escaped. */
function paragraphs(value: unknown): string | undefined {
  const written = str(value);
  return written && written.split(/\n\s*\n/).map((paragraph) => `<p>${escape(paragraph.trim()).replace(/\n/g, '<br>')}</p>`).join('');
}

function person(value: unknown, base: string): Author | undefined {
  const name = str(at(value, 'name'));
  const slug = name && slugify(name);
  const avatar = link(at(value, 'avatar'), base);
  return slug ? { id: slug, slug, name: name!, url: link(at(value, 'url'), base), avatar: decorative(avatar) } : undefined;
}

/** The item's first named author: its `authors`, else 1.0's `author`, else the feed's (which items inherit). */
function authorOf(raw: unknown, feed: unknown, base: string): Author | undefined {
  for (const written of [at(raw, 'authors'), at(raw, 'author'), at(feed, 'authors'), at(feed, 'author')]) {
    const found = (Array.isArray(written) ? written : [written]).map((value) => person(value, base)).find(Boolean);
    if (found) return found;
  }
  return undefined;
}

/** An item as an article; undefined for one without an id. Its URLs resolve against its own URL. */
function item(raw: unknown, feed: unknown, base: string, path: string): Article | undefined {
  const who = identify(raw, base);
  if (!who) return undefined;
  const here = who.url ?? base;
  const html = str(at(raw, 'content_html')) ?? paragraphs(at(raw, 'content_text'));
  const summary = str(at(raw, 'summary'));
  const image = link(at(raw, 'image'), here) ?? link(at(raw, 'banner_image'), here);
  const external = link(at(raw, 'external_url'), here);
  const tags = new Map<string, Tag>();
  for (const written of list(at(raw, 'tags'))) {
    const name = str(written);
    const slug = name && slugify(name);
    if (slug && !tags.has(slug)) tags.set(slug, { slug, name: name! });
  }
  return {
    id: who.id,
    slug: who.slug,
    url: who.url,
    // Microblog items have no title: their first words stand in.
    title: str(at(raw, 'title')) ?? headline(need(summary ?? text(html), `${path}title`)),
    publishedAt: need(date(at(raw, 'date_published')) ?? date(at(raw, 'date_modified')), `${path}date_published`, 'must be a date-time'),
    updatedAt: date(at(raw, 'date_modified')),
    readingTimeMinutes: minutes(undefined, html),
    language: str(at(raw, 'language')) ?? str(at(feed, 'language')),
    image: decorative(image),
    summary,
    bodyHtml: html,
    source: external ? { name: host(external), url: external } : undefined,
    author: authorOf(raw, feed, here),
    tags: [...tags.values()],
  };
}

/** The items of a page that can be mapped. */
function items(page: Page): Article[] {
  return page.items.flatMap((raw) => {
    try {
      return item(raw, page.feed, page.url, '') ?? [];
    } catch {
      return [];
    }
  });
}

/** The item with this id or slug (the first item for none), and every other item read before finding it. */
async function find(slug: string, context: Context): Promise<[Article, Article[]]> {
  const others: Article[] = [];
  for await (const page of pages(context)) {
    let found: Article | undefined;
    for (const [index, raw] of page.items.entries()) {
      const who = identify(raw, page.url);
      if (!found && who && (!slug || who.id === slug || who.slug === slug)) {
        found = item(raw, page.feed, page.url, `items[${index}].`);
      } else {
        const other = items({ ...page, items: [raw] })[0];
        if (other) others.push(other);
      }
    }
    if (found) return [found, others];
  }
  throw fail('not-found', `No item "${slug}" in the feed.`);
}

export const jsonfeed: Adapter = {
  async article({ slug }, context) {
    const [found, others] = await find(slug, context);
    // As many related items as <news-related-articles> shows by default.
    return { ...found, related: byShared(others, found.tags).slice(0, 4) };
  },

  async related({ article, limit }, context) {
    const [found, others] = await find(article, context);
    return { items: byShared(others, found.tags).slice(0, limit) };
  },

  async articles({ tag, author, limit = 100 }, context) {
    const found: Article[] = [];
    for await (const page of pages(context)) {
      found.push(...items(page).filter((one) => (!tag || one.tags.some((t) => t.slug === tag)) && (!author || one.author?.slug === author)));
      if (found.length >= limit) break;
    }
    return { items: found.slice(0, limit) };
  },

  async author({ slug }, context) {
    for await (const page of pages(context)) {
      const found = items(page).find((one) => one.author?.slug === slug)?.author;
      if (found) return found;
    }
    throw fail('not-found', `No author "${slug}" in the feed.`);
  },

  /** The tags of the feed's first page (its latest items), most used first. */
  async tags({ limit }, context) {
    const { value: page } = await pages(context).next();
    const counted = new Map<string, [count: number, tag: Tag]>();
    for (const one of page ? items(page) : []) {
      for (const tag of one.tags) counted.set(tag.slug, [(counted.get(tag.slug)?.[0] ?? 0) + 1, tag]);
    }
    return { items: [...counted.values()].sort((a, b) => b[0] - a[0]).map(([, tag]) => tag).slice(0, limit) };
  },
};
