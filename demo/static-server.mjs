// A small static server for the demo sites.
//
//   /dist/*   files of the built library (any origin may load them, as from a CDN)
//   pages     `page(pathname)` picks an HTML template in `pagesDir`; its
//             `{{NAME}}` placeholders are replaced with the HTML-escaped values
//             of `vars()` and of the page's own `vars`
//   rendered  `render(pathname, searchParams)` answers a page it renders itself
//             (the server-rendered article), as `{ status, html, headers? }`
//   others    non-HTML files of `pagesDir` (stylesheets, icons), as they are
//
// Paths with `.` or `..` segments, encoded slashes or NUL bytes are refused.
// Everything is sent with `Cache-Control: no-cache`, so a rebuild of `dist/`
// shows up on the next reload.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.d.ts': 'text/plain; charset=utf-8',
};

/**
 * @param {object} options
 * @param {string} options.pagesDir    folder of the site's templates and assets
 * @param {string} options.distDir     folder served under /dist/
 * @param {(pathname: string) => ({ file: string, vars?: Record<string, string> } | null | undefined)} options.page
 *   the template for a path (a file name in `pagesDir`), or nothing
 * @param {() => Record<string, string>} [options.vars]  placeholder values common to every page
 * @param {(pathname: string, searchParams: URLSearchParams) => Promise<{ status: number, html: string, headers?: Record<string, string> } | null | undefined>} [options.render]
 *   a page rendered on request, or nothing
 * @returns {import('node:http').Server}
 */
export function createStaticServer({ pagesDir, distDir, page, vars = () => ({}), render = async () => null }) {
  const pagesRoot = path.resolve(pagesDir);
  const distRoot = path.resolve(distDir);

  return createServer(async (req, res) => {
    try {
      const method = req.method ?? 'GET';
      if (method !== 'GET' && method !== 'HEAD') {
        return sendText(req, res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
      }
      const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
      const segments = splitPath(rawPath);
      if (!segments) return sendText(req, res, 400, 'Bad request\n');
      const pathname = `/${segments.join('/')}`;

      if (segments[0] === 'dist') {
        const file = await existingFile(distRoot, segments.slice(1));
        if (!file) return notFound(req, res);
        return sendFile(req, res, file, { 'Access-Control-Allow-Origin': '*' });
      }

      const rendered = await render(pathname, new URL(req.url ?? '/', 'http://localhost').searchParams);
      if (rendered) return sendText(req, res, rendered.status, rendered.html, { 'Content-Type': CONTENT_TYPES['.html'], ...rendered.headers });

      const template = page(pathname);
      if (template) {
        const file = await existingFile(pagesRoot, [template.file]);
        if (!file) return notFound(req, res);
        const values = { ...vars(), ...(template.vars ?? {}) };
        const html = (await readFile(file, 'utf8')).replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) =>
          Object.hasOwn(values, name) ? escapeHtml(values[name]) : whole);
        return sendText(req, res, 200, html, { 'Content-Type': CONTENT_TYPES['.html'] });
      }

      // Templates are reached only through `page`, never by their file names.
      if (!pathname.endsWith('.html')) {
        const file = await existingFile(pagesRoot, segments);
        if (file) return sendFile(req, res, file);
      }
      return notFound(req, res);
    } catch (error) {
      console.error('static server:', error);
      if (!res.headersSent) sendText(req, res, 500, 'Internal server error\n');
      else res.end();
    }
  });
}

/** The decoded segments of a URL path, or null when one of them is unsafe. */
function splitPath(rawPath) {
  if (!rawPath.startsWith('/')) return null;
  const segments = [];
  for (const raw of rawPath.slice(1).split('/')) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return null;
    segments.push(segment);
  }
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  if (segments.length === 1 && segments[0] === '') return [];
  return segments;
}

async function existingFile(root, segments) {
  if (segments.length === 0 || segments.some((s) => s === '')) return null;
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}

async function sendFile(req, res, file, headers = {}) {
  const body = await readFile(file);
  const name = path.basename(file);
  const type = CONTENT_TYPES[name.endsWith('.d.ts') ? '.d.ts' : path.extname(name)] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function sendText(req, res, status, text, headers = {}) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(req, res) {
  const html = '<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>Not found</title>\n<h1>Not found</h1>\n<p><a href="/">Home</a></p>\n</html>\n';
  sendText(req, res, 404, html, { 'Content-Type': CONTENT_TYPES['.html'] });
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
