// The pictures of the docs, taken from the demo, so that they show what the built library renders.
//
//   npm run build && npm run screenshots             all of them
//   npm run screenshots -- states themes              some of them
//
// It shows dist/, so build the library first (`npm run build`): without dist/news-widgets.js it
// stops and says so. It starts the demo's servers as `npm start` does (demo/start.mjs), on free
// ports and with view counts kept in memory, opens the pages in Chromium (found as the browser
// tests find it, see scripts/browsers.mjs: Debian's `chromium` package, or CHROME_PATH) and writes
// to docs/images/:
//
//   widgets.png     the publisher site's article page: the top of <news-article>, and its author
//                   bio and related strip
//   states.png      <news-related-articles> loading, loaded, empty and failed, side by side
//   themes.png      a card and a tag list with theme="light" and theme="dark"
//   directions.png  a card in English (left to right) and one in Arabic (right to left)
//
// Each picture is cropped to the elements, at twice the CSS pixels, or at the CSS pixels when twice
// would make the file larger than MAX_BYTES. The pages' clock stands still at NOW, so relative dates
// ("2 days ago") read the same on every run; nothing waits for a fixed time, but for the elements'
// news-load / news-error events, their updates, their images and the fonts.

/* global document, requestAnimationFrame */

import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { listen } from '../demo/reference-server.mjs';
import { startDemo } from '../demo/start.mjs';
import { createStaticServer } from '../demo/static-server.mjs';
import { chromiumArgs, findChromium } from './browsers.mjs';

const repoDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outDir = path.join(repoDir, 'docs', 'images');

/** The time the pages live at: the morning after the newest article of the demo. */
const NOW = new Date('2026-03-13T09:00:00Z');
/** The largest file a picture may be; past it, it is taken again at a smaller scale. */
const MAX_BYTES = 300 * 1024;
const SCALES = [2, 1];

const PICTURES = { widgets, states, themes, directions };

// ---------------------------------------------------------------- the pictures

/** The article page of the publisher site, in two columns: the article's top, and its end. */
async function widgets(open) {
  const page = await open({ width: 720, height: 900 }, 'articles/harbour-bridge-reopens.html');
  await settle(page);
  const parts = await page.evaluate(() => {
    const article = document.querySelector('news-article');
    const root = article.shadowRoot;
    const rect = (el) => el.getBoundingClientRect();
    const firstParagraph = root.querySelector('[part="body"] > p');
    const author = root.querySelector('[part="author"]');
    const related = root.querySelector('[part="related"]');
    return {
      top: { y: 0, bottom: rect(firstParagraph).bottom + 20 },
      end: { y: rect(author).top - 28, bottom: rect(related).bottom + 28 },
      width: document.documentElement.clientWidth,
    };
  });
  const clip = ({ y, bottom }) => ({ x: 0, y, width: parts.width, height: bottom - y });
  const top = await page.screenshot({ clip: clip(parts.top) });
  const end = await page.screenshot({ clip: clip(parts.end) });
  return compose(page, [
    { label: 'The article page of the demo’s publisher site: <news-article>…', image: top },
    { label: '…and, at its end, <news-author-bio> and <news-related-articles>', image: end },
  ]);
}

/** The related strip, as a sidebar list, in each of its states. */
async function states(open, { api }) {
  const strip = (attributes) => `<news-related-articles layout="list" limit="3" ${attributes}></news-related-articles>`;
  const page = await open({ width: 1400, height: 600 }, 'states.html', sheet([
    {
      label: 'Loading',
      note: 'a skeleton, and aria-busy="true"',
      html: strip(`article="harbour-bridge-reopens" endpoint="${api.held}" data-held`),
    },
    {
      label: 'Loaded',
      note: 'news-load, with the articles',
      html: strip('article="harbour-bridge-reopens"'),
    },
    {
      label: 'Empty',
      note: 'no article has the tag yet',
      html: strip('tag="weather"'),
    },
    {
      label: 'Error',
      note: 'news-error: the endpoint cannot be reached',
      html: strip(`article="harbour-bridge-reopens" endpoint="${api.down}" data-fails`),
    },
  ], { columns: 4, width: 300 }));
  await settle(page);
  return page.locator('.sheet').screenshot();
}

/** The same elements in the light and the dark theme. */
async function themes(open) {
  const content = (theme) =>
    `<news-article-card slug="seagrass-meadows-return" theme="${theme}"></news-article-card>` +
    `<news-tag-list max="5" theme="${theme}"></news-tag-list>`;
  const page = await open({ width: 900, height: 900 }, 'themes.html', sheet([
    { label: 'theme="light"', html: content('light') },
    { label: 'theme="dark"', html: content('dark'), dark: true },
  ], { columns: 2, width: 360 }));
  await settle(page);
  return page.locator('.sheet').screenshot();
}

