// Three CMSs as the browser tests see them, answering at the paths the real APIs use, from the
// fixtures in test/fixtures/cms/ (each folder's README.md cites the documentation it follows):
//
//   WordPress REST API v2   /wp-json/wp/v2/posts?slug=&tags=&categories=&author=&exclude=&per_page=&page=&_embed
//                           /wp-json/wp/v2/posts/{id}   /wp-json/wp/v2/tags?slug=&orderby=&order=&hide_empty=&per_page=
//                           /wp-json/wp/v2/users?slug=
//     Arrays, newest post first; `_embedded` only with `_embed`; X-WP-Total, X-WP-TotalPages and Link
//     headers (exposed to CORS, as WordPress does); `per_page` over 100 or a page past the last is a 400.
//   Ghost Content API       /ghost/api/content/posts/?key=&include=&filter=&limit=&page=
//                           /ghost/api/content/posts/slug/{slug}/?key=&include=
//                           /ghost/api/content/authors/slug/{slug}/?key=   /ghost/api/content/tags/?key=&filter=&include=&order=&limit=
//     `{ posts: [...], meta: { pagination } }`; tags, authors, primary_tag and primary_author only with
//     `include`; an NQL subset (`tag:`, `tags:[…]`, `authors.slug:`, `primary_author:`, `id:-…`,
//     `slug:`, `visibility:`, joined with `+`); a wrong or missing key is a 401, as in Ghost.
//   JSON Feed               /feeds/{name}.json   (application/feed+json)
//   Any fixture as it is    /cms/{wordpress|ghost|jsonfeed}/{name}.json   (application/json), for `src`
//   Any answer at all       POST /cms-echo (the body, as text) → { "id": n }; then GET /cms-echo/{n}/{any path}
//                           answers that body as application/json, whatever it is: for the property
//                           tests, which give the adapters random and truncated answers
//
// It is mounted by test/server.mjs after its /delay/<ms>/ prefix is taken off, so a test can give
// its CMS a prefix of its own and count the requests made to it.
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('./fixtures/cms/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, FIXTURES), 'utf8'));

/** The Content API key the fake Ghost accepts. */
export const GHOST_KEY = '6c2a5b0f9d3e4a1b7c8d9e0f12';

export function createCmsHandler() {
  const wp = { posts: read('wordpress/posts.json'), tags: read('wordpress/tags.json'), users: read('wordpress/users.json') };
  const ghost = { posts: read('ghost/posts.json'), authors: read('ghost/authors.json'), tags: read('ghost/tags.json') };

  const echoes = [];

  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/cms-echo' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      echoes.push(body);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: echoes.length - 1 }));
      return true;
    }
    const echo = /^\/cms-echo\/(\d+)\//.exec(url.pathname);
    if (echo) {
      const body = echoes[Number(echo[1])];
      if (body === undefined) res.writeHead(404).end();
      else res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' }).end(body);
      return true;
    }
    if (url.pathname.startsWith('/wp-json/')) return wordpress(url, res);
    if (url.pathname.startsWith('/ghost/api/content/')) return ghostApi(url, res);
    const file = /^\/feeds\/([\w.-]+\.json)$/.exec(url.pathname) ?? /^\/cms\/((?:wordpress|ghost|jsonfeed)\/[\w.-]+\.json)$/.exec(url.pathname);
    if (!file) return false;
    try {
      const feed = url.pathname.startsWith('/feeds/');
      const body = readFileSync(new URL(feed ? `jsonfeed/${file[1]}` : file[1], FIXTURES));
      res.writeHead(200, { 'Content-Type': feed ? 'application/feed+json; charset=utf-8' : 'application/json; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
    return true;
  };

  // ------------------------------------------------------------------------------- WordPress

  function wordpress(url, res) {
    const send = (status, body, headers = {}) => {
      res
        .writeHead(status, {
          'Content-Type': 'application/json; charset=UTF-8',
          'Access-Control-Expose-Headers': 'X-WP-Total, X-WP-TotalPages, Link',
          Allow: 'GET',
          ...headers,
        })
        .end(JSON.stringify(body));
      return true;
    };
    const invalid = (param, why) =>
      send(400, { code: 'rest_invalid_param', message: `Invalid parameter(s): ${param}`, data: { status: 400, params: { [param]: why } } });
    const q = url.searchParams;
    const ids = (name) => (q.get(name) ?? '').split(',').filter(Boolean).map(Number);
    for (const name of ['tags', 'categories', 'author', 'exclude']) {
      if (ids(name).some((value) => !Number.isInteger(value))) return invalid(name, `${name}[0] is not of type integer.`);
    }
    const perPage = Number(q.get('per_page') ?? 10);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) return invalid('per_page', 'per_page must be between 1 (inclusive) and 100 (inclusive)');
    const page = Number(q.get('page') ?? 1);

    /** One page of a collection, with WordPress's pagination headers. */
    const collection = (items) => {
      const total = items.length;
      const pages = Math.ceil(total / perPage);
      if (page > Math.max(1, pages)) {
        return send(400, { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } });
      }
      const links = [];
      const at = (n) => {
        const next = new URL(url);
        next.searchParams.set('page', String(n));
        return `https://courier.example${next.pathname}${next.search}`;
      };
      if (page > 1) links.push(`<${at(page - 1)}>; rel="prev"`);
      if (page < pages) links.push(`<${at(page + 1)}>; rel="next"`);
      const headers = { 'X-WP-Total': String(total), 'X-WP-TotalPages': String(pages) };
      if (links.length) headers.Link = links.join(', ');
      return send(200, items.slice((page - 1) * perPage, page * perPage), headers);
    };
    const embed = q.has('_embed');
    const shown = (post) => (embed ? post : Object.fromEntries(Object.entries(post).filter(([key]) => key !== '_embedded')));
    const slugs = (q.get('slug') ?? '').split(',').filter(Boolean);

    const route = url.pathname.slice('/wp-json/wp/v2/'.length).replace(/\/$/, '');
    if (route === 'posts') {
      const [tags, categories, authors, exclude] = ['tags', 'categories', 'author', 'exclude'].map(ids);
      const items = wp.posts
        .filter(
          (post) =>
            (!slugs.length || slugs.includes(post.slug)) &&
            (!tags.length || post.tags.some((id) => tags.includes(id))) &&
            (!categories.length || post.categories.some((id) => categories.includes(id))) &&
            (!authors.length || authors.includes(post.author)) &&
            !exclude.includes(post.id),
        )
        .sort((a, b) => Date.parse(`${b.date_gmt}Z`) - Date.parse(`${a.date_gmt}Z`))
        .map(shown);
      return collection(items);
    }
    const single = /^posts\/(\d+)$/.exec(route);
    if (single) {
      const post = wp.posts.find((item) => item.id === Number(single[1]));
      return post ? send(200, shown(post)) : send(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } });
    }
    if (route === 'tags') {
      const orderby = q.get('orderby') ?? 'name';
      const direction = (q.get('order') ?? 'asc') === 'desc' ? -1 : 1;
      const items = wp.tags
        .filter((tag) => (!slugs.length || slugs.includes(tag.slug)) && (q.get('hide_empty') !== 'true' || tag.count > 0))
        .sort((a, b) => direction * (orderby === 'count' ? a.count - b.count : a.name.localeCompare(b.name)));
      return collection(items);
    }
    if (route === 'users') return collection(wp.users.filter((user) => !slugs.length || slugs.includes(user.slug)));
    return send(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } });
  }

  // ------------------------------------------------------------------------------- Ghost

  function ghostApi(url, res) {
    try {
      return ghostRoute(url, res);
    } catch {
      res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message: 'Error parsing filter', type: 'BadRequestError' }] }));
      return true;
    }
  }

  function ghostRoute(url, res) {
    const send = (status, body) => {
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=0' }).end(JSON.stringify(body));
      return true;
    };
    const error = (status, type, message) => send(status, { errors: [{ message, context: null, type, details: null, property: null, help: null, code: null, id: 'e0d1c2b3-a4f5-4e6d-8c7b-9a0f1e2d3c4b' }] });
    const q = url.searchParams;
    if (q.get('key') !== GHOST_KEY) return error(401, 'UnauthorizedError', 'Unknown Content API Key');
    const include = (q.get('include') ?? '').split(',');
    const shown = (post) => {
      const { tags, authors, primary_tag, primary_author, ...rest } = post;
      return {
        ...rest,
        ...(include.includes('tags') ? { tags, primary_tag } : {}),
        ...(include.includes('authors') ? { authors, primary_author } : {}),
      };
    };
    const filter = nql(q.get('filter') ?? '');
    const limit = q.get('limit') === 'all' ? 100 : Math.min(100, Number(q.get('limit') ?? 15));
    const page = Number(q.get('page') ?? 1);
    const browse = (name, items) => {
      const total = items.length;
      const pages = Math.max(1, Math.ceil(total / limit));
      return send(200, {
        [name]: items.slice((page - 1) * limit, page * limit),
        meta: { pagination: { page, limit, pages, total, next: page < pages ? page + 1 : null, prev: page > 1 ? page - 1 : null } },
      });
    };
    const route = url.pathname.slice('/ghost/api/content/'.length);
    let match;
    if (route === 'posts/') {
      const items = ghost.posts.filter((post) => filter(postField(post))).sort((a, b) => Date.parse(b.published_at) - Date.parse(a.published_at));
      return browse('posts', items.map(shown));
    }
    if ((match = /^posts\/slug\/([^/]+)\/$/.exec(route))) {
      const post = ghost.posts.find((item) => item.slug === decodeURIComponent(match[1]));
      return post ? send(200, { posts: [shown(post)] }) : error(404, 'NotFoundError', 'Resource not found error, cannot read post.');
    }
    if ((match = /^authors\/slug\/([^/]+)\/$/.exec(route))) {
      const author = ghost.authors.find((item) => item.slug === decodeURIComponent(match[1]));
      return author ? send(200, { authors: [author] }) : error(404, 'NotFoundError', 'Resource not found error, cannot read author.');
    }
    if (route === 'tags/') {
      const count = (tag) => ghost.posts.filter((post) => post.tags.some((item) => item.slug === tag.slug)).length;
      let items = ghost.tags.filter((tag) => filter((name) => (name === 'visibility' ? [tag.visibility] : name === 'slug' ? [tag.slug] : undefined)));
      if (q.get('order') === 'count.posts desc') items = [...items].sort((a, b) => count(b) - count(a));
      if (include.includes('count.posts')) items = items.map((tag) => ({ ...tag, count: { posts: count(tag) } }));
      return browse('tags', items);
    }
    return error(404, 'NotFoundError', 'Resource not found');
  }
}

