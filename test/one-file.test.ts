import { expect } from '@open-wc/testing';
import type { NewsArticle, NewsArticleCard, NewsRelatedArticles } from '../src/index.js';
import { withEngine } from './composed-dom.js';
import { delayed, nextTask, part, shadow, textOf, until, warningsDuring } from './helpers.js';
import { article, summaries } from './models.js';
import { deepElements } from './reader.js';

// A site that copied only dist/news-widgets.js, as the quick start shows it: /one-file/news-widgets.js
// is that file, with no chunks/ folder beside it (test/support-pages.mjs), so every lazy part is a 404.
await import(/* @vite-ignore */ `${'/one-file/news-widgets.js'}`);

/** Appends an element made from HTML (and its `.data`), and gathers its events from before its first update. */
function place<T extends HTMLElement>(markup: string, data?: unknown): { el: T; events: CustomEvent[] } {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const el = holder.firstElementChild as T;
  if (data !== undefined) (el as T & { data: unknown }).data = data;
  const events: CustomEvent[] = [];
  for (const type of ['news-load', 'news-error']) el.addEventListener(type, (event) => events.push(event as CustomEvent));
  document.body.append(el);
  return { el, events };
}

/** The text a reader sees, nested elements' shadow roots included. */
function seenText(el: Element): string {
  return deepElements(el)
    .filter((node) => node.shadowRoot)
    .map((node) => textOf(node.shadowRoot!))
    .join(' ');
}

describe('dist/news-widgets.js copied alone, without its chunks', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('body > news-article, body > news-article-card, body > news-related-articles')) el.remove();
  });

  it('shows a whole English article with its body (a browser with the Sanitizer API needs nothing more)', async function () {
    // WebKit has no Sanitizer API: its body needs DOMPurify, a chunk (the next test).
    if (!('setHTML' in Element.prototype)) this.skip();
    let el!: NewsArticle;
    let events!: CustomEvent[];
    const warnings = await warningsDuring(async () => {
      ({ el, events } = place<NewsArticle>(`<news-article endpoint="${delayed(3301)}" slug="harbour-bridge-reopens"></news-article>`));
      await until(() => events.length > 0);
      await el.updateComplete;
      await until(() => shadow(el).querySelectorAll('[part="body"] p').length > 0 && deepElements(el).some((node) => node.localName === 'news-article-card'));
      await until(() => seenText(el).includes('Related articles'));
    });
    expect(events.map((event) => event.type)).to.deep.equal(['news-load']);
    const loaded = events[0].detail;
    expect(textOf(part(el, '[part="title"]'))).to.equal(loaded.title);
    expect(textOf(part(el, '[part="body"]'))).to.have.length.greaterThan(100);
    expect(textOf(part(el, '[part="meta"]'))).to.contain('Published');
    expect(seenText(el)).to.contain(loaded.author.name);
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('where DOMPurify is needed and cannot be loaded, the body’s place says so, and news-error says why', async () => {
    let el!: NewsArticle;
    let events!: CustomEvent[];
    const warnings = await warningsDuring(() =>
      withEngine('dompurify', async () => {
        ({ el, events } = place<NewsArticle>('<news-article></news-article>', article));
        await until(() => events.length > 0);
        await el.updateComplete;
      }),
    );
    expect(events.map((event) => event.type)).to.deep.equal(['news-error']);
    const { error } = events[0].detail;
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('DOMPurify');
    expect(error.message).to.contain('chunks/');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('DOMPurify');
    // The article stays; only its body is missing, and the reader is told.
    expect(textOf(part(el, '[part="title"]'))).to.equal(article.title);
    expect(textOf(part(el, '[part="body-unavailable"]'))).to.equal('The text of this article could not be loaded.');
    expect(shadow(el).querySelector('[part="body"] em') === null, 'no body text').to.be.true;
    expect(el.error).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('a language without its file: English words, its own dates, and one console warning', async () => {
    let el!: NewsArticleCard;
    const warnings = await warningsDuring(async () => {
      ({ el } = place<NewsArticleCard>('<news-article-card lang="de"></news-article-card>', summaries[0]));
      await el.updateComplete;
      const second = place<NewsArticleCard>('<news-article-card lang="de"></news-article-card>', summaries[1]).el;
      await second.updateComplete;
    });
    expect(textOf(el)).to.contain('By Ada Quill');
    expect(textOf(el)).to.contain('Januar');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"de" strings could not be loaded, so English is shown');
  });

  it('a CMS adapter without its file: the error state, with Retry', async () => {
    let el!: NewsArticleCard;
    let events!: CustomEvent[];
    await warningsDuring(async () => {
      ({ el, events } = place<NewsArticleCard>(`<news-article-card provider="wordpress" endpoint="${delayed(3302)}" slug="s"></news-article-card>`));
      await until(() => events.length > 0);
      await el.updateComplete;
    });
    expect(events[0].detail.error.code).to.equal('network');
    expect(events[0].detail.error.message).to.contain('wordpress adapter');
    expect(textOf(part(el, '[part="error"]'))).to.contain('Could not reach the news service.');
    expect(shadow(el).querySelector('button[part="retry"]') !== null, 'a Retry button').to.be.true;
  });

  it('a page script that sets .data right after customElements.whenDefined: no news-error, no warning', async () => {
    const warnings = await warningsDuring(async () => {
      const articleEl = place<NewsArticle>(`<news-article endpoint="${delayed(3303)}"></news-article>`);
      const related = place<NewsRelatedArticles>(`<news-related-articles endpoint="${delayed(3303)}"></news-related-articles>`);
      await customElements.whenDefined('news-article');
      // Without a body: in a browser without the Sanitizer API, a body would need DOMPurify (above).
      articleEl.el.data = { ...article, bodyHtml: undefined };
      related.el.data = summaries;
      await articleEl.el.updateComplete;
      await related.el.updateComplete;
      await nextTask();
      expect([...articleEl.events, ...related.events].map((event) => event.type)).to.deep.equal([]);
      expect(textOf(part(articleEl.el, '[part="title"]'))).to.equal(article.title);
      expect(seenText(related.el)).to.contain(summaries[0].title);
    });
    expect(warnings).to.deep.equal([]);
  });
});
