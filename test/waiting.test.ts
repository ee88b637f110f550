import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/article.js';
import type { NewsArticle, NewsRelatedArticles } from '../src/index.js';
import type { NewsElement } from '../src/internal/news-element.js';
import { delayed, nextTask, part, settled, shadow, textOf, warningsDuring } from './helpers.js';
import { article, author, summaries } from './models.js';
import { deepElements } from './reader.js';

/**
 * Waiting is not failing: an element without its key attribute and without `.data` is like an
 * `<img>` without `src`. It holds its place and says nothing (no `news-error`, no console warning)
 * until the page gives it a key or a model, which it may do at any time, from its own script.
 */

type Element = NewsElement<unknown>;

/** Everything the element told the page: its events and the console's warnings. */
interface Heard {
  events: string[];
  warnings: string[];
}

/** Listens to an element (and the console) from before its first update until `run` is done. */
async function listening(el: Element, run: () => Promise<void>): Promise<Heard> {
  const events: string[] = [];
  const record = (event: Event) => events.push(`${event.type}: ${(event as CustomEvent).detail?.error?.message ?? ''}`);
  el.addEventListener('news-error', record);
  el.addEventListener('news-load', record);
  const warnings = await warningsDuring(run);
  return { events, warnings };
}

/** The text a reader sees in an element, its nested elements' shadow roots included. */
function seenText(el: Element): string {
  return deepElements(el)
    .filter((node) => node.shadowRoot)
    .map((node) => textOf(node.shadowRoot!))
    .join(' ');
}

/** Lets the element finish its update, and every task its first update queued. */
async function settle(el: Element): Promise<void> {
  await el.updateComplete;
  await nextTask();
  await el.updateComplete;
}

const api = delayed(1);

const waiting: { name: string; template: () => TemplateResult; data: unknown; shows: string }[] = [
  { name: '<news-article> without a slug', template: () => html`<news-article endpoint=${api}></news-article>`, data: article, shows: article.title },
  { name: '<news-article-card> without a slug', template: () => html`<news-article-card endpoint=${api}></news-article-card>`, data: summaries[0], shows: summaries[0].title },
  { name: '<news-author-bio> without an author', template: () => html`<news-author-bio endpoint=${api}></news-author-bio>`, data: author, shows: author.name },
  {
    name: '<news-related-articles> with neither article nor tag',
    template: () => html`<news-related-articles endpoint=${api}></news-related-articles>`,
    data: summaries,
    shows: summaries[1].title,
  },
];

describe('an element without its key and without .data waits', () => {
  for (const c of waiting) {
    it(`${c.name}: holds its skeleton's space, reports nothing, then shows the .data it is given`, async () => {
      const el = fixtureSync<Element>(c.template());
      const heard = await listening(el, async () => {
        await settle(el);
        // Waiting: the skeleton keeps the place, but nothing is loading.
        expect(shadow(el).querySelector('[part="skeleton"]') !== null, 'a skeleton').to.be.true;
        expect(shadow(el).querySelector('[part="error"]') === null, 'no error state').to.be.true;
        expect(el.getAttribute('aria-busy')).to.be.null;
        expect(textOf(el)).not.to.contain('Loading');
        await expect(el).to.be.accessible();

        el.data = c.data;
        await settle(el);
      });
      expect(heard.events).to.deep.equal([]);
      expect(heard.warnings).to.deep.equal([]);
      expect(seenText(el)).to.contain(c.shows);
      await expect(el).to.be.accessible();
    });
  }

  it('a page script that sets .data right after customElements.whenDefined: no news-error, no warning', async () => {
    const articleEl = document.createElement('news-article');
    const related = document.createElement('news-related-articles');
    articleEl.setAttribute('endpoint', api);
    related.setAttribute('endpoint', api);
    const heard: Heard[] = [];
    const warnings = await warningsDuring(async () => {
      const listen = (el: Element) => {
        const events: string[] = [];
        el.addEventListener('news-error', (event) => events.push((event as CustomEvent).detail.error.message));
        heard.push({ events, warnings: [] });
      };
      listen(articleEl);
      listen(related);
      document.body.append(articleEl, related);
      await customElements.whenDefined('news-article');
      await customElements.whenDefined('news-related-articles');
      articleEl.data = article;
      related.data = summaries;
      await settle(articleEl);
      await settle(related);
    });
    try {
      expect(heard.map(({ events }) => events)).to.deep.equal([[], []]);
      expect(warnings).to.deep.equal([]);
      expect(textOf(part(articleEl, '[part="title"]'))).to.equal(article.title);
      expect(seenText(related as Element)).to.contain(summaries[0].title);
    } finally {
      articleEl.remove();
      related.remove();
    }
  });

  it('.data set before the element is connected: shown at once, nothing reported', async () => {
    const el = document.createElement('news-author-bio');
    el.data = author;
    const heard = await listening(el, async () => {
      document.body.append(el);
      await settle(el);
    });
    try {
      expect(heard).to.deep.equal({ events: [], warnings: [] });
      expect(textOf(el)).to.contain(author.name);
    } finally {
      el.remove();
    }
  });

  it('loads as soon as the key arrives, and waits again when the key and .data go', async () => {
    const el = fixtureSync<NewsArticle>(html`<news-article endpoint=${api}></news-article>`);
    await settle(el);
    expect(el.getAttribute('aria-busy')).to.be.null;
    const loaded = settled(el);
    el.setAttribute('slug', 'harbour-bridge-reopens');
    const event = await loaded;
    expect(event.type).to.equal('news-load');
    await el.updateComplete;
    expect(textOf(part(el, '[part="title"]'))).to.equal(event.detail.title);

    const heard = await listening(el as unknown as Element, async () => {
      el.removeAttribute('slug');
      await settle(el as unknown as Element);
    });
    expect(heard).to.deep.equal({ events: [], warnings: [] });
    expect(shadow(el).querySelector('[part="title"]') === null, 'no title').to.be.true;
    expect(shadow(el).querySelector('[part="skeleton"]') !== null, 'a skeleton').to.be.true;
  });

  it('a wrong value is still an error while it waits for its key (limit="-1")', async () => {
    const el = fixtureSync<NewsRelatedArticles>(html`<news-related-articles endpoint=${api} limit="-1"></news-related-articles>`);
    const event = await settled(el);
    expect(event.type).to.equal('news-error');
    expect(event.detail.error.code).to.equal('config');
    expect(event.detail.error.field).to.equal('limit');
  });
});
