// Server commands for the browser tests (`executeServerCommand` from @web/test-runner-commands), in
// the three engines: Chromium (Chrome launcher, CDP), Firefox (Puppeteer over WebDriver BiDi) and
// WebKit (WebKitWebDriver, classic WebDriver). The tests call them through test/reader.ts, which
// keeps one API whatever the engine.
//
//   news-screenshot  { x, y, width, height } → a PNG, base64: that part of the page (Chromium,
//                    Firefox), or the whole viewport in WebKit, whose WebDriver has no clip (the test
//                    crops it in the browser: test/reader.ts). With `save: name`, the image is also
//                    written to test/.screenshots/<name>.png (git-ignored) for a person to look at
//   news-media       { forcedColors?, colorScheme?, reducedMotion? } → emulates those media
//                    features, and no others, and answers true; {} ends every emulation. Only CDP can
//                    (@web/test-runner-commands' emulateMedia cannot force colours in puppeteer):
//                    elsewhere it answers false, and the page emulates them itself (test/reader.ts)
//   news-viewport    { width, height } → the page's viewport (innerWidth × innerHeight) at that size
//   news-keys        { press } | { down } | { up } | { type } → real key presses (WebDriver actions in
//                    WebKit, whose launcher only presses and types)
//   news-chunk-sizes → the brotli size of dist/news-widgets.js and of each of its lazy chunks
//   news-window      { state: 'minimized' | 'normal' } → hides the test page (as when a reader
//                    switches away) or shows it again, by minimising its window and restoring it
//   news-layout-shift { endpoint } → the benchmark's page of 20 widgets (bench/pages/network.html,
//                    with its own recorder bench/pages/network.ts) against that endpoint, in a tab of
//                    its own in the foreground (a page in the background is neither painted nor
//                    shifted), 1280 × 800 as in the benchmark: what the recorder saw (CLS, widgets).
//                    Chromium only: the others have no Layout Instability API to record shifts with
//   news-server-policy { bodies, base, iframeHosts } → each body as the server's HTML policy writes it
//                    (`sanitizeHtmlToString` of src/ssr/sanitize.ts, parse5 in Node): what a browser's
//                    own engine must give too, in a browser that has a single engine to compare
import { build, transform } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const root = new URL('../', import.meta.url);

const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;

/** Which engine runs a test session: the WebDriver launcher drives WebKit; the Puppeteer ones Chromium (CDP) or Firefox (BiDi). */
function engineOf(session) {
  if (session.browser.type === 'webdriver') return 'webkit';
  return session.browser.getPage(session.id).browser().protocol === 'webDriverBiDi' ? 'firefox' : 'chromium';
}

/** WebDriver's codes for the keys the tests press (https://w3c.github.io/webdriver/#keyboard-actions); other keys are their own character. */
const WEBDRIVER_KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
};

function webdriverKey(name) {
  const key = WEBDRIVER_KEYS[name] ?? name;
  if ([...key].length !== 1) throw new Error(`news-keys: no WebDriver code for the key "${name}"`);
  return key;
}

/** The window's size before news-window minimised it, by WebKit test session. */
const minimizedRects = new Map();

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
      if (command === 'news-chunk-sizes') return chunkSizes();
      if (command === 'news-server-policy') {
        const { sanitizeHtmlToString } = await serverPolicy();
        return payload.bodies.map((body) => sanitizeHtmlToString(body, payload.base, payload.iframeHosts ?? []));
      }
      const engine = engineOf(session);
      if (engine === 'webkit') return webkitCommand(command, payload, session);
      const page = session.browser.getPage(session.id);
      if (command === 'news-media') {
        if (engine !== 'chromium') return false;
        // An empty value ends the emulation of that feature.
        await page.emulateMediaFeatures([
          { name: 'forced-colors', value: payload.forcedColors ?? '' },
          { name: 'prefers-color-scheme', value: payload.colorScheme ?? '' },
          { name: 'prefers-reduced-motion', value: payload.reducedMotion ?? '' },
        ]);
        return true;
      }
      if (command === 'news-viewport') {
        await page.setViewport({ width: payload.width, height: payload.height });
        return true;
      }
      if (command === 'news-keys') {
        if ('press' in payload) await page.keyboard.press(payload.press);
        else if ('down' in payload) await page.keyboard.down(payload.down);
        else if ('up' in payload) await page.keyboard.up(payload.up);
        else await page.keyboard.type(payload.type);
        return true;
      }
      if (command === 'news-window') {
        if (engine === 'firefox') {
          const browser = page.browser();
          await browser.setWindowBounds(await page.windowId(), { windowState: payload.state });
          return true;
        }
        const cdp = await page.createCDPSession();
        try {
          const { windowId } = await cdp.send('Browser.getWindowForTarget');
          await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: payload.state } });
        } finally {
          await cdp.detach();
        }
        return true;
      }
      if (command === 'news-layout-shift') {
        if (engine !== 'chromium') throw new Error('news-layout-shift needs Chromium: no other engine records layout shifts');
        return layoutShift(page, payload.endpoint);
      }
      if (command === 'news-screenshot') {
        const { x, y, width, height, save } = payload;
        const png = await page.screenshot({ clip: { x, y, width, height }, encoding: 'binary', captureBeyondViewport: false });
        return savedAndEncoded(Buffer.from(png), save);
      }
      return undefined;
    },
  };
}

