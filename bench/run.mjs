// The benchmark suite: `npm run bench` (full), `npm run bench -- --quick` (3 samples, to prove that
// it runs). It drives the system's Chromium (never a downloaded one) against pages served on
// 127.0.0.1 and measures, on the same data:
//
//   - 100 cards from data in hand to painted: news-widgets, the floor (hand-written custom elements
//     with shadow DOM and adopted stylesheets), React 19, plain innerHTML and one iframe per card,
//     a fresh page per sample, the contenders interleaved in a shuffled order in every round;
//   - a whole <news-article> from data in hand to painted;
//   - the memory of 1,000 cards: after rendering them, and after removing them;
//   - a page of 20 widgets on 5 resources against the real reference endpoint: the requests made,
//     and with the endpoint 500 ms late, the Cumulative Layout Shift.
//
// It prints the tables, writes bench/results/latest.json (full) or bench/results/quick.json
// (quick) and, after a full run, the tables in docs/performance.md. Timings are reported, never asserted;
// the request count and the layout shift are correctness figures: the run exits 1 when the page
// makes other than 5 requests or shifts at all.
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { chromiumArgs } from '../scripts/browsers.mjs';
import { startTestServer } from '../test/server.mjs';
import { formatTables, updateTables } from './report.mjs';
import { prepareBench } from './server.mjs';
import { median, medianInterval, random, ratioOfMedians, shuffle } from './stats.mjs';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    samples: { type: 'string' },
  },
});
const QUICK = options.quick;
const SAMPLES = Number(options.samples ?? (QUICK ? 3 : 30));
if (!Number.isInteger(SAMPLES) || SAMPLES < 1) throw new Error(`--samples must be a whole number of at least 1, not ${options.samples}`);

const CARDS = 100;
const HEAP_CARDS = 1000;
const VIEWPORT = { width: 1280, height: 800 };
const ENDPOINT_DELAY = 500;
const EXPECTED_REQUESTS = 5;
/** After removal, each heap (JS, DOM) may stay this far above its baseline and still count as returned. */
const HEAP_TOLERANCE = { bytes: 256 * 1024, ofGrowth: 0.05 };

/** The contenders of the 100-card benchmark: each is bench/pages/cards-<id>.html, its script bench/pages/cards/<id>.ts(x). */
const CONTENDERS = [
  { id: 'news-widgets', label: 'news-widgets `<news-article-card>`' },
  { id: 'floor', label: 'floor: hand-written custom elements, shadow DOM, adopted stylesheets' },
  { id: 'react', label: 'React 19 (`react-dom/client`)' },
  { id: 'inner-html', label: 'plain `innerHTML`, no shadow DOM' },
  { id: 'iframe', label: 'one iframe per card' },
];
/** Contenders whose memory is measured (1,000 iframes would take minutes and measure documents, not cards). */
const HEAP_CONTENDERS = ['news-widgets', 'floor', 'react', 'inner-html'];

/** Ratios of medians: `of` / `to`, and the target each must meet. */
const RATIOS = [
  { of: 'news-widgets', to: 'floor', target: { at: 'most', value: 1.2 } },
  { of: 'react', to: 'news-widgets', target: { at: 'least', value: 1.5 } },
  { of: 'iframe', to: 'news-widgets', target: { at: 'least', value: 20 } },
  { of: 'news-widgets', to: 'inner-html' },
  // No targets: what the same harness allows hand-written code, beside the targets above.
  { of: 'react', to: 'floor' },
  { of: 'iframe', to: 'floor' },
];

const progress = (message) => process.stderr.write(`${message}\n`);

/** The 1-minute load average the machine counts as quiet: half its cores. */
const QUIET_LOAD = cpus().length / 2;
const SETTLE_MS = 120_000;

/**
 * Waits (up to two minutes) for the work before the run (the build that `npm run bench` starts
 * with, say) to leave the load average, so that the samples start on a quiet machine and the
 * figure reported for the start says whether something else was running.
 */
async function settle() {
  const until = Date.now() + SETTLE_MS;
  if (loadavg()[0] > QUIET_LOAD) progress(`Waiting for the load average (${loadavg()[0].toFixed(2)}) to fall to ${QUIET_LOAD}…`);
  while (loadavg()[0] > QUIET_LOAD && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 2000));
}

