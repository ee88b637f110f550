import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { nextTask, until } from './helpers.js';
import { article, author, summaries, tags } from './models.js';

type Bundle = typeof import('../src/define.js');

const TAGS = ['news-article', 'news-article-card', 'news-author-bio', 'news-tag-list', 'news-related-articles'] as const;

// The file site owners load: dist/news-widgets.js, built by `npm test` before the browser starts.
// Two copies (two URLs, as when two scripts on a page each bring one) must coexist without throwing.
describe('dist/news-widgets.js, the script-tag bundle', () => {
  it('registers all five elements, and a second copy loads without throwing', async () => {
    // A copy that throws while it loads rejects its import(); what fails later (a chunk, work left to
    // a promise or a timer) is an uncaught error or an unhandled rejection. All three are gathered.
    const problems: string[] = [];
    const onError = (event: ErrorEvent) => problems.push(`uncaught: ${String(event.error ?? event.message)}`);
    const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
    const load = async (copy: number): Promise<Bundle | undefined> => {
      try {
        return await import(/* @vite-ignore */ `${'/dist/news-widgets.js'}?copy=${copy}`);
      } catch (error) {
        problems.push(`copy ${copy} did not load: ${String(error)}`);
        return undefined;
      }
    };
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const container = document.createElement('div');
    try {
      const first = await load(1);
      const second = await load(2);
      expect(problems, 'while both copies load').to.deep.equal([]);
      expect(() => second!.define()).not.to.throw();
      for (const name of TAGS) expect(customElements.get(name), name).to.be.a('function');
      // The first copy's elements stay registered: the second leaves the names alone.
      const made = document.createElement('news-article');
      expect(made).to.be.an.instanceof(first!.NewsArticle);
      expect(made).not.to.be.an.instanceof(second!.NewsArticle);

      // Every element renders what it is given, the article's body too (through the bundle's
      // sanitizer, and where the browser has no Sanitizer API, DOMPurify's chunk from dist/chunks/).
      const elements = {
        'news-article': article,
        'news-article-card': summaries[0],
        'news-author-bio': author,
        'news-tag-list': tags,
        'news-related-articles': summaries,
      };
      for (const [name, data] of Object.entries(elements)) container.append(Object.assign(document.createElement(name), { data }));
      document.body.append(container);
      const shown = (name: string, selector: string) => container.querySelector(name)!.shadowRoot?.querySelector(selector)?.textContent?.trim();
      // The body, or where it cannot be had, the words that say so.
      await until(() => shown('news-article', '[part="body"] em, [part="body-unavailable"]') !== undefined);
      expect(shown('news-article', '[part="title"]')).to.equal(article.title);
      expect(shown('news-article', '[part="body"] em, [part="body-unavailable"]'), 'the body').to.equal('data');
      expect(shown('news-article-card', '[part="title"]')).to.equal(summaries[0].title);
      expect(shown('news-author-bio', '[part="name"]')).to.equal(author.name);
      expect(shown('news-tag-list', '[part="tag"]')).to.equal(tags[0].name);
      expect(container.querySelector('news-related-articles')!.shadowRoot!.querySelectorAll('news-article-card')).to.have.length(summaries.length);
      // Every element has finished rendering, and what that left to a later task has run.
      await Promise.all(Array.from(container.children, (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      await nextTask(0);
    } finally {
      container.remove();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(problems).to.deep.equal([]);
  });
});

describe('dist/chunks/, the lazy chunks of the script-tag bundle', () => {
  it('import nothing from the bundle, so that it works under any file name or query string', async () => {
    const files = (await executeServerCommand<{ file: string }[], undefined>('news-chunk-sizes'))
      .map(({ file }) => file)
      .filter((file) => file.startsWith('chunks/'));
    // The failure path is a chunk too, besides DOMPurify, languages and adapters; the HTML policy is in the bundle.
    expect(files.some((file) => /^chunks\/sanitize-/.test(file)), 'an HTML policy chunk').to.equal(false);
    expect(files.some((file) => /^chunks\/purify\.es-/.test(file)), 'a DOMPurify chunk').to.equal(true);
    expect(files.some((file) => /^chunks\/failures-/.test(file)), 'a failure chunk').to.equal(true);
    for (const file of files) {
      const code = await (await fetch(`/dist/${file}`)).text();
      const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+)["'`]/g)].map((match) => match[1]);
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).to.match(/^\.\/[\w.-]+\.js$/);
    }
  });
});
