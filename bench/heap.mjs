// The heap of a long-lived page: `npm run bench:heap` (300 articles), `npm run bench:heap -- --quick`
// (40, to check that it runs). A reader walks 300 articles of about 190 kB of JSON each, one
// `<news-article>` at a time (each loaded by its slug from an endpoint on another origin, the one
// before it removed), in the system's Chromium (never a downloaded one), driven by Playwright. After a
// full garbage collection (the DevTools protocol's `HeapProfiler.collectGarbage`), the JS heap is
// taken after the first article and after every 100th: what a page keeps for having shown articles
// it no longer shows (the client's cache of answers, Intl formatters, …) is the growth from the first.
// Memory is reported, never asserted; this is not part of `npm test`.
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { listen } from '../demo/reference-server.mjs';
import { chromiumArgs } from '../scripts/browsers.mjs';
import { prepareBench } from './server.mjs';

const { values: options } = parseArgs({ options: { quick: { type: 'boolean', default: false }, articles: { type: 'string' } } });
const ARTICLES = Number(options.articles ?? (options.quick ? 40 : 300));
if (!Number.isInteger(ARTICLES) || ARTICLES < 1) throw new Error(`--articles must be a whole number of at least 1, not ${options.articles}`);
/** About how long each article's JSON is. */
const ARTICLE_BYTES = 190_000;
/** The heap is weighed after the first article and after every this many. */
const EVERY = options.quick ? 10 : 100;

const progress = (message) => process.stderr.write(`${message}\n`);

/** A small deterministic random number generator (mulberry32), so that every run serves the same articles. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = `harbour council bridge reopened after months of repairs residents river ferry morning market
  school teachers library festival weather storm coast rail station mayor budget hospital museum
  season players stadium election volunteers garden theatre orchestra bakery cyclists tram lights
  archive report survey village island lighthouse fishermen summer winter autumn spring evening`.split(/\s+/);

/**
 * Article number `index`: a whole article as the contract has it (tags, image, author, source,
 * four related summaries), its body paragraphs of words drawn at random (so that no two articles
 * share their text), about ARTICLE_BYTES long as JSON.
 */
function article(index, media) {
  const next = random(index + 1);
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    return `${words.join(' ').replace(/^./, (first) => first.toUpperCase())}.`;
  };
  const paragraphs = [];
  let length = 0;
  while (length < ARTICLE_BYTES - 3000) {
    const paragraph = `<p>${Array.from({ length: 5 }, sentence).join(' ')}</p>`;
    paragraphs.push(paragraph);
    length += paragraph.length;
  }
  const slug = `story-${index}`;
  const summary = (n) => ({
    id: `related-${index}-${n}`,
    slug: `related-${index}-${n}`,
    title: sentence(),
    publishedAt: '2026-05-01T09:00:00+00:00',
    summary: sentence(),
    image: { src: `${media}/media/related-${index}-${n}.svg`, alt: sentence(), width: 1200, height: 675 },
  });
  return {
    id: `article-${index}`,
    slug,
    url: `https://news.example/articles/${slug}`,
    title: sentence(),
    section: 'News',
    publishedAt: '2026-05-01T09:00:00+00:00',
    tags: [
      { slug: 'harbour', name: 'Harbour' },
      { slug: `topic-${index}`, name: `Topic ${index}` },
    ],
    image: { src: `${media}/media/${slug}.svg`, alt: sentence(), caption: sentence(), width: 1200, height: 675 },
    summary: sentence(),
    bodyHtml: paragraphs.join('\n'),
    source: { name: 'The Harbour Gazette', url: 'https://news.example/' },
    author: { id: `author-${index % 7}`, slug: `author-${index % 7}`, name: `Author ${index % 7}`, role: 'Reporter', bio: sentence() },
    related: [1, 2, 3, 4].map(summary),
  };
}

/** The content endpoint: `GET /api/articles/story-<n>`, on its own origin, as a partner's endpoint would be. */
async function startEndpoint(media) {
  const server = createServer((req, res) => {
    const index = /^\/api\/articles\/story-(\d+)$/.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1];
    if (index === undefined) return res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end();
    res
      .writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' })
      .end(JSON.stringify(article(Number(index), media)));
  });
  await listen(server, 0, '127.0.0.1');
  return {
    api: `http://127.0.0.1:${server.address().port}/api/`,
    close: () => new Promise((resolve) => (server.close(() => resolve()), server.closeAllConnections())),
  };
}

async function main() {
  const { executablePath, server } = await prepareBench('npm run bench:heap');
  const endpoint = await startEndpoint(server.origin);
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error));
    await page.goto(`${server.origin}/heap.html?endpoint=${encodeURIComponent(endpoint.api)}`);
    await page.waitForFunction(() => window.walk, undefined, { timeout: 30_000 });
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
      return { jsHeap: usedSize, domHeap: embedderHeapUsedSize };
    };
    const samples = [];
    for (let shown = 0; shown < ARTICLES; ) {
      const to = shown === 0 ? 1 : Math.min(ARTICLES, shown + EVERY - (shown % EVERY));
      await page.evaluate(([from, until]) => window.walk.show(from, until), [shown, to]);
      shown = to;
      samples.push({ articles: shown, ...(await heap()) });
      progress(`${shown} articles: JS heap ${mb(samples.at(-1).jsHeap)}`);
    }
    if (errors.length) throw new Error(`The page failed: ${errors.join('; ')}`);
    const bytes = JSON.stringify(article(0, server.origin)).length;
    const first = samples[0];
    const last = samples.at(-1);
    return { articles: ARTICLES, articleBytes: bytes, samples, growth: { jsHeap: last.jsHeap - first.jsHeap, domHeap: last.domHeap - first.domHeap } };
  } finally {
    await browser.close();
    await server.close();
    await endpoint.close();
  }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

const result = await main();
console.log(`\n${result.articles} articles of ${Math.round(result.articleBytes / 1000)} kB of JSON each, one <news-article> at a time, after a full garbage collection:\n`);
console.log('| articles shown | JS heap | DOM heap |');
console.log('|---:|---:|---:|');
for (const { articles, jsHeap, domHeap } of result.samples) console.log(`| ${articles} | ${mb(jsHeap)} | ${mb(domHeap)} |`);
console.log(`\nGrowth from the first article to the last: JS heap ${mb(result.growth.jsHeap)}, DOM heap ${mb(result.growth.domHeap)}.`);
