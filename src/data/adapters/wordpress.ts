/**
 * WordPress REST API v2 (https://developer.wordpress.org/rest-api/reference/), read from the site's
 * `wp-json/`: posts with `_embed` (author, featured media and terms in one answer), tags and users
 * by slug. A post is found by `posts?slug=` (an array; an empty one is "not found"); posts of a
 * tag or an author need its id first (`tags?slug=`, `users?slug=`), which the client's cache keeps
 * for the page. Lists ask for `per_page` = the element's limit (at most 100, WordPress's own
 * maximum), so one page always holds the answer and the pagination headers are never needed.
 */
import type { Article, Author, Image, Tag } from '../contract.js';
import type { Adapter, Context } from './adapter.js';
import { apiUrl, array, at, byShared, date, headline, host, id, link, list, minutes, need, one, size, str, text, type Params } from './cms.js';

/** A URL of the REST API: `<site>/wp-json/wp/v2/<path>?…`, with `&_embed` for posts. */
function api(context: Context, path: string, params: Params, embed = path === 'posts'): string {
  const url = apiUrl(context.endpoint(), 'wp-json', `wp/v2/${path}`, params).href;
  return embed ? `${url}${url.includes('?') ? '&' : '?'}_embed` : url;
}

/** `excerpt.rendered`: `<p>First words [&hellip;]</p>` → `First words…`. */
const excerpt = (html: unknown) => text(html)?.replace(/\s*\[(…|\.\.\.)\]$/, '…');

/** An embedded object that is an error (`{ code, message, data: { status } }`) is no object at all. */
const embedded = (value: unknown) => (value && typeof value === 'object' && at(value, 'code') === undefined ? value : undefined);

function term(value: unknown, path: string): Tag {
  return {
    slug: need(str(at(value, 'slug')), `${path}slug`),
    name: need(text(at(value, 'name')), `${path}name`),
    url: link(at(value, 'link')),
  };
}

/** A user (`users?slug=`, or embedded as a post's author): the largest avatar, the website as a link. */
function user(value: unknown, path: string): Author {
  const avatars = at(value, 'avatar_urls');
  const avatar = Object.keys(Object(avatars))
    .map(Number)
    .filter((width) => width > 0 && link(at(avatars, String(width))))
    .sort((a, b) => b - a)[0];
  const website = link(at(value, 'url'));
  return {
    id: need(id(at(value, 'id')), `${path}id`),
    slug: need(str(at(value, 'slug')), `${path}slug`),
    name: need(text(at(value, 'name')), `${path}name`),
    avatar: avatar ? { src: link(at(avatars, String(avatar)))!, alt: '', width: avatar, height: avatar } : undefined,
    bio: text(at(value, 'description')),
    url: link(at(value, 'link')),
    links: website ? [{ label: host(website), url: website }] : undefined,
  };
}

/** Featured media: its `large` size when there is one, the original otherwise; `alt_text` may be empty. */
function media(value: unknown, base?: string): Image | undefined {
  const details = at(value, 'media_details');
  const large = at(details, 'sizes', 'large');
  const [file, box] = link(at(large, 'source_url'), base) ? [large, large] : [value, details];
  const src = link(at(file, 'source_url'), base);
  return src
    ? { src, alt: str(at(value, 'alt_text')) ?? '', caption: text(at(value, 'caption', 'rendered')), width: size(at(box, 'width')), height: size(at(box, 'height')) }
    : undefined;
}

function post(value: unknown, path: string): Article {
  const url = link(at(value, 'link'));
  const body = str(at(value, 'content', 'rendered'));
  const summary = excerpt(at(value, 'excerpt', 'rendered'));
  const extra = at(value, '_embedded');
  const terms = list(at(extra, 'wp:term')).flatMap(list);
  const of = (taxonomy: string) => terms.filter((item) => at(item, 'taxonomy') === taxonomy);
  const author = embedded(at(extra, 'author', 0));
  return {
    id: need(id(at(value, 'id')), `${path}id`),
    slug: need(str(at(value, 'slug')), `${path}slug`),
    url,
    // An aside or a status may have no title: its first words stand in.
    title: text(at(value, 'title', 'rendered')) ?? headline(need(summary ?? text(body), `${path}title.rendered`)),
    section: text(at(of('category')[0], 'name')),
    publishedAt: need(date(at(value, 'date_gmt')), `${path}date_gmt`, 'must be a date-time'),
    updatedAt: date(at(value, 'modified_gmt')),
    readingTimeMinutes: minutes(undefined, body),
    // `featured_media: 0` embeds no media; the embedded media may also be an error object.
    image: media(embedded(at(extra, 'wp:featuredmedia', 0)), url),
    summary,
    bodyHtml: body,
    author: author && user(author, `${path}_embedded.author[0].`),
    tags: of('post_tag').map((item) => term(item, `${path}_embedded.wp:term.`)),
  };
}

const posts = (value: unknown) => ({ items: array(value, '').map((item, index) => post(item, `[${index}].`)) });

const numbers = (value: unknown) => list(value).filter((item) => typeof item === 'number');

/** The id of the tag or user with this slug, or undefined when there is none. */
async function idOf(context: Context, path: 'tags' | 'users', slug: string): Promise<string | undefined> {
  return id(at(array(await context.get(api(context, path, { slug })), ''), 0, 'id'));
}

export const wordpress: Adapter = {
  async article({ slug }, context) {
    const answer = await context.get(context.src ?? api(context, 'posts', { slug }));
    return post(one(answer, `post with the slug "${slug}"`), Array.isArray(answer) ? '[0].' : '');
  },

  async related({ article, limit }, context) {
    if (context.src) return posts(await context.get(context.src));
    // The same request as the article's own, so a page showing both makes it once.
    const own = one(array(await context.get(api(context, 'posts', { slug: article })), ''), `post with the slug "${article}"`);
    const tags = numbers(at(own, 'tags'));
    const categories = numbers(at(own, 'categories'));
    const params: Params = tags.length ? { tags: tags.join(',') } : categories.length ? { categories: categories.join(',') } : {};
    const { items } = posts(await context.get(api(context, 'posts', { ...params, exclude: id(at(own, 'id')), per_page: limit })));
    return { items: byShared(items, post(own, '[0].').tags) };
  },

  async articles({ tag, author, limit }, context) {
    if (context.src) return posts(await context.get(context.src));
    const [tags, user] = await Promise.all([tag ? idOf(context, 'tags', tag) : '', author ? idOf(context, 'users', author) : '']);
    // An unknown tag or author has no posts (WordPress would ignore the filter and list them all).
    if (tags === undefined || user === undefined) return { items: [] };
    return posts(await context.get(api(context, 'posts', { tags: tags || undefined, author: user || undefined, per_page: limit })));
  },

  async author({ slug }, context) {
    const answer = await context.get(context.src ?? api(context, 'users', { slug }));
    return user(one(answer, `user with the slug "${slug}"`), Array.isArray(answer) ? '[0].' : '');
  },

  async tags({ limit }, context) {
    const answer = await context.get(context.src ?? api(context, 'tags', { orderby: 'count', order: 'desc', hide_empty: 'true', per_page: limit ?? 100 }));
    return { items: array(answer, '').map((item, index) => term(item, `[${index}].`)) };
  },
};
