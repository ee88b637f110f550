// The reference content endpoint: the native content contract (v1) of
// docs/contract.md, answered from the invented content in ./data/content.mjs.
//
// Under `basePath` (default `/api/`):
//   GET  articles/{slug}                    Article (with url and viewCount)
//   GET  articles/{slug}/related?limit=N    { items: ArticleSummary[] }  default 4, max 20
//   GET  articles?tag=&author=&limit=N      { items: ArticleSummary[] }  default 10, max 50
//   GET  authors/{slug}                     Author
//   GET  tags?limit=N                       { items: Tag[] }  most used first, default all
//   POST articles/{slug}/views              { viewCount }  persisted to `viewsFile`
// Outside it:
//   GET  /media/{name}.svg                  the illustrations of ./data/media.mjs
//   GET  /feed.json?page=N                  the same articles as a JSON Feed 1.1 (application/feed+json),
//                                           newest first, 10 items a page, `next_url` to the next
//   GET  /healthz                           "ok"
//
// Media: the content writes image and avatar sources as `media/<name>.svg`
// (also in `src` attributes of `bodyHtml`); answers carry them as absolute
// URLs on this server, `<publicOrigin>/media/<name>.svg`, because the pages
// that show them live on other origins.
//
// Successful GETs are cacheable (`Cache-Control: public, max-age=60`) with a
// strong ETag, and answer `If-None-Match` with 304. Errors and POSTs are
// `no-store`. Every answer allows any origin (CORS).

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { articles, authors, tags } from './data/content.mjs';
import { isMediaName, renderSvg } from './data/media.mjs';

const DEFAULT_SITE_ORIGIN = 'http://127.0.0.1:8080';
const LIMITS = {
  related: { default: 4, max: 20 },
  articles: { default: 10, max: 50 },
  tags: { default: Infinity, max: Infinity },
};
/** Items in one page of the JSON Feed (`/feed.json`, then `/feed.json?page=2`, …). */
const FEED_PAGE_SIZE = 10;
const MEDIA_SRC = /^media\/([a-z0-9-]+)\.svg$/;
const BODY_MEDIA_SRC = /(\ssrc=["'])media\/([a-z0-9-]+\.svg)(["'])/g;

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
};
const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, If-None-Match',
  'Access-Control-Max-Age': '86400',
};
const JSON_TYPE = 'application/json; charset=utf-8';

