import { expect } from '@open-wc/testing';
import type { NewsArticle, NewsArticleCard, NewsOptions } from '../src/index.js';
import { composedDangers } from './composed-dom.js';
import { delayed, faultOrigin, faultServed, fixture, flaky, nextTask, origin, part, served, shadow, textOf, until } from './helpers.js';
import { deepElements } from './reader.js';
import { becomeTheSupportFloor } from './support-floor.js';

// This page is a browser of the support floor (test/support-floor.ts) before dist/news-widgets.js
// loads: no AbortSignal.any, no Sanitizer API, no declarative shadow DOM, no Trusted Types.
const removed = becomeTheSupportFloor();
const bundle: { configure(options: NewsOptions): void; resetConfiguration(): void } = await import(/* @vite-ignore */ `${'/dist/news-widgets.js'}`);

/** Names this page's requests apart from those of the same tests in the other engines, which share the servers. */
const run = Math.random().toString(36).slice(2, 8);

/** Appends an element made from HTML, and gathers its events from before its first update. */
function place<T extends HTMLElement>(markup: string): { el: T; events: CustomEvent[]; next(type: string): Promise<CustomEvent> } {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  const el = holder.firstElementChild as T;
  const events: CustomEvent[] = [];
  for (const type of ['news-load', 'news-error']) el.addEventListener(type, (event) => events.push(event as CustomEvent));
  document.body.append(el);
  return {
    el,
    events,
    async next(type) {
      const seen = events.length;
      await until(() => events.length > seen);
      const event = events[seen];
      expect(event.type, `${event.type}: ${event.detail?.error?.message ?? ''}`).to.equal(type);
      return event;
    },
  };
}

/** The text a reader sees, nested elements' shadow roots included. */
function seenText(el: Element): string {
  return deepElements(el)
    .filter((node) => node.shadowRoot)
    .map((node) => textOf(node.shadowRoot!))
    .join(' ');
}

describe('the support floor: Safari 16.4, Firefox 115, Chromium 111 (newer APIs removed before the bundle loads)', () => {
  afterEach(() => {
    bundle.resetConfiguration();
    for (const el of document.querySelectorAll('body > news-article, body > news-article-card, body > div.ssr')) el.remove();
  });

  it('has none of the newer APIs the library can use', () => {
    expect(removed).to.include('any');
    expect('any' in AbortSignal).to.be.false;
    expect('setHTML' in Element.prototype).to.be.false;
    expect('shadowRootMode' in HTMLTemplateElement.prototype).to.be.false;
  });

  it('loads an article, its body sanitized by DOMPurify (fetched from chunks/ next to the bundle)', async () => {
    const { el, next } = place<NewsArticle>(`<news-article endpoint="${delayed(3101)}" slug="harbour-bridge-reopens"></news-article>`);
    const { detail: article } = await next('news-load');
    await el.updateComplete;
    await until(() => shadow(el).querySelectorAll('[part="body"] p').length > 0);
    expect(textOf(part(el, '[part="title"]'))).to.equal(article.title);
    const purify = performance.getEntriesByType('resource').filter(({ name }) => /\/dist\/chunks\/purify\.es-[\w-]+\.js$/.test(name));
    expect(purify, 'the DOMPurify chunk').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('sanitizes a hostile body with DOMPurify: nothing dangerous reaches the page', async () => {
    const { el, next } = place<NewsArticle>(`<news-article src="${fixture('article-hostile-body.json')}"></news-article>`);
    await next('news-load');
    await until(() => shadow(el).querySelector('[part="body"] h2') !== null);
    expect(textOf(part(el, '[part="body"]'))).to.contain('Safe heading');
    expect(composedDangers(el)).to.deep.equal([]);
  });

  it('Retry: a failed request (HTTP 500) is tried again, and the element loads', async () => {
    bundle.configure({ retries: 0 });
    await flaky('break', `floor-${run}`);
    const { el, next } = place<NewsArticleCard>(`<news-article-card endpoint="${faultOrigin}/flaky/floor-${run}/api/" slug="s"></news-article-card>`);
    const failed = await next('news-error');
    expect(failed.detail.error.code).to.equal('http');
    await el.updateComplete;
    await flaky('mend', `floor-${run}`);
    part<HTMLButtonElement>(el, 'button[part="retry"]').click();
    await next('news-load');
    await el.updateComplete;
    expect(textOf(el)).to.contain('Flaky story');
  });

  it('abort: an element that leaves the page while its request is on its way abandons it', async () => {
    const path = `/hang/api/articles/floor-${run}`;
    const { el, events } = place<NewsArticleCard>(`<news-article-card endpoint="${origin}/hang/api/" slug="floor-${run}"></news-article-card>`);
    await until(async () => (await served(path)).count === 1);
    el.remove();
    await until(async () => (await served(path)).abandoned === 1);
    await nextTask();
    expect(events).to.deep.equal([]);
  });

  it('timeout: a request with no answer ends at the deadline, as a timeout', async () => {
    bundle.configure({ timeout: 400, retries: 0 });
    const { next } = place<NewsArticleCard>(`<news-article-card endpoint="${faultOrigin}/hang/floor-${run}/api/" slug="s"></news-article-card>`);
    const failed = await next('news-error');
    expect(failed.detail.error.code).to.equal('timeout');
    expect((await faultServed(`/hang/floor-${run}/api/articles/s`)).cors).to.equal(1);
  });

  it('a server-rendered article (news-widgets/ssr) shows the model its server wrote, without declarative shadow DOM or a request', async () => {
    const api = delayed(3102);
    const markup = await (await fetch(`/__news/ssr-article.html?endpoint=${encodeURIComponent(api)}`)).text();
    const holder = document.createElement('div');
    holder.className = 'ssr';
    // As Firefox 115 parses the page: innerHTML leaves every <template shadowrootmode> a template.
    holder.innerHTML = markup;
    const el = holder.querySelector<NewsArticle>('news-article')!;
    const events: CustomEvent[] = [];
    for (const type of ['news-load', 'news-error']) el.addEventListener(type, (event) => events.push(event as CustomEvent));
    document.body.append(holder);
    await el.updateComplete;
    await until(() => seenText(el).includes('A related fixture') && shadow(el).querySelectorAll('[part="body"] p').length > 0);
    expect(textOf(part(el, '[part="title"]'))).to.equal('An article from a static JSON file');
    expect(seenText(el)).to.contain('Fay Fixture');
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(events).to.deep.equal([]);
    expect((await served('/delay/3102/api/articles/fixture-article')).count).to.equal(0);
    expect((await served('/delay/3102/api/articles/fixture-article/related?limit=4')).count).to.equal(0);
    await expect(el).to.be.accessible();
  });
});