/** A card laid out left to right (English) and right to left (Arabic). */
async function directions(open) {
  const page = await open({ width: 900, height: 900 }, 'directions.html', sheet([
    { label: 'Left to right: lang="en"', html: '<news-article-card slug="harbour-bridge-reopens" lang="en"></news-article-card>' },
    { label: 'Right to left: lang="ar"', html: '<news-article-card slug="calligraphy-festival-quayside" lang="ar"></news-article-card>' },
  ], { columns: 2, width: 360 }));
  await settle(page);
  return page.locator('.sheet').screenshot();
}

// ---------------------------------------------------------------- pages of our own

/**
 * A page of labelled panels side by side, each with elements in it. It reads the demo's endpoint
 * from the meta tag, as the publisher site's pages do.
 */
function sheet(panels, { columns, width }) {
  const panel = ({ label, note, html, dark }) =>
    `<section class="panel${dark ? ' dark' : ''}"><h2>${escapeHtml(label)}</h2>${note ? `<p class="note">${escapeHtml(note)}</p>` : ''}<div class="content">${html}</div></section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="news-widgets:endpoint" content="{{ENDPOINT}}">
<script type="module" src="/dist/news-widgets.js"></script>
<style>
  body { margin: 0; background: #fff; color: #1b1d21; font: 16px/1.5 system-ui, sans-serif; }
  .sheet { display: grid; grid-template-columns: repeat(${columns}, ${width}px); gap: 16px; inline-size: max-content; padding: 16px; background: #fff; }
  /* The panels are the elements' own surface colours (--news-color-surface), light and dark. */
  .panel { display: flex; flex-direction: column; gap: 12px; padding: 16px; border: 1px solid #d9dce1; border-radius: 12px; background: #fff; }
  .panel.dark { border-color: #3c4043; background: #1e2024; color: #e8eaed; }
  h2 { margin: 0; font-size: 15px; font-weight: 650; }
  .note { margin: -10px 0 0; color: #575c66; font-size: 13px; }
  .dark .note { color: #b0b5bd; }
  .content { display: flex; flex-direction: column; gap: 16px; }
</style>
</head>
<body><div class="sheet">${panels.map(panel).join('')}</div></body>
</html>
`;
}

/**
 * Pictures side by side, each under its label, at their own size: a page that shows screenshots
 * taken at this page's scale, as they were taken.
 */
async function compose(page, panels) {
  const scale = await page.evaluate(() => globalThis.devicePixelRatio);
  const images = panels.map(({ image }) => ({ width: image.readUInt32BE(16) / scale, height: image.readUInt32BE(20) / scale }));
  const html = `<!doctype html>
<html lang="en"><meta charset="utf-8">
<style>
  body { margin: 0; background: #fff; color: #1b1d21; font: 15px/1.4 system-ui, sans-serif; }
  .sheet { display: flex; align-items: start; gap: 20px; inline-size: max-content; padding: 16px; background: #fff; }
  figure { margin: 0; }
  figcaption { margin-block-end: 8px; font-weight: 650; }
  img { display: block; border: 1px solid #d9dce1; border-radius: 8px; }
</style>
<div class="sheet">${panels
    .map(({ label, image }, i) =>
      `<figure><figcaption>${escapeHtml(label)}</figcaption><img width="${images[i].width}" height="${images[i].height}" alt="" src="data:image/png;base64,${image.toString('base64')}"></figure>`)
    .join('')}</div>
</html>`;
  await page.setViewportSize({ width: Math.ceil(images.reduce((sum, { width }) => sum + width + 24, 40)), height: 600 });
  await page.setContent(html);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  return page.locator('.sheet').screenshot();
}

// ---------------------------------------------------------------- waiting

/**
 * Waits until the page shows what it will show: every element loaded or failed (the ones marked
 * `data-held` only rendered, since their requests never end), nested elements too, every article
 * body sanitized and in place, every image decoded, the fonts ready, and a frame painted. The
 * viewport is first made as tall as the page, so that lazy images load. An element that failed
 * without being marked `data-fails` stops the script: the picture would show an error by mistake.
 */
async function settle(page) {
  await page.waitForFunction(() => document.readyState === 'complete' && globalThis.customElements.get('news-article'));
  await page.evaluate(async () => {
    const done = (el) => el.model !== undefined || el.error !== undefined;
    const outcome = (el) =>
      new Promise((resolve) => {
        const check = () => done(el) && resolve();
        el.addEventListener('news-load', check);
        el.addEventListener('news-error', check);
        el.updateComplete.then(check);
      });
    // Elements render others (an article its related strip, a strip its cards): round after round,
    // until a round finds nothing new to wait for.
    for (let round = 0; ; round++) {
      const all = globalThis.newsElements();
      await Promise.all(all.map((el) => el.updateComplete));
      const pending = all.filter((el) => !el.hasAttribute('data-held') && !done(el));
      if (!pending.length && round > 0) break;
      await Promise.all(pending.map(outcome));
    }
    const failed = globalThis.newsElements().filter((el) => el.error && !el.closest('[data-fails]') && !el.getRootNode().host?.closest('[data-fails]'));
    if (failed.length) throw new Error(failed.map((el) => `<${el.localName}> failed: ${el.error.message} [${el.error.code}]`).join('\n'));
  });
  // Now that the page has its height: all of it in view, so that lazy images load.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: page.viewportSize().width, height });
  await page.evaluate(async () => {
    const elements = globalThis.newsElements();
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    // Counted in frames: the page's clock stands still.
    const until = async (what, ok) => {
      for (let frames = 0; !ok(); frames++) {
        if (frames > 1000) throw new Error(`Still waiting for ${what}`);
        await frame();
      }
    };
    for (const el of elements.filter((el) => el.hasAttribute('data-held'))) {
      await until(`<${el.localName}> to show its skeleton`, () => el.getAttribute('aria-busy') === 'true');
    }
    for (const article of elements.filter((el) => el.localName === 'news-article' && el.model?.bodyHtml)) {
      await until('the article body', () => article.shadowRoot.querySelector('[part="body"]')?.childElementCount > 0);
    }
    const images = elements.flatMap((el) => [...el.shadowRoot.querySelectorAll('img')]);
    await Promise.all(images.map((img) => img.decode().catch(() => {})));
    await document.fonts.ready;
    await frame();
    await frame();
  });
}

