// Server commands for the browser tests (`executeServerCommand` from @web/test-runner-commands),
// through the Chrome launcher's puppeteer page:
//
//   news-screenshot  { x, y, width, height }  → a PNG of that part of the page, base64 (the test
//                    decodes and compares it in the browser); with `save: name`, also written to
//                    test/.screenshots/<name>.png (git-ignored) for a person to look at
//   news-media       { forcedColors?, colorScheme?, reducedMotion? } → emulates those media
//                    features, and no others (@web/test-runner-commands' emulateMedia cannot force
//                    colours in puppeteer); {} ends every emulation
//   news-chunk-sizes → the brotli size of dist/news-widgets.js and of each of its lazy chunks
//   news-window      { state: 'minimized' | 'normal' } → minimises the test page's window (the page
//                    becomes hidden, as when a reader switches away) or restores it
//   news-layout-shift { endpoint } → the benchmark's page of 20 widgets (bench/pages/network.html,
//                    with its own recorder bench/pages/network.ts) against that endpoint, in a tab of
//                    its own in the foreground (a page in the background is neither painted nor
//                    shifted), 1280 × 800 as in the benchmark: what the recorder saw (CLS, widgets)
import { transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

const root = new URL('../', import.meta.url);

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

export function newsCommandsPlugin() {
  return {
    name: 'news-commands',
    // The benchmark's page of 20 widgets, its endpoint given in the query (see layoutShift below).
    serve(context) {
      if (context.path !== '/__news/network.html') return undefined;
      const body = readFileSync(new URL('bench/pages/network.html', root), 'utf8')
        .replace('{{endpoint}}', context.URL.searchParams.get('endpoint') ?? '')
        .replace('href="/network.css"', 'href="/bench/pages/network.css"');
      return { body, type: 'html' };
    },
    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('news-')) return undefined;
      if (command === 'news-chunk-sizes') {
        const dist = new URL('dist/', root);
        const chunks = new URL('chunks/', dist);
        const files = [
          ['news-widgets.js', new URL('news-widgets.js', dist)],
          ...readdirSync(chunks)
            .filter((file) => file.endsWith('.js'))
            .map((file) => [`chunks/${file}`, new URL(file, chunks)]),
        ];
        return files.map(([file, url]) => {
          const bytes = readFileSync(url);
          return { file, bytes: bytes.length, brotli: brotli(bytes) };
        });
      }
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs the Chrome launcher`);
      const page = session.browser.getPage(session.id);
      if (command === 'news-media') {
        // An empty value ends the emulation of that feature.
        await page.emulateMediaFeatures([
          { name: 'forced-colors', value: payload.forcedColors ?? '' },
          { name: 'prefers-color-scheme', value: payload.colorScheme ?? '' },
          { name: 'prefers-reduced-motion', value: payload.reducedMotion ?? '' },
        ]);
        return true;
      }
      if (command === 'news-window') {
        const session = await page.createCDPSession();
        try {
          const { windowId } = await session.send('Browser.getWindowForTarget');
          await session.send('Browser.setWindowBounds', { windowId, bounds: { windowState: payload.state } });
        } finally {
          await session.detach();
        }
        return true;
      }
      if (command === 'news-layout-shift') return layoutShift(page, payload.endpoint);
      if (command === 'news-screenshot') {
        const { x, y, width, height, save } = payload;
        const png = await page.screenshot({ clip: { x, y, width, height }, encoding: 'binary', captureBeyondViewport: false });
        if (save) {
          const folder = new URL('test/.screenshots/', root);
          mkdirSync(folder, { recursive: true });
          writeFileSync(new URL(`${String(save).replace(/[^\w.-]/g, '_')}.png`, folder), png);
        }
        return Buffer.from(png).toString('base64');
      }
      return undefined;
    },
  };
}

/** Loads the benchmark's 20-widget page in a new foreground tab, from the test server's origin (served above). */
async function layoutShift(testPage, endpoint) {
  const url = `${new URL(testPage.url()).origin}/__news/network.html?endpoint=${encodeURIComponent(endpoint)}`;
  const { code: recorder } = await transform(readFileSync(new URL('bench/pages/network.ts', root), 'utf8'), { loader: 'ts', target: 'es2022' });
  const page = await testPage.browser().newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(recorder);
    await page.goto(url);
    await page.waitForFunction(() => globalThis.network, { timeout: 10_000 });
    return await page.evaluate(() => globalThis.network.settled());
  } finally {
    await page.close();
    await testPage.bringToFront();
  }
}
