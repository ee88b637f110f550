// The package as people install it (`npm run test:consumers`). Packs it as `npm publish` would
// (`npm pack`, whose prepack script builds everything), checks the tarball (publint,
// arethetypeswrong for an ESM-only package, no two identical files, every path package.json and
// custom-elements.json name), then installs it, with each app's own pinned dependencies from the
// npm registry, into fresh copies of the four apps beside this file:
//
//   vite-ts/     Vite + TypeScript, one element (the README's npm quick start): type-checked
//                (strict, the package's declarations checked too), built, and its output searched
//                for the sanitizer and the other elements, which must not be there
//   react/       React 19 with news-widgets/react's JSX types: type-checked, built
//   script-tag/  a plain page with only the script tag, news-widgets.js and chunks/ copied from
//                the installed package as the self-hosting table of docs/site-owners.md says
//   node-ssr/    a Node script rendering with news-widgets/ssr (it asserts the HTML itself), and
//                the page it writes, with news-widgets-ssr.js and chunks/, under its CSP
//
// The pages are served on 127.0.0.1 with the reference endpoint (demo/reference-server.mjs) and
// checked in Chromium (Debian's, through Playwright). The temporary folder is removed on success
// and kept, with its path printed, on failure. NEWS_CONSUMERS_TARBALL=<file.tgz> checks a tarball
// packed elsewhere instead of packing this checkout.
/* global document, customElements, Element -- the functions given to page.evaluate() run in the page */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { startReferenceServer } from '../../demo/reference-server.mjs';
import { chromiumArgs, findChromium } from '../../scripts/browsers.mjs';
import { namedFiles } from '../../scripts/package-manifest.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const apps = fileURLToPath(new URL('./', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const SLUG = 'harbour-bridge-reopens';

