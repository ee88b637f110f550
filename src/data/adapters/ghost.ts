/**
 * Ghost Content API (https://docs.ghost.org/content-api/), read from `<site>/ghost/api/content/`
 * with the site's Content API key (public by design: it reads only what the site publishes). Posts
 * come with `include=tags,authors`; lists use NQL filters (`tag:…`, `authors.slug:…`,
 * `tags:[…]+id:-…`) and `limit` (at most 100, Ghost's own maximum), so one page always holds the
 * answer and `meta.pagination` is never needed. Internal tags (`#hash`, visibility `internal`) are
 * never shown.
 */
import type { Article, Author, Tag } from '../contract.js';
import type { Adapter, Context } from './adapter.js';
import { apiUrl, array, at, byShared, date, decorative, fail, host, id, link, list, minutes, need, one, str, text, type Params } from './cms.js';

const INCLUDE = 'tags,authors';

function api(context: Context, path: string, params: Params = {}): string {
  const key = str(context.apiKey);
  if (!key) {
    throw fail('config', 'The ghost provider needs an api-key attribute or configure({ apiKey }).', 'api-key');
  }
  return apiUrl(context.endpoint(), 'ghost/api/content', path, { key, ...params }).href;
}

/** A value in an NQL filter: slugs are literals; anything else is quoted, so it cannot change the filter. */
const nql = (value: string) => (/^[a-z0-9_-]+$/i.test(value) ? value : `'${value.replace(/['"\\]/g, '\\$&')}'`);

/** Where each profile field points (Ghost keeps handles, not URLs); Mastodon's `@user@host` is built apart. */
const PROFILES: [field: string, label: string, prefix: string][] = [
  ['twitter', 'X', 'x.com/'],
  ['facebook', 'Facebook', 'www.facebook.com/'],
  ['threads', 'Threads', 'www.threads.com/@'],
  ['bluesky', 'Bluesky', 'bsky.app/profile/'],
  ['mastodon', 'Mastodon', ''],
  ['instagram', 'Instagram', 'www.instagram.com/'],
  ['youtube', 'YouTube', 'www.youtube.com/'],
  ['tiktok', 'TikTok', 'www.tiktok.com/@'],
  ['linkedin', 'LinkedIn', 'www.linkedin.com/in/'],
];

