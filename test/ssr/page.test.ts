// The demo's server-rendered article page (/ssr/article.html, rendered by dist/ssr.js and hydrated
// by dist/news-widgets-ssr.js, both built by `npm test`), served with the reference endpoint on
// ports of their own and read by Chromium through Playwright: as a crawler gets it, without
// JavaScript, and with JavaScript, where the elements must hydrate without a visible change and
// without a single request to the endpoint.
import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo } from '../../demo/start.mjs';
import { chromiumArgs, findChromium } from '../../scripts/browsers.mjs';

const SLUG = 'harbour-bridge-reopens';
const VIEWPORT = { width: 1100, height: 2000 };

interface Summary {
  slug: string;
  title: string;
}
interface Expected {
  title: string;
  author: string;
  /** The text of the body's first paragraph. */
  paragraph: string;
  related: Summary[];
}

let demo: { endpoint: string; site: string; close(): Promise<unknown> };
let browser: Browser;
let expected: Expected;
let pageUrl: string;

beforeAll(async () => {
  for (const file of ['ssr.js', 'news-widgets-ssr.js']) {
    if (!existsSync(new URL(`../../dist/${file}`, import.meta.url))) {
      throw new Error(`dist/${file} is missing: \`npm test\` builds it (or: npx vite build && npx vite build --mode modules && npx vite build --mode hydrate).`);
    }
  }
  demo = await startDemo({ apiPort: 0, sitePort: 0, partnerPort: 0, viewsFile: join(mkdtempSync(join(tmpdir(), 'news-ssr-')), 'views.json') });
  pageUrl = `${demo.site}ssr/article.html?slug=${SLUG}`;
  const article = await (await fetch(`${demo.endpoint}articles/${SLUG}`)).json();
  const related: { items: Summary[] } = await (await fetch(`${demo.endpoint}articles/${SLUG}/related?limit=4`)).json();
  expected = {
    title: article.title,
    author: article.author.name,
    paragraph: decode(/<p>([^<]*)<\/p>/.exec(article.bodyHtml)![1]),
    related: related.items.map(({ slug, title }) => ({ slug, title })),
  };
  expect(expected.related.length).toBeGreaterThan(0);
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
});

afterAll(async () => {
  await browser?.close();
  await demo?.close();
});

/** The few entities the demo's text uses. */
function decode(html: string): string {
  return html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The article's pieces as a reader sees them: Playwright's CSS locators reach into open shadow roots. */
function pieces(page: Page) {
  const article = page.locator('news-article');
  return {
    title: article.locator('h1[part="title"]'),
    paragraph: article.locator('[part="body"] p').first(),
    author: article.locator('news-author-bio [part="name"]'),
    related: article.locator('news-article-card [part="title"]'),
  };
}

async function expectVisible(locator: ReturnType<typeof pieces>['title'], text: string): Promise<void> {
  expect(await locator.textContent()).toBe(text);
  expect(await locator.isVisible(), `${text} is visible`).toBe(true);
  const box = await locator.boundingBox();
  expect(box, `${text} has a box`).not.toBeNull();
  expect(box!.width * box!.height, `${text} takes space`).toBeGreaterThan(0);
}

/** How many different colours a PNG holds, counted in a page of its own. */
async function colours(png: Buffer): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async (base64) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    }, png.toString('base64'));
  } finally {
    await page.close();
  }
}

/** Resolves once every image the viewport shows has loaded, and the fonts are ready. */
async function imagesLoaded(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const images: HTMLImageElement[] = [];
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element instanceof HTMLImageElement) images.push(element);
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    const shown = images.filter((image) => image.getBoundingClientRect().top < innerHeight);
    return document.fonts.status === 'loaded' && shown.length > 0 && shown.every((image) => image.complete && image.naturalWidth > 0);
  });
}

