// The static server of the benchmark pages, on 127.0.0.1 with a port of the system's choosing:
//
//   /dist/…             the built library (dist/), as a site owner's page loads it
//   /build/…            the benchmark's own scripts, built by bench/build.mjs
//   /media/<name>.svg   the demo content's illustrations (demo/data/media.mjs)
//   /generated/<name>   documents the runner hands to the pages (`provide(name, value)`)
//   /<page>.html …      the pages and stylesheets of bench/pages/; a page's `{{name}}` placeholders
//                       take the value of its URL's query parameter `name` (HTML-escaped)
//
// Everything is sent with `Cache-Control: no-cache`, so that a rebuild shows on the next run.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { listen } from '../demo/reference-server.mjs';
import { isMediaName, renderSvg } from '../demo/data/media.mjs';
import { CONTENT_TYPES } from '../demo/static-server.mjs';
import { findChromium } from '../scripts/browsers.mjs';
import { buildPages } from './build.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FOLDERS = {
  dist: path.join(ROOT, 'dist'),
  build: path.join(ROOT, 'bench', '.build'),
};
const PAGES = path.join(ROOT, 'bench', 'pages');

/**
 * What every benchmark does first: checks that the library is built (`command`, the npm script that
 * builds it before running) and that a Chromium is there, builds the pages and starts their server.
 * Resolves `{ executablePath, server }`.
 */
export async function prepareBench(command) {
  if (!existsSync(new URL('../dist/news-widgets.js', import.meta.url))) {
    throw new Error(`dist/news-widgets.js is missing: run \`npm run build\` first (\`${command}\` does).`);
  }
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/browsers.mjs`, or set CHROME_PATH.');
  process.stderr.write('Building the benchmark pages…\n');
  await buildPages();
  return { executablePath, server: await startBenchServer() };
}

/**
 * Starts the server. Resolves `{ origin, provide, close }`: `provide(name, value)` serves `value`
 * as JSON at `/generated/<name>`.
 */
export async function startBenchServer() {
  const generated = new Map();
  const server = createServer(async (req, res) => {
    try {
      const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
      const segments = pathname.split('/').filter(Boolean).map(decodeURIComponent);
      if (segments.some((segment) => segment === '..' || segment.includes('/') || segment.includes('\\'))) {
        return res.writeHead(400).end();
      }
      const [first, ...rest] = segments;
      if (first === 'generated' && generated.has(rest.join('/'))) {
        return send(res, '.json', JSON.stringify(generated.get(rest.join('/'))));
      }
      if (first === 'media' && rest.length === 1 && rest[0].endsWith('.svg') && isMediaName(rest[0].slice(0, -4))) {
        return send(res, '.svg', renderSvg(rest[0].slice(0, -4)));
      }
      const file = Object.hasOwn(FOLDERS, first) ? path.join(FOLDERS[first], ...rest) : path.join(PAGES, ...segments);
      const extension = path.extname(file);
      if (extension !== '.html') return send(res, extension, await readFile(file));
      const html = await readFile(file, 'utf8');
      return send(res, extension, html.replace(/\{\{(\w+)\}\}/g, (_, name) => escapeHtml(searchParams.get(name) ?? '')));
    } catch {
      // A file that is not there, or a path that is not one.
      res.writeHead(404).end();
    }
  });
  await listen(server, 0, '127.0.0.1');
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    provide: (name, value) => generated.set(name, value),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function send(res, extension, body) {
  res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' }).end(body);
}
