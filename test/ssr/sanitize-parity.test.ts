// The server's HTML policy (src/ssr/sanitize.ts, parse5 in Node) against the browser's
// (src/data/sanitize.ts in Chromium, with each engine): for every entry of the hostile corpora,
// both must give the same HTML, character for character. The browser's side runs the source as
// the elements do, served by a Vite dev server of its own; the page serialises what the browser
// built (innerHTML), the server what it built (parse5's serialiser, the same algorithm).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sanitizeHtmlToString } from '../../src/ssr/sanitize.js';
import { chromiumArgs, findChromium } from '../../scripts/browsers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const json = <T>(path: string): T => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8'));

const BASE = 'https://news.example/articles/story.html';
/** Iframe hosts for the second round: a player's, and the base's own (the embed fixture's iframe is relative). */
const HOSTS = ['www.youtube-nocookie.com', 'news.example'];
const ENGINES = ['sanitizer-api', 'dompurify'] as const;

/** Every hostile body the project knows, named by where it comes from. */
const payloads: [name: string, html: string][] = [
  ...json<{ payloads: { source: string; html: string }[] }>('corpus/html-payloads.json').payloads.map(
    ({ source, html }, index): [string, string] => [`html-payloads #${index} (${source})`, html],
  ),
  ...json<{ vectors: { url: string }[] }>('corpus/url-vectors.json').vectors.map(({ url }, index): [string, string] => {
    const value = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return [
      `url-vectors #${index}`,
      `<p><a href="${value}">a</a><img src="${value}" srcset="${value} 2x, ok.png 1x" alt="i"><q cite="${value}">q</q><iframe src="${value}"></iframe></p>`,
    ];
  }),
  ...['article-hostile-body.json', 'article-embed.json', 'article.json'].map((file): [string, string] => [
    `fixtures/${file}`,
    json<{ bodyHtml: string }>(`fixtures/${file}`).bodyHtml,
  ]),
];

let vite: ViteDevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  vite = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { host: '127.0.0.1', port: 0, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    plugins: [
      {
        name: 'blank-page',
        configureServer(server) {
          server.middlewares.use('/blank.html', (_request, response) => {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end('<!doctype html><html lang="en"><title>Sanitizer</title></html>');
          });
        },
      },
    ],
  });
  await vite.listen();
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
  page = await browser.newPage();
  await page.goto(new URL('/blank.html', vite.resolvedUrls!.local[0]).href);
  // A module script of the page (not page.evaluate, whose function the test's transform would touch).
  await page.addScriptTag({
    type: 'module',
    content: `import { sanitizeHtml } from '/src/data/html.ts';
      window.sanitizeAll = async (bodies, base, engine, hosts) => {
        const out = [];
        for (const body of bodies) {
          const container = document.createElement('div');
          container.append(await sanitizeHtml(body, base, engine, hosts));
          out.push(container.innerHTML);
        }
        return out;
      };`,
  });
  await page.waitForFunction(() => 'sanitizeAll' in window);
});

afterAll(async () => {
  await browser?.close();
  await vite?.close();
});

function inBrowser(bodies: string[], engine: string, hosts: string[]): Promise<string[]> {
  return page.evaluate(
    ([bodies, base, engine, hosts]) =>
      (window as unknown as { sanitizeAll(...args: unknown[]): Promise<string[]> }).sanitizeAll(bodies, base, engine, hosts),
    [bodies, BASE, engine, hosts] as const,
  );
}

/**
 * Where the parsers themselves disagree. Chromium and Firefox parse `<select>` by the HTML standard's 2025
 * rules (customizable select: its content is parsed as elements, `<style>` in it as raw text);
 * parse5, like Safari today, by the earlier ones (tags in a select are ignored). Both
 * trees are then filtered by the same policy, and the select goes with its content either way, but
 * what follows it can differ. Nothing else may differ: every other body must give the same HTML.
 */
const parsersDisagree = (html: string) => /<select/i.test(html);

describe('the server sanitizes as the browser does', () => {
  it(`covers the corpora (${payloads.length} bodies)`, () => {
    expect(payloads.length).toBeGreaterThan(380);
  });

  for (const hosts of [[], HOSTS]) {
    for (const engine of ENGINES) {
      it(`gives the browser's HTML for every body, ${engine}, iframe hosts [${hosts.join(', ')}]`, async () => {
        const browserOutput = await inBrowser(
          payloads.map(([, html]) => html),
          engine,
          hosts,
        );
        const differences = payloads
          .map(([name, html], index) => ({ name, html, server: sanitizeHtmlToString(html, BASE, hosts), browser: browserOutput[index] }))
          .filter(({ server, browser }) => server !== browser);
        expect(differences.filter(({ html }) => !parsersDisagree(html))).toEqual([]);
        // Where the parsers disagree, the difference is only the <select> parsing (a handful of bodies).
        expect(differences.length).toBeLessThanOrEqual(payloads.filter(([, html]) => parsersDisagree(html)).length);
      });

      it(`writes only what the browser keeps, ${engine}, iframe hosts [${hosts.join(', ')}]`, async () => {
        // The browser's policy leaves the server's output as it is: hydrating it, or sanitizing the
        // body the hydration data carries, can bring back nothing the policy removed.
        const server = payloads.map(([, html]) => sanitizeHtmlToString(html, BASE, hosts));
        const again = await inBrowser(server, engine, hosts);
        const changed = payloads.map(([name], index) => ({ name, server: server[index], browser: again[index] })).filter(({ server, browser }) => server !== browser);
        expect(changed).toEqual([]);
      });
    }
  }

  it('keeps iframes of the allowed hosts, and only then', () => {
    const kept = (hosts: string[]) => payloads.filter(([, html]) => sanitizeHtmlToString(html, BASE, hosts).includes('<iframe')).length;
    expect(kept([])).toBe(0);
    expect(kept(HOSTS)).toBeGreaterThan(0);
  });

  it('keeps what it kept when it sanitizes its own output again (the hydration data carries sanitized bodies)', () => {
    for (const hosts of [[], HOSTS]) {
      for (const [name, html] of payloads) {
        const once = sanitizeHtmlToString(html, BASE, hosts);
        expect(sanitizeHtmlToString(once, BASE, hosts), name).toBe(once);
        // Its URLs are absolute by then: a second pass needs no base (the element's, on a server).
        expect(sanitizeHtmlToString(once, undefined, hosts), name).toBe(once);
      }
    }
  });
});