class HttpError extends Error {
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/**
 * A request handler for the reference endpoint.
 *
 * @param {object} options
 * @param {string} [options.siteOrigin]   origin of the publisher site; article and tag `url`s point there
 * @param {string} [options.viewsFile]    JSON file `{slug: count}` for view counts; none: counts live in memory
 * @param {string} [options.basePath]     path of the endpoint on this server, default `/api/`
 * @param {string} [options.publicOrigin] this server's own origin, for media URLs; default from the Host header
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>}
 *   resolves true when it answered the request, false when the path is none of its own.
 *   The function also has `flush()`, which resolves once pending view counts are written.
 */
export function createReferenceHandler({ siteOrigin = DEFAULT_SITE_ORIGIN, viewsFile, basePath = '/api/', publicOrigin } = {}) {
  const base = normalizeBasePath(basePath);
  const site = trimTrailingSlash(siteOrigin);
  const views = createViewStore(viewsFile);
  const model = buildModel(site);

  async function handle(req, res) {
    const method = req.method ?? 'GET';
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return false;
    }
    const pathname = url.pathname;
    const origin = publicOrigin ? trimTrailingSlash(publicOrigin) : `http://${req.headers.host ?? 'localhost'}`;

    try {
      if (pathname === '/healthz') {
        allowMethods(method, ['GET', 'HEAD']);
        if (method === 'OPTIONS') return preflight(res);
        send(req, res, 200, 'ok\n', { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        return true;
      }
      if (pathname.startsWith('/media/')) {
        const match = /^\/media\/([^/]+)\.svg$/.exec(pathname);
        const name = match?.[1];
        const svg = name !== undefined && model.mediaNames.has(name) ? model.svg(name) : undefined;
        if (!svg) throw new HttpError(404, 'not-found', `No media at ${pathname}`);
        allowMethods(method, ['GET', 'HEAD']);
        if (method === 'OPTIONS') return preflight(res);
        sendCacheable(req, res, svg, { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' });
        return true;
      }
      if (pathname === '/feed.json') {
        allowMethods(method, ['GET', 'HEAD']);
        if (method === 'OPTIONS') return preflight(res);
        const feed = model.feed(origin, readPage(url.searchParams));
        sendCacheable(req, res, JSON.stringify(feed), { 'Content-Type': 'application/feed+json; charset=utf-8', 'Cache-Control': 'public, max-age=60' });
        return true;
      }
      if (!pathname.startsWith(base) && `${pathname}/` !== base) return false;

      // Preflights succeed on every path of the endpoint, so that the real
      // request gets its own answer (a 404 the page can read, not a CORS failure).
      if (method === 'OPTIONS') return preflight(res);
      const segments = pathname.slice(base.length).split('/').map(decodeSegment);
      if (segments.length > 1 && segments.at(-1) === '') segments.pop();
      const route = matchRoute(segments);
      if (!route) throw new HttpError(404, 'not-found', `No route for ${pathname}`);
      allowMethods(method, route.methods);

      if (route.name === 'views') {
        const article = model.article(route.slug);
        req.resume();
        const viewCount = await views.increment(article.slug);
        sendJson(req, res, 200, { viewCount }, { 'Cache-Control': 'no-store' });
        return true;
      }

      const body = answer(route, url.searchParams);
      sendCacheable(req, res, JSON.stringify(body), { 'Content-Type': JSON_TYPE, 'Cache-Control': 'public, max-age=60' });
      return true;
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(req, res, error);
      } else {
        console.error('reference endpoint:', error);
        sendError(req, res, new HttpError(500, 'internal', 'The endpoint failed to answer'));
      }
      return true;
    }

    function answer(route, query) {
      switch (route.name) {
        case 'article': {
          const article = model.article(route.slug);
          return withMedia(model.toArticle(article, views.get(article.slug)), origin);
        }
        case 'related': {
          const article = model.article(route.slug);
          const limit = readLimit(query, LIMITS.related);
          return { items: model.related(article, limit).map((a) => withMedia(model.toSummary(a), origin)) };
        }
        case 'articles': {
          const limit = readLimit(query, LIMITS.articles);
          const tag = query.get('tag') || undefined;
          const author = query.get('author') || undefined;
          const items = model.sorted
            .filter((a) => (!tag || a.tags.some((t) => t.slug === tag)) && (!author || a.author?.slug === author))
            .slice(0, limit);
          return { items: items.map((a) => withMedia(model.toSummary(a), origin)) };
        }
        case 'author':
          return withMedia(model.author(route.slug), origin);
        case 'tags': {
          const limit = readLimit(query, LIMITS.tags);
          return { items: model.tagsByUse.slice(0, limit) };
        }
        default:
          throw new Error(`Unhandled route ${route.name}`);
      }
    }
  }

  handle.flush = () => views.flush();
  return handle;
}

/**
 * Starts the reference endpoint on its own HTTP server.
 * Resolves `{ server, url, origin, close }`: `url` is the endpoint URL (`${origin}${basePath}`),
 * `close()` stops the server and waits for pending view counts to be written.
 */
export async function startReferenceServer({ port = 0, host = '127.0.0.1', siteOrigin, viewsFile, basePath = '/api/' } = {}) {
  let handler;
  const server = createServer((req, res) => {
    if (!handler) {
      sendError(req, res, new HttpError(503, 'unavailable', 'The endpoint is starting'));
      return;
    }
    handler(req, res).then((handled) => {
      if (!handled) sendError(req, res, new HttpError(404, 'not-found', `No route for ${new URL(req.url ?? '/', 'http://localhost').pathname}`));
    });
  });
  await listen(server, port, host);
  const origin = `http://${urlHost(host)}:${server.address().port}`;
  try {
    handler = createReferenceHandler({ siteOrigin, viewsFile, basePath, publicOrigin: origin });
  } catch (error) {
    server.close();
    throw error;
  }
  const close = async () => {
    await new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await handler.flush();
  };
  return { server, url: `${origin}${normalizeBasePath(basePath)}`, origin, close };
}

// ---------------------------------------------------------------- the model

function buildModel(site) {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const authorBySlug = new Map(authors.map((a) => [a.slug, a]));
  const tagBySlug = new Map(tags.map((t) => [t.slug, t]));
  const sorted = [...articles].sort(newestFirst);

  const tagUse = new Map(tags.map((t) => [t.slug, 0]));
  for (const article of articles) {
    for (const tag of article.tags) tagUse.set(tag.slug, (tagUse.get(tag.slug) ?? 0) + 1);
  }
  const tagsByUse = [...tagUse.keys()]
    .sort((a, b) => tagUse.get(b) - tagUse.get(a) || a.localeCompare(b))
    .map((slug) => toTag(tagBySlug.get(slug) ?? { slug, name: slug }));

  const mediaNames = new Set();
  const addMedia = (src) => {
    const match = MEDIA_SRC.exec(src ?? '');
    if (match) mediaNames.add(match[1]);
  };
  for (const author of authors) addMedia(author.avatar?.src);
  for (const article of articles) {
    addMedia(article.image?.src);
    for (const match of (article.bodyHtml ?? '').matchAll(BODY_MEDIA_SRC)) addMedia(`media/${match[2]}`);
  }
  const svgCache = new Map();

  function toTag(tag) {
    return { slug: tag.slug, name: tag.name, url: `${site}/tags/${encodeURIComponent(tag.slug)}.html` };
  }

  function articleUrl(slug) {
    return `${site}/articles/${encodeURIComponent(slug)}.html`;
  }

  return {
    sorted,
    tagsByUse,
    mediaNames,
    svg(name) {
      if (!isMediaName(name)) return undefined;
      if (!svgCache.has(name)) svgCache.set(name, renderSvg(name));
      return svgCache.get(name);
    },
    article(slug) {
      const article = bySlug.get(slug);
      if (!article) throw new HttpError(404, 'not-found', `No article with slug ${JSON.stringify(slug)}`);
      return article;
    },
    author(slug) {
      const author = authorBySlug.get(slug);
      if (!author) throw new HttpError(404, 'not-found', `No author with slug ${JSON.stringify(slug)}`);
      return structuredClone(author);
    },
    toArticle(a, viewCount) {
      return {
        id: a.id,
        slug: a.slug,
        url: articleUrl(a.slug),
        title: a.title,
        section: a.section,
        publishedAt: a.publishedAt,
        updatedAt: a.updatedAt,
        readingTimeMinutes: a.readingTimeMinutes,
        viewCount,
        language: a.language,
        tags: a.tags.map(toTag),
        image: a.image && { ...a.image },
        summary: a.summary,
        bodyHtml: a.bodyHtml?.trim(),
        source: a.source && { ...a.source },
        disclosure: a.disclosure && { ...a.disclosure },
        author: a.author && structuredClone(a.author),
      };
    },
    toSummary(a) {
      return {
        id: a.id,
        slug: a.slug,
        url: articleUrl(a.slug),
        title: a.title,
        section: a.section,
        publishedAt: a.publishedAt,
        readingTimeMinutes: a.readingTimeMinutes,
        image: a.image && { ...a.image },
        summary: a.summary,
        author: a.author && {
          slug: a.author.slug,
          name: a.author.name,
          avatar: a.author.avatar && { ...a.author.avatar },
        },
        tags: a.tags.map(toTag),
      };
    },
    /**
     * One page of the articles as a JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): items by
     * their page's URL, tags by name (a feed has no tag slugs), the author with their page and avatar.
     */
    feed(origin, page) {
      const pages = Math.ceil(sorted.length / FEED_PAGE_SIZE);
      if (page > pages) throw new HttpError(404, 'not-found', `The feed has ${pages} pages`);
      const pageUrl = (n) => `${origin}/feed.json${n > 1 ? `?page=${n}` : ''}`;
      return {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'The Harbour Gazette',
        home_page_url: `${site}/`,
        feed_url: pageUrl(page),
        description: 'News from Port Merrow and its twin towns (invented, for the news-widgets demo).',
        language: 'en',
        ...(page < pages ? { next_url: pageUrl(page + 1) } : {}),
        items: sorted.slice((page - 1) * FEED_PAGE_SIZE, page * FEED_PAGE_SIZE).map((a) => {
          const article = withMedia(this.toArticle(a), origin);
          return {
            id: article.url,
            url: article.url,
            title: article.title,
            summary: article.summary,
            content_html: article.bodyHtml,
            image: article.image?.src,
            date_published: article.publishedAt,
            date_modified: article.updatedAt,
            tags: a.tags.map((tag) => (tagBySlug.get(tag.slug) ?? tag).name),
            authors: article.author ? [{ name: article.author.name, url: article.author.url, avatar: article.author.avatar?.src }] : undefined,
            language: article.language,
          };
        }),
      };
    },
    related(article, limit) {
      const own = new Set(article.tags.map((t) => t.slug));
      const shared = (a) => a.tags.filter((t) => own.has(t.slug)).length;
      return articles
        .filter((a) => a.slug !== article.slug)
        .map((a) => ({ a, score: shared(a) }))
        .sort((x, y) => y.score - x.score || newestFirst(x.a, y.a))
        .slice(0, limit)
        .map(({ a }) => a);
    },
  };
}

function newestFirst(a, b) {
  return Date.parse(b.publishedAt) - Date.parse(a.publishedAt);
}

/** Makes the `media/<name>.svg` sources of a model absolute on `origin` (mutates the fresh copy it is given). */
function withMedia(model, origin) {
  const fix = (image) => {
    if (image && MEDIA_SRC.test(image.src)) image.src = `${origin}/${image.src}`;
  };
  fix(model.image);
  fix(model.avatar);
  fix(model.author?.avatar);
  if (typeof model.bodyHtml === 'string') {
    model.bodyHtml = model.bodyHtml.replace(BODY_MEDIA_SRC, (_, before, file, after) => `${before}${origin}/media/${file}${after}`);
  }
  return model;
}

// ---------------------------------------------------------------- routing

function matchRoute(segments) {
  const [first, slug, third, ...rest] = segments;
  if (rest.length) return undefined;
  if (first === 'articles') {
    if (slug === undefined) return { name: 'articles', methods: ['GET', 'HEAD'] };
    if (slug === '') return undefined;
    if (third === undefined) return { name: 'article', slug, methods: ['GET', 'HEAD'] };
    if (third === 'related') return { name: 'related', slug, methods: ['GET', 'HEAD'] };
    if (third === 'views') return { name: 'views', slug, methods: ['POST'] };
    return undefined;
  }
  if (first === 'authors' && slug && third === undefined) return { name: 'author', slug, methods: ['GET', 'HEAD'] };
  if (first === 'tags' && slug === undefined) return { name: 'tags', methods: ['GET', 'HEAD'] };
  return undefined;
}

function allowMethods(method, methods) {
  if (method === 'OPTIONS' || methods.includes(method)) return;
  throw new HttpError(405, 'method-not-allowed', `${method} is not allowed here; use ${methods.filter((m) => m !== 'HEAD').join(' or ')}`, {
    headers: { Allow: [...methods, 'OPTIONS'].join(', ') },
  });
}

function readLimit(query, { default: fallback, max }) {
  const values = query.getAll('limit');
  if (values.length === 0) return fallback;
  const value = values[values.length - 1];
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new HttpError(400, 'bad-request', `Query parameter "limit" must be a positive integer, got ${JSON.stringify(value)}`, { field: 'limit' });
  }
  return Math.min(Number(value), max);
}

function readPage(query) {
  const value = query.get('page') ?? '1';
  if (!/^[0-9]+$/.test(value) || Number(value) < 1) {
    throw new HttpError(400, 'bad-request', `Query parameter "page" must be a positive integer, got ${JSON.stringify(value)}`, { field: 'page' });
  }
  return Number(value);
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'bad-request', `Malformed percent-encoding in path segment ${JSON.stringify(segment)}`);
  }
}

