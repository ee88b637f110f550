import { expect } from '@open-wc/testing';
import { NewsArticle, NewsArticleCard, NewsAuthorBio, NewsRelatedArticles, NewsTagList, define, elements } from '../src/index.js';
import { defineElement } from '../src/internal/define-element.js';

const tags = {
  'news-article': NewsArticle,
  'news-article-card': NewsArticleCard,
  'news-author-bio': NewsAuthorBio,
  'news-tag-list': NewsTagList,
  'news-related-articles': NewsRelatedArticles,
} as const;

describe('registration', () => {
  it('importing src/index.ts registers nothing', () => {
    // No other module of this page has registered a tag yet.
    for (const name of Object.keys(tags)) expect(customElements.get(name), name).to.equal(undefined);
    expect(Object.keys(elements).sort()).to.deep.equal(Object.keys(tags).sort());
  });

  it('importing every entry, twice, registers the five tags and never throws', async () => {
    await import('../src/article-card.js');
    await import('../src/author-bio.js');
    await import('../src/tag-list.js');
    await import('../src/related-articles.js');
    await import('../src/article.js');
    await import('../src/define.js');
    // A second copy of an entry (another URL for the same file, as a second <script> would load).
    await import(/* @vite-ignore */ `${new URL('../src/article.ts', import.meta.url).href}?copy=2`);
    await import(/* @vite-ignore */ `${new URL('../src/define.ts', import.meta.url).href}?copy=2`);
    for (const name of Object.keys(tags)) expect(customElements.get(name), name).to.be.a('function');
  });

  it('define() twice never throws', () => {
    expect(() => define()).not.to.throw();
    expect(() => define()).not.to.throw();
    expect(() => define(customElements, ['news-article'])).not.to.throw();
    expect(() => defineElement('news-article', NewsArticle)).not.to.throw();
  });

  it('registers in a scoped registry as well, alongside the global one', function () {
    let registry: CustomElementRegistry;
    try {
      registry = new CustomElementRegistry();
    } catch {
      return this.skip(); // a browser without scoped custom element registries
    }
    expect(() => define(registry)).not.to.throw();
    expect(() => define(registry)).not.to.throw();
    for (const name of Object.keys(tags)) {
      expect(registry.get(name), name).to.be.a('function');
      expect(registry.get(name), name).not.to.equal(customElements.get(name));
    }
  });

  it('creates instances of the exported classes', () => {
    for (const [name, Class] of Object.entries(tags)) {
      const el = document.createElement(name);
      expect(el, name).to.be.instanceOf(Class);
      expect(el, name).to.be.instanceOf(HTMLElement);
    }
    const article = document.createElement('news-article');
    expect(article).to.be.instanceOf(NewsArticle);
    expect(article.headingLevel).to.equal(1);
  });

  it('creates instances from HTML markup too', () => {
    const container = document.createElement('div');
    container.innerHTML = '<news-tag-list max="2"></news-tag-list>';
    const list = container.firstElementChild as NewsTagList;
    expect(list).to.be.instanceOf(NewsTagList);
    expect(list.max).to.equal(2);
  });
});