let serverPolicyModule;

/**
 * src/ssr/sanitize.ts, from the source as it is now, for this Node process: bundled by esbuild
 * (the config it reads is TypeScript too) and imported from memory. Its `import.meta.url` stays its
 * source file's, from where it finds parse5 beside @lit-labs/ssr, as it does in the package.
 */
function serverPolicy() {
  serverPolicyModule ??= (async () => {
    const entry = fileURLToPath(new URL('src/ssr/sanitize.ts', root));
    const { outputFiles } = await build({
      absWorkingDir: fileURLToPath(root),
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'warning',
      define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
    });
    return import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  })();
  return serverPolicyModule;
}

function chunkSizes() {
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

function savedAndEncoded(png, save) {
  if (save) {
    const folder = new URL('test/.screenshots/', root);
    mkdirSync(folder, { recursive: true });
    writeFileSync(new URL(`${String(save).replace(/[^\w.-]/g, '_')}.png`, folder), png);
  }
  return png.toString('base64');
}

/** The commands in WebKit, through WebdriverIO (the launcher runs one page at a time, at the top level). */
async function webkitCommand(command, payload, session) {
  const { driver } = session.browser;
  if (command === 'news-media') return false;
  if (command === 'news-viewport') {
    await webkitViewport(driver, payload.width, payload.height);
    return true;
  }
  if (command === 'news-keys') {
    const key = (value, type) => ({ type, value: webdriverKey(value) });
    let actions;
    if ('press' in payload) actions = [key(payload.press, 'keyDown'), key(payload.press, 'keyUp')];
    else if ('down' in payload) actions = [key(payload.down, 'keyDown')];
    else if ('up' in payload) actions = [key(payload.up, 'keyUp')];
    else actions = [...payload.type].flatMap((char) => [key(char, 'keyDown'), key(char, 'keyUp')]);
    // One input source for the whole session: a key held down by one command stays down for the
    // next (Shift, then Tab), as WebDriver keeps each source's state between actions.
    await driver.performActions([{ type: 'key', id: 'news-keyboard', actions }]);
    return true;
  }
  if (command === 'news-window') {
    // Minimised, the page is hidden; a window rect restores it (WebDriver's Set Window Rect), at
    // the size it had, so that a test's viewport stays as it set it.
    if (payload.state === 'minimized') {
      if (!minimizedRects.has(session.id)) minimizedRects.set(session.id, await driver.getWindowRect());
      await driver.minimizeWindow();
    } else {
      const rect = minimizedRects.get(session.id) ?? (await driver.getWindowRect());
      minimizedRects.delete(session.id);
      await driver.setWindowRect(null, null, rect.width, rect.height);
    }
    return true;
  }
  if (command === 'news-screenshot') return savedAndEncoded(await webkitScreenshot(driver), payload.save);
  if (command === 'news-layout-shift') throw new Error('news-layout-shift needs Chromium: no other engine records layout shifts');
  return undefined;
}

/**
 * The viewport, painted afresh. WebKit antialiases the rounded corners of a clipped image a little
 * differently when it first paints it and when it repaints it: the page is repainted whole first
 * (hidden for two frames, then shown), so that every shot is of a repaint. Its WebDriver hands over
 * the last frame presented, which may be a frame behind the page: shots are taken until two in a
 * row agree. (Painting on one thread, test/engines.mjs, makes the rest deterministic.)
 */
async function webkitScreenshot(driver) {
  await driver.executeAsync((done) => {
    // This runs in the page.
    const { document, requestAnimationFrame } = globalThis;
    const frames = (then) => requestAnimationFrame(() => requestAnimationFrame(then));
    const { style } = document.documentElement;
    const visibility = style.visibility;
    style.visibility = 'hidden';
    frames(() => {
      style.visibility = visibility;
      frames(done);
    });
  });
  let shot = await driver.takeScreenshot();
  for (let attempt = 0; attempt < 3; attempt++) {
    const next = await driver.takeScreenshot();
    if (next === shot) break;
    shot = next;
  }
  return Buffer.from(shot, 'base64');
}

/**
 * Sizes MiniBrowser's window so that its viewport is width × height: WebDriver sets the window's
 * outer size, and the difference (toolbars, borders) is measured, not guessed.
 */
async function webkitViewport(driver, width, height) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const inner = await driver.execute(() => [globalThis.innerWidth, globalThis.innerHeight]);
    if (inner[0] === width && inner[1] === height) return;
    const outer = await driver.getWindowRect();
    await driver.setWindowRect(null, null, outer.width + width - inner[0], outer.height + height - inner[1]);
  }
  const inner = await driver.execute(() => [globalThis.innerWidth, globalThis.innerHeight]);
  if (inner[0] !== width || inner[1] !== height) throw new Error(`news-viewport: WebKit's viewport is ${inner.join(' × ')}, not ${width} × ${height}`);
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
