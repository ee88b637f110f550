// What the support-floor and one-file tests load (test/support-floor*.test.ts, test/one-file.test.ts):
//
//   /one-file/news-widgets.js   dist/news-widgets.js and nothing else: no folder of that name is in
//                               the project, so every other path under it (its chunks) is a 404, as
//                               on a site that copied that one file
//   /__news/ssr-article.html?endpoint=…
//                               test/fixtures/article.json as news-widgets/ssr (dist/ssr.js) renders
//                               it: the element with its declarative shadow roots and its model
//
// The server rendering runs in a Node process of its own (this file, run with the endpoint as its
// argument): dist/ssr.js registers the elements in the customElements that Lit's server build puts
// in the globals of the process that loads it, which must not be the test runner's.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const self = fileURLToPath(import.meta.url);

/** Renders the fixture article as a server would, with `endpoint` written on the element. */
async function renderArticle(endpoint) {
  const { renderElement } = await import(new URL('dist/ssr.js', root).href);
  const article = JSON.parse(await readFile(new URL('test/fixtures/article.json', root), 'utf8'));
  // Its relative URLs resolve against the fixture's URL on the content server, as when it is read from there.
  return renderElement('news-article', { data: article, attributes: { lang: 'en', endpoint }, base: new URL('/fixtures/article.json', endpoint).href });
}

function renderInChild(endpoint) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [self, endpoint], { maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
    );
  });
}

export function supportPagesPlugin() {
  const rendered = new Map();
  return {
    name: 'support-pages',
    async serve(context) {
      if (context.path === '/one-file/news-widgets.js') {
        return { body: await readFile(new URL('dist/news-widgets.js', root), 'utf8'), type: 'js' };
      }
      if (context.path === '/__news/ssr-article.html') {
        const endpoint = context.URL.searchParams.get('endpoint') ?? '';
        if (!rendered.has(endpoint)) rendered.set(endpoint, renderInChild(endpoint));
        return { body: await rendered.get(endpoint), type: 'html' };
      }
      return undefined;
    },
  };
}

if (process.argv[1] === self) process.stdout.write(await renderArticle(process.argv[2]));