/** The values of a post a filter may test, by field name. */
function postField(post) {
  return (name) => {
    switch (name) {
      case 'tag':
      case 'tags':
      case 'tags.slug':
        return post.tags.map((tag) => tag.slug);
      case 'author':
      case 'authors':
      case 'authors.slug':
        return post.authors.map((author) => author.slug);
      case 'primary_author':
        return post.authors.slice(0, 1).map((author) => author.slug);
      case 'id':
        return [post.id];
      case 'slug':
        return [post.slug];
      default:
        return undefined;
    }
  };
}

/**
 * A small part of NQL (https://docs.ghost.org/content-api/filtering): `field:value`, `field:-value`,
 * `field:[a,b]`, `field:'quoted'`, joined by `+` (and). Returns a test of a record (given as a
 * function from field name to its values); throws on anything else, which Ghost answers with a 400.
 */
function nql(filter) {
  if (!filter) return () => true;
  const clauses = [];
  for (const clause of filter.match(/(?:'(?:[^'\\]|\\.)*'|\[[^\]]*\]|[^+])+/g) ?? []) {
    const match = /^([a-z_][\w.]*):(-?)(.+)$/i.exec(clause);
    if (!match) throw new Error(`Cannot parse ${clause}`);
    const [, field, not, raw] = match;
    const literal = (value) => {
      const quoted = /^'((?:[^'\\]|\\.)*)'$/.exec(value.trim());
      if (quoted) return quoted[1].replace(/\\(.)/g, '$1');
      if (!/^[\w-]+$/.test(value.trim())) throw new Error(`Cannot parse ${value}`);
      return value.trim();
    };
    const values = raw.startsWith('[') ? raw.slice(1, -1).split(',').map(literal) : [literal(raw)];
    clauses.push({ field, not: not === '-', values });
  }
  return (fieldOf) =>
    clauses.every(({ field, not, values }) => {
      const own = fieldOf(field);
      if (own === undefined) throw new Error(`Unknown field ${field}`);
      const hit = own.some((value) => values.includes(value));
      return not ? !hit : hit;
    });
}