const started = Date.now();
const log = (message) => console.log(`[consumers ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
const failures = [];
/** An assertion: a failure is recorded with its label, and the run goes on to report the rest. */
function check(ok, label, detail = '') {
  if (ok) console.log(`  ok    ${label}`);
  else {
    console.log(`  FAIL  ${label}${detail ? `\n        ${String(detail).replace(/\n/g, '\n        ')}` : ''}`);
    failures.push(label);
  }
  return ok;
}

/** Runs a command without blocking the event loop (the servers keep answering), keeping its output. */
function run(command, args, { cwd = root, env = {}, timeout = 300_000 } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: signal ? `killed (${signal})` : code, output });
    });
  });
}

/** Like run(), but a non-zero exit throws, with the output. */
async function must(command, args, options) {
  const result = await run(command, args, options);
  if (result.code !== 0) throw new Error(`${[command, ...args].join(' ')} exited with ${result.code}:\n${result.output}`);
  return result.output;
}

function filesUnder(folder) {
  return readdirSync(folder, { recursive: true })
    .map((file) => join(folder, file))
    .filter((path) => statSync(path).isFile());
}

// ---------------------------------------------------------------------------------------------
// The tarball

async function pack(workdir) {
  if (process.env.NEWS_CONSUMERS_TARBALL) return resolve(process.env.NEWS_CONSUMERS_TARBALL);
  log('npm pack (prepack builds the package)');
  await must('npm', ['pack', '--pack-destination', workdir, '--loglevel=warn']);
  const tarball = readdirSync(workdir).find((file) => file.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  return join(workdir, tarball);
}

async function checkTarball(tarball, workdir) {
  log(`the tarball: ${relative(workdir, tarball) || tarball}`);
  const unpacked = join(workdir, 'unpacked');
  mkdirSync(unpacked);
  await must('tar', ['-xzf', tarball, '-C', unpacked]);
  const folder = join(unpacked, 'package');
  const files = filesUnder(folder).map((path) => relative(folder, path).split(sep).join('/'));
  const has = (file) => files.includes(file.replace(/^\.\//, ''));
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));

  check(has('LICENSE') && /MIT License/.test(readFileSync(join(folder, 'LICENSE'), 'utf8')), 'LICENSE (MIT) is in the package');
  check(has('CHANGELOG.md'), 'CHANGELOG.md is in the package');
  const stray = files.filter((file) => /(^|\/)src\/|\.map$|\.test\.|^dist\/\.vite\//.test(file));
  check(stray.length === 0, 'no sources, source maps, tests or build records', stray.join('\n'));

  // Every file package.json names: exports (each condition), main, module, types, side effects.
  const named = new Set([pkg.main, pkg.module, pkg.types, pkg.customElements, ...(pkg.sideEffects || [])]);
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets));
  for (const target of targets(pkg.exports)) named.add(target);
  const missing = [...named].filter(Boolean).filter((file) => !has(file));
  check(missing.length === 0, `every file package.json names is in the package (${named.size})`, missing.join('\n'));
  check(has('dist/types/index.d.ts') && has('dist/types/react.d.ts'), 'the type declarations are in the package');

  if (!check(typeof pkg.customElements === 'string' && has(pkg.customElements), 'package.json names its custom-elements.json')) return folder;
  const manifest = JSON.parse(readFileSync(join(folder, pkg.customElements), 'utf8'));
  const manifestFiles = namedFiles(manifest);
  const tags = manifest.modules.flatMap((module) => (module.exports ?? []).filter((item) => item.kind === 'custom-element-definition').map((item) => item.name));
  check(
    manifestFiles.every(has) && !manifestFiles.some((file) => file.startsWith('src/')),
    `${pkg.customElements} names only files of the package (${manifestFiles.join(', ')})`,
    manifestFiles.filter((file) => !has(file)).join('\n'),
  );
  check(tags.length === 5, `${pkg.customElements} defines the five tags`, tags.join(', '));

  // Two files with the same bytes are one file shipped twice (a chunk in two folders, say).
  const byHash = new Map();
  for (const file of files) {
    const hash = createHash('sha256').update(readFileSync(join(folder, file))).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
  }
  const twins = [...byHash.values()].filter((group) => group.length > 1);
  check(twins.length === 0, `no two identical files among the ${files.length}`, twins.map((group) => group.join(' = ')).join('\n'));

  log('publint, arethetypeswrong');
  const publint = await run(bin('publint'), ['run', tarball, '--strict']);
  check(publint.code === 0, 'publint --strict', publint.output);
  const attw = await run(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii']);
  check(attw.code === 0, 'arethetypeswrong --profile esm-only', attw.output);
  return folder;
}

// ---------------------------------------------------------------------------------------------
// The apps

async function install(workdir, tarball) {
  copyFileSync(tarball, join(workdir, 'news-widgets.tgz'));
  const names = ['vite-ts', 'react', 'script-tag', 'node-ssr'];
  for (const name of names) cpSync(join(apps, name), join(workdir, name), { recursive: true });
  log(`npm install in ${names.join(', ')} (one after the other; the npm cache is shared)`);
  for (const name of names) {
    const result = await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'], { cwd: join(workdir, name) });
    if (result.code !== 0) throw new Error(`npm install in ${name} failed:\n${result.output}`);
  }
}

const SANITIZER = /setHTML|DOMPurify|dompurify/;
const OTHER_ELEMENTS = /[`'"](news-article|news-author-bio|news-tag-list|news-related-articles)[`'"]/g;

/** What the JS files of a build hold: the sanitizer, and which element tags. */
function contents(folder) {
  const code = filesUnder(folder)
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  return {
    sanitizer: SANITIZER.exec(code)?.[0],
    otherElements: [...new Set([...code.matchAll(OTHER_ELEMENTS)].map((match) => match[1]))],
    card: /[`'"]news-article-card[`'"]/.test(code),
    bytes: code.length,
  };
}

async function buildApps(workdir, endpoint, packageFolder) {
  for (const name of ['vite-ts', 'react']) {
    const cwd = join(workdir, name);
    log(`${name}: tsc --noEmit, vite build`);
    const types = await run(join(cwd, 'node_modules/.bin/tsc'), ['--noEmit', '-p', '.'], { cwd });
    check(types.code === 0, `${name}: the app type-checks against the package's declarations (strict, skipLibCheck off)`, types.output);
    const build = await run(join(cwd, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd, env: { VITE_NEWS_ENDPOINT: endpoint } });
    if (!check(build.code === 0, `${name}: vite build`, build.output)) throw new Error(`${name} did not build`);
  }

  // The search must find in the package what it must not find in the one-card app.
  const whole = contents(join(packageFolder, 'dist'));
  check(Boolean(whole.sanitizer) && whole.otherElements.length === 4, 'the search finds the sanitizer and the four other tags in the package (so it can fail)');
  const card = contents(join(workdir, 'vite-ts/dist'));
  check(card.card, `vite-ts: the build has <news-article-card> (${(card.bytes / 1000).toFixed(1)} kB of JS, lazy chunks included)`);
  check(!card.sanitizer, 'vite-ts: the build has no sanitizer (no DOMPurify, no HTML policy)', card.sanitizer);
  check(card.otherElements.length === 0, 'vite-ts: the build has none of the other four elements', card.otherElements.join(', '));

  // The self-hosting table: copy news-widgets.js with chunks/ (news-widgets-ssr.js with chunks/).
  for (const site of ['script-tag', 'node-ssr']) {
    const dist = join(workdir, site, 'node_modules/news-widgets/dist');
    const assets = join(workdir, site, 'site/assets');
    cpSync(join(dist, 'chunks'), join(assets, 'chunks'), { recursive: true });
    const bundleName = site === 'script-tag' ? 'news-widgets.js' : 'news-widgets-ssr.js';
    copyFileSync(join(dist, bundleName), join(assets, bundleName));
  }
  const page = readFileSync(join(workdir, 'script-tag/index.html'), 'utf8').replace('__NEWS_ENDPOINT__', endpoint);
  writeFileSync(join(workdir, 'script-tag/site/index.html'), page);

  log('node-ssr: node render.mjs');
  const render = await run('node', ['render.mjs', endpoint, 'site/index.html'], { cwd: join(workdir, 'node-ssr') });
  check(render.code === 0, 'node-ssr: news-widgets/ssr loads the article and renders <news-article> as docs/server-rendering.md says', render.output.trim());
}

// ---------------------------------------------------------------------------------------------
// The pages

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** A static server for one folder; `headers(path)` adds response headers (a page's CSP). */
async function serve(folder, headers = () => ({})) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html');
    // Chromium asks every site for one; the apps have none.
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = join(folder, path);
    if (!file.startsWith(folder + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers(path) }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) };
}

/** A page, with what went wrong in it: uncaught errors, console errors, failed requests, CSP reports. */
async function open(browser, url, { withoutSanitizerApi = false, endpoint } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  if (withoutSanitizerApi) await page.addInitScript(() => delete Element.prototype.setHTML);
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`)),
  );
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => response.status() >= 400 && problems.push(`${response.status()}: ${response.url()}`));
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(url);
  return {
    page,
    problems,
    requests,
    toEndpoint: () => requests.filter((request) => endpoint && request.startsWith(endpoint)),
    close: () => context.close(),
  };
}

const TIMEOUT = 15_000;
const text = (locator) => locator.first().textContent({ timeout: TIMEOUT }).then((value) => value?.trim());

async function checkPages(workdir, endpoint) {
  const article = await (await fetch(`${endpoint}articles/${SLUG}`)).json();
  const related = (await (await fetch(`${endpoint}articles/${SLUG}/related?limit=3`)).json()).items;
  const paragraph = /<p>([^<]{40,})<\/p>/.exec(article.bodyHtml)[1].replace(/&amp;/g, '&').slice(0, 40);

  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  const servers = [];
  try {
    log('vite-ts in Chromium');
    const viteSite = await serve(join(workdir, 'vite-ts/dist'));
    servers.push(viteSite);
    let tab = await open(browser, viteSite.url, { endpoint });
    const { page } = tab;
    await page.waitForFunction(() => document.body.dataset.loaded, null, { timeout: TIMEOUT }).catch(() => {});
    check((await page.evaluate(() => document.body.dataset.loaded)) === article.title, 'vite-ts: news-load brings the card’s article');
    check((await text(page.locator('news-article-card [part="title"]'))) === article.title, 'vite-ts: the card shows the title');
    const defined = await page.evaluate(() => ['news-article', 'news-article-card', 'news-author-bio', 'news-tag-list', 'news-related-articles'].filter((tag) => customElements.get(tag)));
    check(defined.join() === 'news-article-card', 'vite-ts: only <news-article-card> is registered', defined.join(', '));
    check(tab.problems.length === 0, 'vite-ts: no errors, no failed requests', tab.problems.join('\n'));
    await tab.close();

    log('react in Chromium');
    const reactSite = await serve(join(workdir, 'react/dist'));
    servers.push(reactSite);
    tab = await open(browser, reactSite.url, { endpoint });
    const expected = `loaded ${related.length}: ${related.map((item) => item.title).join(' | ')}`;
    await tab.page.waitForFunction((want) => document.getElementById('loaded')?.textContent === want, expected, { timeout: TIMEOUT }).catch(() => {});
    check((await tab.page.locator('#loaded').textContent()) === expected, 'react: onnews-load gets the related articles');
    const titles = await tab.page.locator('news-related-articles news-article-card [part="title"]').allTextContents();
    check(titles.map((title) => title.trim()).join(' | ') === related.map((item) => item.title).join(' | '), 'react: the strip shows their cards', titles.join(' | '));
    check((await text(tab.page.locator('#pinned [part="title"]'))) === 'A story the app already has, shown without a request', 'react: `data` renders the model without a request');
    await tab.page.locator('news-related-articles news-article-card a').first().click();
    await tab.page.waitForFunction((slug) => document.getElementById('clicked')?.textContent === slug, related[0].slug, { timeout: TIMEOUT }).catch(() => {});
    check((await tab.page.locator('#clicked').textContent()) === related[0].slug && tab.page.url() === reactSite.url, 'react: onnews-click routes the click (the page stays)');
    check(tab.problems.length === 0, 'react: no errors, no failed requests', tab.problems.join('\n'));
    await tab.close();

    const scriptSite = await serve(join(workdir, 'script-tag/site'));
    servers.push(scriptSite);
    for (const withoutSanitizerApi of [false, true]) {
      const name = withoutSanitizerApi ? 'script-tag, a browser without the Sanitizer API (DOMPurify from chunks/)' : 'script-tag';
      log(`${name} in Chromium`);
      tab = await open(browser, scriptSite.url, { endpoint, withoutSanitizerApi });
      check((await text(tab.page.locator('news-article [part="title"]'))) === article.title, `${name}: the article's title`);
      const body = await text(tab.page.locator('news-article [part="body"] p'));
      check(body?.startsWith(paragraph.slice(0, 20)), `${name}: its body`, body);
      check((await text(tab.page.locator('news-article [part="meta"]')))?.includes('Publié le'), `${name}: in French (lang="fr", a chunk)`);
      const chunks = tab.requests.filter((url) => url.startsWith(`${scriptSite.url}assets/chunks/`)).map((url) => url.slice(scriptSite.url.length));
      const wanted = withoutSanitizerApi ? /^assets\/chunks\/purify\.es-/ : /^assets\/chunks\/fr-/;
      check(chunks.some((file) => wanted.test(file)), `${name}: loads ${wanted.source.replace(/\\/g, '').slice(1)} beside the bundle`, chunks.join('\n'));
      if (!withoutSanitizerApi && (await tab.page.evaluate(() => 'setHTML' in Element.prototype))) {
        check(!chunks.some((file) => /purify\.es-/.test(file)), `${name}: no DOMPurify where the browser sanitizes`, chunks.join('\n'));
      }
      check(tab.problems.length === 0, `${name}: no errors, no failed requests`, tab.problems.join('\n'));
      await tab.close();
    }

    log('node-ssr page in Chromium');
    const policy = readFileSync(join(workdir, 'node-ssr/site/index.html.csp'), 'utf8');
    const ssrSite = await serve(join(workdir, 'node-ssr/site'), (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': policy } : {}));
    servers.push(ssrSite);
    tab = await open(browser, ssrSite.url, { endpoint });
    await tab.page
      .waitForFunction(() => customElements.get('news-article') && !document.querySelector('news-article script[data-news-model]'), null, { timeout: TIMEOUT })
      .catch(() => {});
    check(await tab.page.evaluate(() => Boolean(customElements.get('news-article'))), 'node-ssr page: news-widgets-ssr.js registers the elements');
    check(await tab.page.evaluate(() => !document.querySelector('news-article script[data-news-model]')), 'node-ssr page: the article hydrates from the server’s model');
    check((await text(tab.page.locator('news-article [part="title"]'))) === article.title, 'node-ssr page: the title');
    check(tab.toEndpoint().length === 0, 'node-ssr page: no request to the endpoint', tab.toEndpoint().join('\n'));
    check(tab.requests.some((url) => url.startsWith(`${ssrSite.url}assets/chunks/fr-`)), 'node-ssr page: its French strings from chunks/ beside news-widgets-ssr.js');
    check(tab.problems.length === 0, 'node-ssr page: no errors, no CSP violations, no failed requests', tab.problems.join('\n'));
    await tab.close();
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
}

// ---------------------------------------------------------------------------------------------

const workdir = mkdtempSync(join(tmpdir(), 'news-consumers-'));
let endpointServer;
let crashed;
try {
  const tarball = await pack(workdir);
  const packageFolder = await checkTarball(tarball, workdir);
  await install(workdir, tarball);
  endpointServer = await startReferenceServer({ port: 0, host: '127.0.0.1' });
  await buildApps(workdir, endpointServer.url, packageFolder);
  await checkPages(workdir, endpointServer.url);
} catch (error) {
  crashed = error;
} finally {
  await endpointServer?.close();
}
if (crashed) console.error(crashed);
if (crashed || failures.length) {
  console.error(`\n${failures.length} check(s) failed${crashed ? ', and the run stopped early' : ''}. The apps are in ${workdir}`);
  process.exit(1);
}
rmSync(workdir, { recursive: true, force: true });
log('every consumer check passed');
