// Finds the Chromium the tests and benchmarks drive. Run directly (`node scripts/chromium.mjs`), it
// makes sure one exists: on Debian as root it installs Debian's `chromium` package; elsewhere it
// stops with one line saying how to get one. No browser is ever downloaded from anywhere else.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
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

function ensureChromium() {
  if (findChromium()) return;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
    process.exit(1);
  }
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log('No Chromium found: installing Debian\'s chromium package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    if (findChromium()) return;
  }
  console.error('No Chromium found: install Chromium or Chrome (Debian: apt-get install chromium), or set CHROME_PATH to its executable.');
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) ensureChromium();
