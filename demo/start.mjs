// The demo: the reference content endpoint, the publisher site ("The Harbour
// Gazette") and a partner site on another origin, all on one machine.
//
//   node demo/start.mjs
//
//   NEWS_HOST          bind address of all three servers   (127.0.0.1)
//   NEWS_API_PORT      content endpoint, at /api/           (8787)
//   NEWS_SITE_PORT     publisher site, also serves /dist/   (8080)
//   NEWS_PARTNER_PORT  partner site                         (8081)
//
// The endpoint also serves its articles as a JSON Feed at /feed.json, which the publisher site's
// /feed.html reads with provider="jsonfeed". The publisher site's /ssr/article.html?slug=… (and
// &lang=fr, …) is an article rendered on the server by news-widgets/ssr (demo/ssr-page.mjs).
//
// View counts are kept in demo/.data/views.json.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { articles, tags } from './data/content.mjs';
import { listen, startReferenceServer, urlHost } from './reference-server.mjs';
import { renderArticlePage } from './ssr-page.mjs';
import { createStaticServer } from './static-server.mjs';

const demoDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.dirname(demoDir);

const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
const tagBySlug = new Map(tags.map((t) => [t.slug, t]));

/** Thrown when a server cannot listen; `variable` names the setting to change. */
export class PortError extends Error {
  constructor(variable, port, host, cause) {
    const badHost = cause.code === 'EADDRNOTAVAIL' || cause.code === 'ENOTFOUND';
    const message = badHost
      ? `Cannot listen on ${host} (${cause.code}): set NEWS_HOST to an address of this machine, e.g. NEWS_HOST=127.0.0.1`
      : cause.code === 'EADDRINUSE'
        ? `Port ${port} on ${host} is already in use: set ${variable} to a free port, e.g. ${variable}=${port + 10} npm start`
        : `Port ${port} on ${host} cannot be used (${cause.code ?? cause.message}): set ${variable} to another port, e.g. ${variable}=${port + 10} npm start`;
    super(message, { cause });
    this.variable = badHost ? 'NEWS_HOST' : variable;
  }
}

/**
 * Starts the three demo servers. Resolves `{ endpoint, site, partner, close }`,
 * the endpoint URL and the two site origins, and a function that stops all three.
 */
export async function startDemo({
  host = '127.0.0.1',
  apiPort = 8787,
  sitePort = 8080,
  partnerPort = 8081,
  viewsFile = path.join(demoDir, '.data', 'views.json'),
  distDir = path.join(repoDir, 'dist'),
} = {}) {
  const origins = { ENDPOINT: '', FEED: '', SITE: '', PARTNER: '' };
  const vars = () => origins;
  const started = [];
  const closeAll = () => Promise.all(started.map((stop) => stop()));

  const site = createStaticServer({
    pagesDir: path.join(demoDir, 'site'),
    distDir,
    vars,
    page(pathname) {
      if (pathname === '/' || pathname === '/index.html') return { file: 'index.html' };
      if (pathname === '/feed.html') return { file: 'feed.html' };
      let match = /^\/articles\/([a-z0-9-]+)\.html$/.exec(pathname);
      if (match && articleBySlug.has(match[1])) {
        return { file: 'article.html', vars: { SLUG: match[1], TITLE: articleBySlug.get(match[1]).title } };
      }
      match = /^\/tags\/([a-z0-9-]+)\.html$/.exec(pathname);
      if (match && tagBySlug.has(match[1])) {
        return { file: 'tag.html', vars: { SLUG: match[1], TAG_NAME: tagBySlug.get(match[1]).name } };
      }
      return null;
    },
    render: (pathname, query) =>
      pathname === '/ssr/article.html'
        ? renderArticlePage({ slug: query.get('slug'), lang: query.get('lang'), endpoint: origins.ENDPOINT, pageUrl: `${origins.SITE}${pathname}` })
        : null,
  });
  const partner = createStaticServer({
    pagesDir: path.join(demoDir, 'partner'),
    distDir,
    vars,
    page: (pathname) => (pathname === '/' || pathname === '/index.html' ? { file: 'index.html' } : null),
  });

  try {
    origins.SITE = await listenOn(site, sitePort, host, 'NEWS_SITE_PORT');
    started.push(() => stopServer(site));
    origins.PARTNER = await listenOn(partner, partnerPort, host, 'NEWS_PARTNER_PORT');
    started.push(() => stopServer(partner));
    let api;
    try {
      api = await startReferenceServer({ port: apiPort, host, siteOrigin: origins.SITE, viewsFile, basePath: '/api/' });
    } catch (error) {
      throw error.syscall === 'listen' || error.syscall === 'getaddrinfo' ? new PortError('NEWS_API_PORT', apiPort, host, error) : error;
    }
    started.push(() => api.close());
    origins.ENDPOINT = api.url;
    origins.FEED = `${api.origin}/feed.json`;
  } catch (error) {
    await closeAll();
    throw error;
  }

  return { endpoint: origins.ENDPOINT, site: `${origins.SITE}/`, partner: `${origins.PARTNER}/`, close: closeAll };
}

async function listenOn(server, port, host, variable) {
  try {
    await listen(server, port, host);
  } catch (error) {
    throw new PortError(variable, port, host, error);
  }
  return `http://${urlHost(host)}:${server.address().port}`;
}

function stopServer(server) {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function readPort(variable, fallback) {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[0-9]+$/.test(raw) || Number(raw) > 65535) {
    console.error(`${variable} must be a port number from 0 to 65535, got ${JSON.stringify(raw)}`);
    process.exit(1);
  }
  return Number(raw);
}

async function main() {
  const options = {
    host: process.env.NEWS_HOST || '127.0.0.1',
    apiPort: readPort('NEWS_API_PORT', 8787),
    sitePort: readPort('NEWS_SITE_PORT', 8080),
    partnerPort: readPort('NEWS_PARTNER_PORT', 8081),
  };
  let demo;
  try {
    demo = await startDemo(options);
  } catch (error) {
    console.error(error instanceof PortError ? error.message : error);
    process.exit(1);
  }

  console.log('news-widgets demo');
  console.log(`  content endpoint  ${demo.endpoint}`);
  console.log(`  publisher site    ${demo.site}`);
  console.log(`  partner site      ${demo.partner}`);
  if (!existsSync(path.join(repoDir, 'dist', 'news-widgets.js'))) {
    console.log('  (dist/news-widgets.js is missing: build the library first, or the pages show no widgets)');
  }
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
