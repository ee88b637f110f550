import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The file site owners load: dist/news-widgets.js, built by `npm test` before the browser starts.
// Two copies (two URLs, as when two scripts on a page each bring one) must coexist without throwing.
describe('dist/news-widgets.js, the script-tag bundle', () => {
  it('registers all five elements, and a second copy loads without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const first = await import(/* @vite-ignore */ `${'/dist/news-widgets.js'}?copy=1`);
      const second = await import(/* @vite-ignore */ `${'/dist/news-widgets.js'}?copy=2`);
      expect(first.define).to.be.a('function');
      expect(second.define).to.be.a('function');
      expect(() => second.define()).not.to.throw();
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    for (const name of ['news-article', 'news-article-card', 'news-author-bio', 'news-tag-list', 'news-related-articles']) {
      expect(customElements.get(name), name).to.be.a('function');
    }
    const tags = document.createElement('news-tag-list');
    tags.data = [{ slug: 'harbour', name: 'The Harbour' }];
    document.body.append(tags);
    await tags.updateComplete;
    expect(tags.shadowRoot!.textContent).to.contain('The Harbour');
    tags.remove();
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
