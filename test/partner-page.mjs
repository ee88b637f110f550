// The demo's partner page (demo/partner/), served by the test run with a publisher's script that
// hangs until the test lets it arrive (test/partner-page.test.ts):
//
//   /__partner/index.html?key=<k>&endpoint=<url>
//                 demo/partner/index.html, its endpoint the given one, its publisher site
//                 /__partner/site/<k>/ (so the script is /__partner/site/<k>/dist/news-widgets.js)
//   /__partner/<file>                      the page's own files (partner.css, analytics.js, …)
//   /__partner/site/<k>/dist/news-widgets.js
//                 dist/news-widgets.js, answered only once POST /__partner/release?key=<k> (or after
//                 30 s, with a 504, so that a failed test leaves nothing waiting)
//   /__partner/site/<k>/dist/chunks/<file> its lazy chunks, at once
//   /__partner/requested?key=<k>           { requested }: whether the browser has asked for the script
import { readFile } from 'node:fs/promises';

const root = new URL('../', import.meta.url);
const PAGE_FILES = new Set(['partner.css', 'analytics.js', 'favicon.svg']);
const TYPES = { css: 'css', js: 'js', svg: 'image/svg+xml' };

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function partnerPagePlugin() {
  /** Per key: whether the script was asked for, and how to let it through. */
  const scripts = new Map();
  const scriptOf = (key) => {
    if (!scripts.has(key)) {
      let release;
      const released = new Promise((resolve) => (release = resolve));
      scripts.set(key, { requested: false, released, release });
    }
    return scripts.get(key);
  };

  return {
    name: 'partner-page',
    async serve(context) {
      const { path } = context;
      if (!path.startsWith('/__partner/')) return undefined;
      const key = context.URL.searchParams.get('key') ?? '';
      if (path === '/__partner/index.html') {
        const html = (await readFile(new URL('demo/partner/index.html', root), 'utf8'))
          .replaceAll('{{ENDPOINT}}', escapeHtml(context.URL.searchParams.get('endpoint') ?? ''))
          .replaceAll('{{SITE}}', escapeHtml(`/__partner/site/${encodeURIComponent(key)}`));
        return { body: html, type: 'html' };
      }
      if (path === '/__partner/requested') return { body: JSON.stringify({ requested: scriptOf(key).requested }), type: 'json' };
      if (path === '/__partner/release') {
        scriptOf(key).release(true);
        return { body: '{}', type: 'json' };
      }
      const file = /^\/__partner\/([\w-]+\.(css|js|svg))$/.exec(path);
      if (file && PAGE_FILES.has(file[1])) return { body: await readFile(new URL(`demo/partner/${file[1]}`, root), 'utf8'), type: TYPES[file[2]] };
      const site = /^\/__partner\/site\/([\w-]+)\/dist\/(news-widgets\.js|chunks\/[\w.-]+\.js)$/.exec(path);
      if (site) {
        if (site[2] === 'news-widgets.js') {
          const script = scriptOf(site[1]);
          script.requested = true;
          const arrived = await Promise.race([script.released, new Promise((resolve) => setTimeout(resolve, 30_000, false).unref())]);
          if (!arrived) {
            context.status = 504;
            return { body: '', type: 'js' };
          }
        }
        return { body: await readFile(new URL(`dist/${site[2]}`, root), 'utf8'), type: 'js' };
      }
      return undefined;
    },
  };
}