/** Every news-widgets element of the page, those inside others' shadow roots too (run in the page). */
function newsElements() {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('news-')) found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}

// ---------------------------------------------------------------- running

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !Object.hasOwn(PICTURES, name));
  if (unknown.length) fail(`Unknown picture ${unknown.join(', ')}: choose among ${Object.keys(PICTURES).join(', ')}.`);
  const names = asked.length ? asked : Object.keys(PICTURES);

  if (!existsSync(path.join(repoDir, 'dist', 'news-widgets.js'))) {
    fail('dist/news-widgets.js is missing: the screenshots show the built library, so run `npm run build` first.');
  }
  const executablePath = findChromium();
  if (!executablePath) fail('No Chromium found: run `node scripts/browsers.mjs` (on Debian, `apt-get install chromium`), or set CHROME_PATH.');

  const demo = await startDemo({ apiPort: 0, sitePort: 0, partnerPort: 0, viewsFile: null });
  // The pages of our own, from a static server like the demo sites' (on loopback as they are: the
  // browser lets only such pages reach the loopback endpoint), with the built library at /dist/.
  const sheets = new Map();
  const sheetServer = createStaticServer({
    pagesDir: path.join(repoDir, 'demo', 'site'),
    distDir: path.join(repoDir, 'dist'),
    page: () => null,
    render: async (pathname) => (sheets.has(pathname) ? { status: 200, html: sheets.get(pathname) } : null),
  });
  let browser;
  try {
    await listen(sheetServer, 0, '127.0.0.1');
    const sheetOrigin = `http://127.0.0.1:${sheetServer.address().port}`;
    browser = await chromium.launch({ executablePath, args: chromiumArgs() });
    const apiOrigin = new URL(demo.endpoint).origin;
    // Two endpoints the browser is kept from: one that never answers, one it cannot connect to.
    const api = { held: `${apiOrigin}/held/`, down: `${apiOrigin}/down/` };
    await mkdir(outDir, { recursive: true });

    for (const name of names) {
      let written;
      for (const scale of SCALES) {
        const context = await browser.newContext({
          viewport: { width: 1000, height: 800 },
          deviceScaleFactor: scale,
          colorScheme: 'light',
          reducedMotion: 'reduce',
          locale: 'en-GB',
          timezoneId: 'UTC',
        });
        try {
          await context.route(`${api.held}**`, () => {});
          await context.route(`${api.down}**`, (route) => route.abort('connectionrefused'));
          await context.addInitScript(`globalThis.newsElements = ${newsElements}`);
          const page = await context.newPage();
          await page.clock.setFixedTime(NOW);
          page.on('pageerror', (error) => console.error(`${name}: ${error.message}`));
          const open = async (viewport, pagePath, html) => {
            await page.setViewportSize(viewport);
            let url = new URL(pagePath, demo.site).href;
            if (html !== undefined) {
              url = new URL(pagePath, sheetOrigin).href;
              sheets.set(new URL(url).pathname, html.replaceAll('{{ENDPOINT}}', escapeHtml(demo.endpoint)));
            }
            await page.goto(url);
            return page;
          };
          written = await PICTURES[name](open, { api, demo });
        } finally {
          await context.close();
        }
        if (written.length <= MAX_BYTES) {
          console.log(`docs/images/${name}.png  ${Math.round(written.length / 1024)} kB at scale ${scale}`);
          break;
        }
        if (scale === SCALES.at(-1)) console.warn(`docs/images/${name}.png is ${Math.round(written.length / 1024)} kB even at scale ${scale}`);
      }
      await writeFile(path.join(outDir, `${name}.png`), written);
    }
  } finally {
    await browser?.close();
    sheetServer.closeAllConnections();
    await new Promise((resolve) => sheetServer.close(resolve));
    await demo.close();
  }
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

main().catch((error) => {
  console.error(`Screenshots failed: ${error.message ?? error}`);
  process.exitCode = 1;
});