async function main() {
  const { executablePath, server } = await prepareBench('npm run bench');
  const endpoint = await startTestServer();
  if (!QUICK) await settle();
  const loadAtStart = loadavg();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    server.provide('card-styles', await cardStyles(context, server.origin));
    await checkSameCards(context, server.origin);

    const cards = Object.fromEntries(CONTENDERS.map(({ id }) => [id, []]));
    const article = [];
    const order = random(2026);
    // Round 0 warms the browser up (its caches, the OS's file cache) and is not counted; a quick
    // run, whose timings mean nothing, skips it.
    for (let round = QUICK ? 1 : 0; round <= SAMPLES; round++) {
      progress(round ? `Round ${round} of ${SAMPLES}` : 'Warm-up round');
      for (const id of shuffle([...CONTENDERS.map((contender) => contender.id), 'article'], order)) {
        const sample = id === 'article' ? await renderArticle(context, server.origin) : await renderCards(context, server.origin, id);
        if (round) (id === 'article' ? article : cards[id]).push(sample);
      }
    }

    progress('Memory of 1,000 cards…');
    const heap = {};
    for (const id of HEAP_CONTENDERS) heap[id] = await measureHeap(context, server.origin, id);

    progress('20 widgets on 5 resources…');
    const network = {
      prompt: await loadWidgetPage(context, server.origin, endpoint, 0),
      delayed: await loadWidgetPage(context, server.origin, endpoint, ENDPOINT_DELAY),
    };

    const result = {
      date: new Date().toISOString(),
      mode: QUICK ? 'quick' : 'full',
      machine: await machine(browser.version(), loadAtStart),
      cards: {
        count: CARDS,
        samples: SAMPLES,
        contenders: CONTENDERS.map(({ id, label }) => ({ id, label, ...summary(cards[id]) })),
        ratios: RATIOS.map(({ of, to, target }) => ratio(of, to, target, cards)),
      },
      article: summary(article),
      heap: { cards: HEAP_CARDS, tolerance: HEAP_TOLERANCE, contenders: heap },
      network: { expectedRequests: EXPECTED_REQUESTS, delay: ENDPOINT_DELAY, ...network },
    };
    result.checks = checks(result);
    await context.close();
    return result;
  } finally {
    await browser.close();
    await server.close();
    endpoint.server.close();
  }
}

/** The CSS of <news-article-card>, read from the library by bench/pages/reference.ts. */
async function cardStyles(context, origin) {
  const page = await open(context, `${origin}/reference.html`, 'reference');
  try {
    return await page.evaluate(() => window.reference.styles());
  } finally {
    await page.close();
  }
}

async function open(context, url, ready) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(url);
  try {
    await page.waitForFunction((name) => window[name], ready, { timeout: 30_000 });
  } catch (error) {
    throw new Error(`${url} did not get ready${errors.length ? `: ${errors.join('; ')}` : ''}`, { cause: error });
  }
  return page;
}

/**
 * Fails unless every contender shows the same cards as news-widgets: the same elements, attributes
 * and text, laid out to the same sizes. A benchmark of different markup would measure nothing.
 */
async function checkSameCards(context, origin) {
  const snapshots = {};
  for (const { id } of CONTENDERS) {
    const page = await open(context, `${origin}/cards-${id}.html`, 'bench');
    await deadline(page.evaluate((count) => window.bench.render(count), CARDS), `${id}: rendering ${CARDS} cards`);
    snapshots[id] = await page.evaluate((indices) => indices.map((index) => window.bench.snapshot(index)), [0, 10, CARDS - 1]);
    await page.close();
  }
  const reference = snapshots['news-widgets'];
  for (const [id, cards] of Object.entries(snapshots)) {
    cards.forEach((card, index) => {
      const expected = reference[index];
      if (!card || !expected) throw new Error(`${id}: no card to compare at position ${index}`);
      // The iframe contender's markup is the same string as innerHTML's, in a document of its own.
      for (const key of id === 'iframe' ? ['text', 'boxes'] : ['markup', 'text', 'boxes']) {
        if (JSON.stringify(card[key]) !== JSON.stringify(expected[key])) {
          throw new Error(
            `The ${id} contender's cards differ from <news-article-card>'s (${key}):\n  news-widgets: ${JSON.stringify(expected[key])}\n  ${id}: ${JSON.stringify(card[key])}\n` +
              `Update bench/pages/card-text.ts or bench/pages/cards/${id}.ts* to render what <news-article-card> renders.`,
          );
        }
      }
    });
  }
}

async function renderCards(context, origin, id) {
  const page = await open(context, `${origin}/cards-${id}.html`, 'bench');
  try {
    return await deadline(page.evaluate((count) => window.bench.render(count), CARDS), `${id}: rendering ${CARDS} cards`);
  } finally {
    await page.close();
  }
}

async function renderArticle(context, origin) {
  const page = await open(context, `${origin}/article.html`, 'article');
  try {
    return await deadline(page.evaluate(() => window.article.render()), 'Rendering a whole <news-article>');
  } finally {
    await page.close();
  }
}

/**
 * The memory of one page before, with and after 1,000 cards, after a full garbage collection each
 * time. The baseline is taken after 1,000 cards were rendered and removed once, so that what a page
 * makes once (compiled templates, optimized code, the shared stylesheets, Intl formatters) is in
 * it, and what is left above it after the second removal is what the cards kept.
 */