// ---------------------------------------------------------------- answers

function preflight(res) {
  res.writeHead(204, { ...CORS, ...PREFLIGHT, 'Content-Type': JSON_TYPE });
  res.end();
  return true;
}

function sendJson(req, res, status, body, headers = {}) {
  send(req, res, status, JSON.stringify(body), { 'Content-Type': JSON_TYPE, ...headers });
}

function sendError(req, res, error) {
  const body = { error: { code: error.code, message: error.message } };
  if (error.extra.field) body.error.field = error.extra.field;
  sendJson(req, res, error.status, body, { 'Cache-Control': 'no-store', ...(error.extra.headers ?? {}) });
}

function sendCacheable(req, res, text, headers) {
  const etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
  if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
    res.writeHead(304, { ...CORS, ...headers, ETag: etag });
    res.end();
    return;
  }
  send(req, res, 200, text, { ...headers, ETag: etag });
}

function send(req, res, status, text, headers) {
  if (res.headersSent) {
    res.end();
    return;
  }
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, { ...CORS, 'X-Content-Type-Options': 'nosniff', ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Weak comparison, as If-None-Match requires (RFC 9110, 13.1.2). */
function matchesIfNoneMatch(header, etag) {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

// ---------------------------------------------------------------- view counts

function createViewStore(file) {
  const counts = new Map();
  if (file) {
    let text;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if (error.code !== 'ENOENT') throw error;
    }
    if (text !== undefined) {
      try {
        const saved = JSON.parse(text);
        for (const [slug, count] of Object.entries(saved)) {
          if (Number.isSafeInteger(count) && count >= 0) counts.set(slug, count);
        }
      } catch {
        console.warn(`reference endpoint: ${file} is not valid JSON; view counts start from zero`);
      }
    }
  }

  // Writes never overlap: each one starts after the previous one ended, and
  // increments made while a write waits to start join it.
  let queued = null;
  let last = Promise.resolve();
  let sequence = 0;

  async function write() {
    const text = `${JSON.stringify(Object.fromEntries(counts), null, 2)}\n`;
    const temp = `${file}.${process.pid}.${sequence++}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(temp, text);
      await rename(temp, file);
    } catch (error) {
      console.error(`reference endpoint: could not save view counts to ${file}:`, error.message);
      await unlink(temp).catch(() => {});
    }
  }

  function persist() {
    if (!queued) {
      queued = last.then(() => {
        queued = null;
        return write();
      });
      last = queued;
    }
    return queued;
  }

  return {
    get: (slug) => counts.get(slug) ?? 0,
    async increment(slug) {
      const count = (counts.get(slug) ?? 0) + 1;
      counts.set(slug, count);
      if (file) await persist();
      return count;
    },
    flush: () => last,
  };
}

// ---------------------------------------------------------------- helpers

function normalizeBasePath(basePath) {
  let base = String(basePath);
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return base;
}

function trimTrailingSlash(origin) {
  return String(origin).replace(/\/+$/, '');
}

/** The host part of a URL for a bind address: wildcard addresses are reached on loopback. */
export function urlHost(host) {
  if (!host || host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

export function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
