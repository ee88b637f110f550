import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { origin, settled } from './helpers.js';

/**
 * The CMS adapters in the script-tag bundle (dist/, built by `npm test` before the browser starts):
 * lazy chunks within the budget of docs/performance.md, which import nothing from the bundle, so that a page
 * loading the bundle from a URL with a query string (as WordPress's `?ver=` does) gets no second
 * copy of it when an adapter loads.
 */
// 1.5 kB as size-limit counts it (`npm run size`): 1,000 bytes a kB.
const BUDGET = 1500;

describe('dist/: CMS adapter chunks', () => {
  it('one lazy chunk per adapter, and one of their shared helpers, each within 1.5 kB brotli, importing nothing from the bundle', async () => {
    const sizes = await executeServerCommand<{ file: string; bytes: number; brotli: number }[], undefined>('news-chunk-sizes');
    const bundle = await (await fetch('/dist/news-widgets.js')).text();
    for (const name of ['wordpress', 'ghost', 'jsonfeed', 'cms']) {
      const chunk = sizes.find(({ file }) => new RegExp(`^chunks/${name}-[\\w-]+\\.js$`).test(file));
      expect(chunk, `a chunk for ${name}`).to.exist;
      expect(chunk!.brotli, `${chunk!.file}: ${chunk!.brotli} bytes brotli`).to.be.at.most(BUDGET);
      // Imported lazily by the bundle, never inlined into it.
      expect(bundle).to.contain(chunk!.file.slice('chunks/'.length));
      const code = await (await fetch(`/dist/${chunk!.file}`)).text();
      const imports = Array.from(code.matchAll(/\bfrom\s*["'`]([^"'`]+)["'`]|\bimport\s*\(\s*["'`]([^"'`]+)/g), (match) => match[1] ?? match[2]);
      for (const from of imports) expect(from, `${chunk!.file} imports ${from}`).to.match(/^\.\/cms-[\w-]+\.js$/);
    }
  });

  it('reads a feed with the bundle loaded from a URL with a query string, without a second copy of the bundle', async () => {
    const bundle = await import(/* @vite-ignore */ `${'/dist/news-widgets.js'}?ver=6.5`);
    const article = (slug: string) => {
      const el = document.createElement('news-article');
      el.setAttribute('provider', 'jsonfeed');
      el.setAttribute('src', `${origin}/feeds/lighthouse.json`);
      el.setAttribute('slug', slug);
      return document.body.appendChild(el);
    };
    const found = article('lamp-restored');
    const missing = article('no-such-note');
    try {
      const [loaded, failed] = await Promise.all([settled(found), settled(missing)]);
      expect(loaded.type).to.equal('news-load');
      expect(loaded.detail.title).to.equal('The lamp is lit again');
      // The adapter's error is the bundle's own NewsError, with its code.
      expect(failed.detail.error).to.be.instanceOf(bundle.NewsError);
      expect(failed.detail.error.code).to.equal('not-found');
      // Modules the page loaded (not what a test fetched to read).
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.initiatorType !== 'fetch')
        .map((entry) => new URL(entry.name));
      expect(scripts.some((url) => url.pathname.startsWith('/dist/chunks/jsonfeed-'))).to.be.true;
      expect(scripts.filter((url) => url.pathname === '/dist/news-widgets.js').map((url) => url.search)).to.deep.equal(['?ver=6.5']);
    } finally {
      found.remove();
      missing.remove();
    }
  });
});