async function measureHeap(context, origin, id) {
  const page = await open(context, `${origin}/cards-${id}.html`, 'bench');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((entry) => entry.name === name)?.value;
    return { jsHeap: heap.usedSize, domHeap: heap.embedderHeapUsedSize, nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
  };
  try {
    const step = (what, run) => deadline(run(), `${id}: ${what}`);
    await step(`rendering ${HEAP_CARDS} cards`, () => page.evaluate((count) => window.bench.render(count), HEAP_CARDS));
    await step('removing the cards', () => page.evaluate(() => window.bench.remove()));
    const baseline = await measure();
    await step(`rendering ${HEAP_CARDS} cards`, () => page.evaluate((count) => window.bench.render(count), HEAP_CARDS));
    const rendered = await measure();
    await step('removing the cards', () => page.evaluate(() => window.bench.remove()));
    const removed = await measure();
    const within = (heap) => removed[heap] - baseline[heap] <= Math.max(HEAP_TOLERANCE.bytes, HEAP_TOLERANCE.ofGrowth * (rendered[heap] - baseline[heap]));
    return {
      baseline,
      rendered,
      removed,
      retained: { jsHeap: removed.jsHeap - baseline.jsHeap, domHeap: removed.domHeap - baseline.domHeap, nodes: removed.nodes - baseline.nodes },
      returned: within('jsHeap') && within('domHeap') && removed.nodes <= baseline.nodes,
    };
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/**
 * The page of 20 widgets against the reference endpoint (through the test server, whose answers
 * are not cacheable: every request the library makes reaches it, none is answered by the browser's
 * cache), `delay` ms late. Counts the content requests on both ends, and the layout shifts.
 */
async function loadWidgetPage(context, origin, endpoint, delay) {
  const api = `${endpoint.origin}${delay ? `/delay/${delay}` : ''}/api/`;
  const received = [];
  const count = (req) => req.method !== 'OPTIONS' && req.url.startsWith(new URL(api).pathname) && received.push(req.url);
  endpoint.server.on('request', count);
  const page = await context.newPage();
  const made = [];
  page.on('request', (request) => request.url().startsWith(api) && made.push(request.url().slice(api.length)));
  try {
    await page.addInitScript({ path: fileURLToPath(new URL('.build/network.js', import.meta.url)) });
    await page.goto(`${origin}/network.html?endpoint=${encodeURIComponent(api)}`);
    await page.waitForFunction(() => window.network, undefined, { timeout: 30_000 });
    const seen = await deadline(page.evaluate(() => window.network.settled()), `The page of 20 widgets (endpoint ${delay} ms late) loading`);
    return {
      endpoint: api.slice(endpoint.origin.length),
      ...seen,
      requests: { received: received.length, made: made.length, urls: [...made].sort() },
    };
  } finally {
    endpoint.server.off('request', count);
    await page.close();
  }
}

/** `promise`, or an error after `ms`: a page that never gets there fails the run rather than hanging it. */
function deadline(promise, what, ms = 120_000) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s.`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

function summary(samples) {
  const interval = medianInterval(samples);
  return { median: median(samples), low: interval.low, high: interval.high, level: interval.level, samples };
}

function ratio(of, to, target, samples) {
  const value = ratioOfMedians(samples[of], samples[to]);
  if (!target) return { of, to, ...value };
  const meets = (x) => (target.at === 'most' ? x <= target.value : x >= target.value);
  return { of, to, ...value, target, met: meets(value.value), certain: meets(value.low) === meets(value.high) };
}

function checks({ network }) {
  const list = [];
  for (const [name, run] of [['prompt endpoint', network.prompt], [`endpoint ${ENDPOINT_DELAY} ms late`, network.delayed]]) {
    list.push({
      name: `requests, ${name}`,
      ok: run.requests.received === EXPECTED_REQUESTS && run.requests.made === EXPECTED_REQUESTS && run.errors.length === 0,
      detail: `${run.requests.received} received, ${run.requests.made} made, ${EXPECTED_REQUESTS} expected${run.errors.length ? `; errors: ${run.errors.join('; ')}` : ''}`,
    });
  }
  const { delayed } = network;
  list.push({
    name: `Cumulative Layout Shift, endpoint ${ENDPOINT_DELAY} ms late`,
    ok: delayed.cls === 0 && delayed.loaded === delayed.widgets,
    detail: `${delayed.cls.toFixed(3)} (0 expected) over ${delayed.shifts.length} shifts; ${delayed.loaded} of ${delayed.widgets} widgets loaded`,
  });
  return list;
}

async function machine(chromiumVersion, loadAtStart) {
  let os = `${type()} ${release()}`;
  try {
    const name = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(await readFile('/etc/os-release', 'utf8'))?.[1];
    if (name) os = `${name} (${type()} ${release()})`;
  } catch {
    // Not Linux: the kernel's name and release say enough.
  }
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os,
    node: process.version,
    chromium: chromiumVersion,
    loadAverage: { start: loadAtStart.map((value) => Number(value.toFixed(2))), end: loadavg().map((value) => Number(value.toFixed(2))) },
  };
}

const result = await main();
const file = new URL(`results/${QUICK ? 'quick' : 'latest'}.json`, import.meta.url);
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(formatTables(result));
console.log(`\nWrote bench/results/${QUICK ? 'quick' : 'latest'}.json.`);
if (!QUICK) {
  await updateTables(result);
  console.log('Updated the tables of docs/performance.md.');
}
const failed = result.checks.filter((check) => !check.ok);
for (const check of failed) console.error(`FAILED: ${check.name}: ${check.detail}`);
process.exitCode = failed.length ? 1 : 0;
