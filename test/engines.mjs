// The browser launchers of the wtr suite: Chromium (Chrome launcher, CDP), Firefox ESR (Puppeteer
// over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver, classic
// WebDriver). All three are Debian's packages, found by scripts/browsers.mjs. WebKit's
// MiniBrowser has no headless mode: without a display, this starts a private Xvfb for it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, findChromium, findFirefox, findWebKit } from '../scripts/browsers.mjs';

/** Child processes (Xvfb, WebKitWebDriver) that end with the test run. */
const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill();
});

function start(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'ignore', ...options });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

export function chromium() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/browsers.mjs` (it installs one on Debian) or set CHROME_PATH.');
  return chromeLauncher({
    launchOptions: { executablePath, headless: true, args: chromiumArgs() },
    // Each test page in its own window, so that every page is visible and focused, as a reader's
    // is. Tabs of one window hide each other: the one behind gets no animation frames, no
    // IntersectionObserver notifications and no lazy images, and could never see an impression.
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

export function firefox() {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox found: run `node scripts/browsers.mjs` (it installs firefox-esr on Debian) or set FIREFOX_PATH.');
  const launcher = puppeteerLauncher({
    launchOptions: {
      browser: 'firefox',
      executablePath,
      headless: true,
      // No updates, telemetry or remote settings: the machine has no network but loopback.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'browser.shell.checkDefaultBrowser': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
      },
    },
    // A window per test page, as in Chromium (above): a tab behind another is hidden, and
    // minimising a window (news-window, test/commands.mjs) must hide one test page only. Firefox
    // gives the focus (and with it :focus-visible, which the keyboard tests look for) to one window
    // only, as a reader's system does: so one test page at a time, in the window in front.
    createPage: async ({ context }) => {
      const page = await context.newPage({ type: 'window' });
      await page.bringToFront();
      return page;
    },
    concurrency: 1,
  });
  // And a new window for every test file, where the launcher would reuse the last one: a Tab past a
  // page's last link leaves the focus in Firefox's own controls, and the next page in that window
  // would never have it.
  const stopSession = launcher.stopSession.bind(launcher);
  launcher.stopSession = async (sessionId) => {
    const page = launcher.getPage(sessionId);
    const result = await stopSession(sessionId);
    launcher.inactivePages = launcher.inactivePages.filter((inactive) => inactive.puppeteerPage !== page);
    await page.close();
    return result;
  };
  return launcher;
}

/** A free TCP port on loopback. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and answers its name (`:N`). */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number on that descriptor once ready.
    const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    let written = '';
    xvfb.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb ended (${code}) before it was ready`)));
  });
}

async function waitForDriver(port) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

export async function webkit() {
  const found = findWebKit();
  if (!found) throw new Error('No WebKitWebDriver and MiniBrowser found: run `node scripts/browsers.mjs` (it installs webkit2gtk-driver on Debian).');
  // WebKit paints a page's tiles on several threads, and an image that straddles two tiles is then
  // antialiased differently from one repaint to the next: screenshots of the same page would differ.
  // Painting on one thread gives the same pixels every time.
  const env = { ...process.env, WEBKIT_SKIA_CPU_PAINTING_THREADS: '0' };
  if (!env.DISPLAY) env.DISPLAY = await startXvfb();
  const port = await freePort();
  start(found.driver, [`--port=${port}`, '--host=127.0.0.1'], { env });
  await waitForDriver(port);
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebdriverIO 9 asks for BiDi unless told otherwise, and WebKitWebDriver then matches nothing.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
    },
  });
  // One MiniBrowser window, one test page at a time, each at the top level (not in an iframe, as
  // the launcher does when the run's concurrency is above 1): a test page is then as a reader's is.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = (config, ...rest) => initialize({ ...config, concurrency: 1 }, ...rest);
  return launcher;
}