describe('the server-rendered article page', () => {
  it('gives a crawler the article in its HTML: title, body, author and related titles', async () => {
    const response = await fetch(pageUrl);
    expect(response.status).toBe(200);
    // Served under a strict policy: the shadow roots' styles are allowed by their hashes alone.
    expect(response.headers.get('Content-Security-Policy')).toMatch(/style-src 'self'( 'sha256-[\w+/=]+'){5};/);
    expect(response.headers.get('Content-Security-Policy')).toContain("require-trusted-types-for 'script'");
    const html = await response.text();
    expect(html).toContain('<template shadowroot="open" shadowrootmode="open">');
    // structured-data: the NewsArticle JSON-LD right after the element, for crawlers that run no script.
    const jsonLd = /<\/news-article>(?:<!--[^>]*-->)*<script type="application\/ld\+json" data-news-structured-data>([^<]*)<\/script>/.exec(html);
    expect(jsonLd, 'a JSON-LD script right after the article').not.toBeNull();
    expect(JSON.parse(jsonLd![1])).toMatchObject({ '@type': 'NewsArticle', headline: expected.title });
    for (const text of [expected.title, expected.paragraph, expected.author, ...expected.related.map(({ title }) => title)]) {
      expect(html).toContain(escape(text));
    }
    expect((await fetch(`${demo.site}ssr/article.html?slug=no-such-article`)).status).toBe(404);
  });

  it('shows the article without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      await page.goto(pageUrl, { waitUntil: 'load' });
      const { title, paragraph, author, related } = pieces(page);
      await expectVisible(title, expected.title);
      await expectVisible(paragraph, expected.paragraph);
      await expectVisible(author, expected.author);
      expect(await related.count()).toBe(expected.related.length);
      for (const [index, { title: text }] of expected.related.entries()) await expectVisible(related.nth(index), text);
      // Nothing waits for a script: no skeleton, nothing busy, no element left undefined-looking.
      expect(await page.locator('[part="skeleton"]').count()).toBe(0);
      expect(await page.locator('[aria-busy]').count()).toBe(0);
      const box = (await page.locator('news-article').boundingBox())!;
      const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, VIEWPORT.height - box.y) } });
      expect(await colours(shot), 'the article is drawn, not blank').toBeGreaterThan(50);
    } finally {
      await context.close();
    }
  });

  it('still shows the article, from the server\'s model, on a page that loads news-widgets.js (no hydration support)', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => request.url().startsWith(demo.endpoint) && requests.push(request.url()));
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      // The page asks for news-widgets-ssr.js and gets news-widgets.js (whose chunks sit beside it).
      await page.route('**/dist/news-widgets-ssr.js', (route) => route.continue({ url: route.request().url().replace('news-widgets-ssr.js', 'news-widgets.js') }));
      await page.goto(pageUrl);
      await page.waitForFunction(() => (document.querySelector('news-article') as Element & { hasUpdated?: boolean } | null)?.hasUpdated === true);
      // Rendered again in the browser: the body comes from the model, through the browser's sanitizer.
      const { title, paragraph, author, related } = pieces(page);
      await expectVisible(title, expected.title);
      await expectVisible(paragraph, expected.paragraph);
      await expectVisible(author, expected.author);
      await expectVisible(related.first(), expected.related[0].title);
      expect(requests, 'the server\'s model is used: no request').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // French: its strings are a lazy chunk, which the article waits for before it hydrates.
  for (const lang of ['en', 'fr']) {
    it(`hydrates with JavaScript (lang=${lang}): no request to the endpoint, no visible change, and interactive`, async () => {
      const url = `${pageUrl}&lang=${lang}`;
      const context = await browser.newContext({ viewport: VIEWPORT });
      try {
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (request) => request.url().startsWith(demo.endpoint) && requests.push(`${request.method()} ${request.url()}`));
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(String(error)));
        page.on('console', (message) => ['error', 'warning'].includes(message.type()) && errors.push(message.text()));
        // Every element that ever said it was busy (the loading state sets aria-busy), and every
        // breach of the page's Content-Security-Policy.
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
          const busy: string[] = ((window as unknown as { __busy: string[] }).__busy = []);
          const setAttribute = Element.prototype.setAttribute;
          Element.prototype.setAttribute = function (name: string, value: string) {
            if (name === 'aria-busy') busy.push(this.localName);
            setAttribute.call(this, name, value);
          };
        });
        // The script waits until the server's rendering has been photographed.
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        await page.route('**/dist/news-widgets-ssr.js', async (route) => {
          await released;
          await route.continue();
        });

        await page.goto(url, { waitUntil: 'commit' });
        await pieces(page).title.waitFor();
        await imagesLoaded(page);
        expect(await page.evaluate(() => customElements.get('news-article'))).toBeUndefined();
        const before = await page.screenshot();
        await page.evaluate(() => {
          (window as unknown as { __title: Element }).__title = document.querySelector('news-article')!.shadowRoot!.querySelector('h1')!;
        });

        release();
        const hydration = page.waitForFunction(() => {
          const hosts: (Element & { hasUpdated?: boolean })[] = [];
          const visit = (root: ParentNode) => {
            for (const element of root.querySelectorAll('*')) {
              if (element.localName.startsWith('news-')) hosts.push(element);
              if (element.shadowRoot) visit(element.shadowRoot);
            }
          };
          visit(document);
          return hosts.length > 0 && hosts.every((host) => host.hasUpdated === true && !host.hasAttribute('defer-hydration'));
        });
        // A failed hydration throws in the page: say what it said.
        await hydration.catch((error: Error) => {
          throw new Error(`${error.message}\n${errors.join('\n')}`);
        });
        const hydrated = await page.evaluate(async () => {
          const article = document.querySelector('news-article') as HTMLElement & { updateComplete: Promise<boolean>; model?: { slug: string } };
          await article.updateComplete;
          const kinds = new Set<string>();
          const visit = (root: ParentNode) => {
            for (const element of root.querySelectorAll('*')) {
              if (element.localName.startsWith('news-') && (element as Element & { hasUpdated?: boolean }).hasUpdated) kinds.add(element.localName);
              if (element.shadowRoot) visit(element.shadowRoot);
            }
          };
          visit(document);
          return {
            kinds: [...kinds].sort(),
            slug: article.model?.slug,
            sameTitle: article.shadowRoot!.querySelector('h1') === (window as unknown as { __title: Element }).__title,
            script: article.querySelector('script') !== null,
            jsonLd: Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (script) => ({
              afterArticle: script.previousElementSibling === article,
              headline: (JSON.parse(script.textContent!) as { headline: string }).headline,
            })),
            busy: (window as unknown as { __busy: string[] }).__busy,
          };
        });
        expect(hydrated.kinds).toEqual(['news-article', 'news-article-card', 'news-author-bio', 'news-related-articles', 'news-tag-list']);
        expect(hydrated.slug).toBe(SLUG);
        expect(hydrated.sameTitle, 'the server-rendered nodes were kept, not rendered again').toBe(true);
        expect(hydrated.script, 'the model script was read and removed').toBe(false);
        expect(hydrated.jsonLd, 'the server\'s JSON-LD, kept: one script, right after the article').toEqual([{ afterArticle: true, headline: expected.title }]);
        expect(hydrated.busy, 'no element showed its loading state').toEqual([]);
        expect(await page.locator('news-article [part="meta"] [part="byline"]').first().textContent()).toMatch(lang === 'fr' ? /^Par / : /^By /);

        await imagesLoaded(page);
        const after = await page.screenshot();
        if (!before.equals(after)) {
          const folder = new URL('../.screenshots/', import.meta.url);
          mkdirSync(folder, { recursive: true });
          writeFileSync(new URL(`ssr-${lang}-before-hydration.png`, folder), before);
          writeFileSync(new URL(`ssr-${lang}-after-hydration.png`, folder), after);
        }
        expect(before.equals(after), 'the page looks the same before and after hydration (test/.screenshots/ssr-*.png)').toBe(true);

        // Interactive: a related card's click reaches the page (which routes it itself)...
        await page.evaluate(() => {
          document.addEventListener('news-click', (event) => {
            event.preventDefault();
            (window as unknown as { __clicked: unknown }).__clicked = (event as CustomEvent<{ slug: string; position: number }>).detail.slug;
          });
        });
        await pieces(page).related.first().locator('a').click();
        expect(await page.evaluate(() => (window as unknown as { __clicked: unknown }).__clicked)).toBe(expected.related[0].slug);
        expect(page.url()).toBe(url);
        // ... and a property change renders again.
        const level = await page.evaluate(async () => {
          const article = document.querySelector('news-article') as HTMLElement & { headingLevel: number; updateComplete: Promise<boolean> };
          article.headingLevel = 2;
          await article.updateComplete;
          return article.shadowRoot!.querySelector('[part="title"]')!.localName;
        });
        expect(level).toBe('h2');

        expect(requests, 'no request reached the endpoint').toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
