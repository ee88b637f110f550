// Finds the three browsers the tests drive: Chromium, Firefox ESR and WebKit (WebKitGTK's
// MiniBrowser, through WebKitWebDriver). Run directly (`node scripts/browsers.mjs`), it makes sure
// they exist: on Debian as root it installs what is missing from Debian's own packages (chromium,
// firefox-esr, webkit2gtk-driver, and xvfb, since MiniBrowser has no headless mode); elsewhere it
// stops with one line saying how to get them. No browser is ever downloaded from anywhere else.
//
// `NEWS_BROWSERS` chooses the engines (any of `chromium,firefox,webkit`; by default those of
// DEFAULT_ENGINES): `NEWS_BROWSERS=webkit npm test` runs the browser suite in WebKit alone.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const ENGINES = ['chromium', 'firefox', 'webkit'];
const DEFAULT_ENGINES = ENGINES;

/** The engines asked for by `NEWS_BROWSERS`, in a fixed order; an unknown name is an error. */
export function enginesWanted() {
  const wanted = (process.env.NEWS_BROWSERS || DEFAULT_ENGINES.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`NEWS_BROWSERS: unknown engine ${unknown.join(', ')}; use any of ${ENGINES.join(', ')}.`);
  return ENGINES.filter((name) => wanted.includes(name));
}

/** The engine of a browser, told by its User-Agent (Chromium's names Chrome, and WebKit's names neither). */
export function engineOfUserAgent(userAgent = '') {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/Chrome\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CHROMIUM.find((path) => existsSync(path));
}

export function findFirefox() {
  if (process.env.FIREFOX_PATH) return existsSync(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return FIREFOX.find((path) => existsSync(path));
}

/** WebKitGTK's driver and its browser (MiniBrowser lives in the library's folder, which is per architecture). */
export function findWebKit() {
  const driver = ['/usr/bin/WebKitWebDriver'].find((path) => existsSync(path));
  let browser;
  for (const lib of ['/usr/lib', '/usr/lib64', ...libFolders()]) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const path = `${lib}/${api}/MiniBrowser`;
      if (!browser && existsSync(path)) browser = path;
    }
  }
  return driver && browser ? { driver, browser } : undefined;
}

function libFolders() {
  try {
    return readdirSync('/usr/lib')
      .filter((name) => /-linux-gnu/.test(name))
      .map((name) => `/usr/lib/${name}`);
  } catch {
    return [];
  }
}

export function hasXvfb() {
  return existsSync('/usr/bin/Xvfb');
}

/** Flags for headless Chromium on a machine with no network but loopback, possibly as root. */
export function chromiumArgs() {
  return [
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** The Debian packages each engine needs, when it is missing. */
function missingPackages(engines) {
  const packages = [];
  if (engines.includes('chromium') && !findChromium()) packages.push('chromium');
  if (engines.includes('firefox') && !findFirefox()) packages.push('firefox-esr');
  if (engines.includes('webkit')) {
    if (!findWebKit()) packages.push('webkit2gtk-driver');
    if (!process.env.DISPLAY && !hasXvfb()) packages.push('xvfb');
  }
  return packages;
}

function ensureBrowsers() {
  const engines = enginesWanted();
  // Vitest (stories, frameworks, server rendering) always runs in Chromium.
  if (!engines.includes('chromium')) engines.unshift('chromium');
  let packages = missingPackages(engines);
  if (!packages.length) return;
  if (process.env.CHROME_PATH && packages.includes('chromium')) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
    process.exit(1);
  }
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log(`Installing Debian's ${packages.join(', ')} for the browser tests…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages.join(' ')}`, { stdio: 'inherit' });
    packages = missingPackages(engines);
    if (!packages.length) return;
  }
  console.error(
    `Missing for the browser tests: ${packages.join(', ')}. On Debian: apt-get install ${packages.join(' ')}; ` +
      'or set CHROME_PATH / FIREFOX_PATH, or choose engines with NEWS_BROWSERS=chromium,firefox,webkit.',
  );
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) ensureBrowsers();