/** A handle (`@ghost`, `ghost`, `channel/UC…`) as a profile URL; a URL stays one. */
function profile(field: string, prefix: string, handle: string): string | undefined {
  if (/^https?:\/\//i.test(handle)) return link(handle);
  if (!prefix) {
    const [, user, server] = /^@?([^@/\s]+)@([^@/\s]+)$/.exec(handle) ?? [];
    return user ? link(`https://${server}/@${encodeURIComponent(user)}`) : undefined;
  }
  const path = (field === 'youtube' ? handle : handle.replace(/^@/, ''))
    .split('/')
    .filter((segment) => segment && segment !== '.' && segment !== '..')
    .map((segment) => encodeURIComponent(segment).replace(/%40/g, '@'))
    .join('/');
  return path ? link(`https://${prefix}${path}`) : undefined;
}

function person(value: unknown, path: string): Author {
  const avatar = link(at(value, 'profile_image'));
  const website = link(at(value, 'website'));
  const links = website ? [{ label: host(website), url: website }] : [];
  for (const [field, label, prefix] of PROFILES) {
    const handle = str(at(value, field));
    const url = handle && profile(field, prefix, handle);
    if (url) links.push({ label, url });
  }
  return {
    id: need(id(at(value, 'id')), `${path}id`),
    slug: need(str(at(value, 'slug')), `${path}slug`),
    name: need(str(at(value, 'name')), `${path}name`),
    avatar: decorative(avatar),
    bio: str(at(value, 'bio')),
    url: link(at(value, 'url')),
    links: links.length ? links : undefined,
  };
}

/** Internal tags (`#…`) are for the site's own use: Ghost gives them `visibility: internal`. */
const visible = (tag: unknown) => tag && at(tag, 'visibility') !== 'internal';

/** The public tags of a list, each mapped with its own place in the list for errors. */
const tags = (value: unknown, path: string): Tag[] =>
  list(value).flatMap((item, index) =>
    visible(item) ? [{ slug: need(str(at(item, 'slug')), `${path}[${index}].slug`), name: need(str(at(item, 'name')), `${path}[${index}].name`), url: link(at(item, 'url')) }] : [],
  );

function post(value: unknown, path: string): Article {
  const url = link(at(value, 'url'));
  const html = str(at(value, 'html'));
  const image = link(at(value, 'feature_image'), url);
  const primary = at(value, 'primary_tag');
  const author = at(value, 'primary_author') ?? at(value, 'authors', 0);
  return {
    id: need(id(at(value, 'id')), `${path}id`),
    slug: need(str(at(value, 'slug')), `${path}slug`),
    url,
    title: need(str(at(value, 'title')), `${path}title`),
    section: visible(primary) ? str(at(primary, 'name')) : undefined,
    publishedAt: need(date(at(value, 'published_at')), `${path}published_at`, 'must be a date-time'),
    updatedAt: date(at(value, 'updated_at')),
    readingTimeMinutes: minutes(at(value, 'reading_time'), html),
    // The caption is HTML (a link to the photographer, say); the alt text is plain, and may be null.
    image: image ? { src: image, alt: str(at(value, 'feature_image_alt')) ?? '', caption: text(at(value, 'feature_image_caption')) } : undefined,
    summary: str(at(value, 'custom_excerpt')) ?? str(at(value, 'excerpt')),
    bodyHtml: html,
    author: author ? person(author, `${path}primary_author.`) : undefined,
    tags: tags(at(value, 'tags'), `${path}tags`),
  };
}

const posts = (value: unknown) => ({ items: array(at(value, 'posts'), 'posts').map((item, index) => post(item, `posts[${index}].`)) });

/** A post by slug (`posts/slug/{slug}/`), or the one post `src` names. */
async function article(slug: string, context: Context): Promise<Article> {
  const answer = await context.get(context.src ?? api(context, `posts/slug/${encodeURIComponent(slug)}/`, { include: INCLUDE }));
  return post(one(array(at(answer, 'posts'), 'posts'), `post with the slug "${slug}"`), 'posts[0].');
}

export const ghost: Adapter = {
  article: ({ slug }, context) => article(slug, context),

  async related({ article: slug, limit }, context) {
    if (context.src) return posts(await context.get(context.src));
    // The same request as the article's own, so a page showing both makes it once.
    const own = await article(slug, context);
    const slugs = own.tags.map((item) => nql(item.slug));
    const filter = `${slugs.length ? `tags:[${slugs.join(',')}]+` : ''}id:-${nql(own.id)}`;
    const { items } = posts(await context.get(api(context, 'posts/', { include: INCLUDE, filter, limit })));
    return { items: byShared(items, own.tags) };
  },

  async articles({ tag, author, limit }, context) {
    const filter = [tag && `tag:${nql(tag)}`, author && `authors.slug:${nql(author)}`].filter(Boolean).join('+') || undefined;
    return posts(await context.get(context.src ?? api(context, 'posts/', { include: INCLUDE, filter, limit })));
  },

  async author({ slug }, context) {
    const answer = await context.get(context.src ?? api(context, `authors/slug/${encodeURIComponent(slug)}/`));
    return person(one(array(at(answer, 'authors'), 'authors'), `author with the slug "${slug}"`), 'authors[0].');
  },

  async tags({ limit }, context) {
    // The Content API lists public tags only (`visibility:public` is its default filter for tags).
    const params = { include: 'count.posts', order: 'count.posts desc', limit: limit ?? 100 };
    const answer = await context.get(context.src ?? api(context, 'tags/', params));
    return { items: tags(array(at(answer, 'tags'), 'tags'), 'tags') };
  },
};
