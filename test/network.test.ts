import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../src/article.js';
import type { NewsArticle, NewsArticleCard } from '../src/index.js';
import { delayed, hanging, load, part, served, textOf, until } from './helpers.js';

/** Requests here are counted on /delay/200–229/ and /hang/…/network-*: URLs no other test file uses. */
describe('requests', () => {
  it('makes one request for N elements on one slug', async () => {
    const api = delayed(201);
    const container = fixtureSync<HTMLDivElement>(html`<div>
      ${[1, 2, 3, 4, 5].map(() => html`<news-article-card endpoint=${api} slug="open-data-portal-launch"></news-article-card>`)}
      <news-article endpoint=${api} slug="open-data-portal-launch"></news-article>
    </div>`);
    const elements = Array.from(container.querySelectorAll<NewsArticleCard | NewsArticle>('news-article-card, news-article'));
    expect(elements).to.have.length(6);
    await until(() => elements.every((el) => el.model !== undefined));
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) expect(textOf(part(el, '[part="title"]'))).to.equal('Port Merrow opens its data: buses, bins and tide readings now free to download');
    expect(await served('/delay/201/api/articles/open-data-portal-launch')).to.deep.equal({ count: 1, abandoned: 0 });
  });

  it('answers an element added after the first has loaded from the cache, without a request', async () => {
    const api = delayed(202);
    const { el: first } = await load<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="school-heat-pumps"></news-article-card>`);
    expect((await served('/delay/202/api/articles/school-heat-pumps')).count).to.equal(1);

    const { el: second, event } = await load<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="school-heat-pumps"></news-article-card>`);
    expect(event.type).to.equal('news-load');
    expect(event.detail.slug).to.equal('school-heat-pumps');
    expect(textOf(part(second, '[part="title"]'))).to.equal(textOf(part(first, '[part="title"]')));
    // Another element type on the same resource shares it too.
    const { el: article } = await load<NewsArticle>(html`<news-article endpoint=${api} slug="school-heat-pumps"></news-article>`);
    expect(article.model!.slug).to.equal('school-heat-pumps');
    expect((await served('/delay/202/api/articles/school-heat-pumps')).count).to.equal(1);
  });

  it('aborts the request when its element leaves the page before the answer', async () => {
    const errors: Event[] = [];
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${hanging} slug="network-removed"></news-article-card>`);
    el.addEventListener('news-error', (event) => errors.push(event));
    await until(async () => (await served('/hang/api/articles/network-removed')).count === 1);
    expect((await served('/hang/api/articles/network-removed')).abandoned).to.equal(0);

    el.remove();
    await until(async () => (await served('/hang/api/articles/network-removed')).abandoned === 1);
    // Leaving is not a failure: no error event, no error state.
    expect(errors).to.deep.equal([]);
    expect(el.error).to.equal(undefined);

    // Back on the page, it starts again.
    document.body.append(el);
    try {
      await until(async () => (await served('/hang/api/articles/network-removed')).count === 2);
      expect(el.getAttribute('aria-busy')).to.equal('true');
    } finally {
      el.remove();
    }
    await until(async () => (await served('/hang/api/articles/network-removed')).abandoned === 2);
  });

  it('aborts a slow request too, and never renders its late answer', async () => {
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${delayed(1500)} slug="regata-juvenil-puerto-albar"></news-article-card>`);
    await until(async () => (await served('/delay/1500/api/articles/regata-juvenil-puerto-albar')).count === 1);
    el.remove();
    await until(async () => (await served('/delay/1500/api/articles/regata-juvenil-puerto-albar')).abandoned === 1);
    expect(el.model).to.equal(undefined);
  });

  it('keeps a shared request going while another element still waits for it', async () => {
    const api = delayed(400);
    const container = fixtureSync<HTMLDivElement>(html`<div>
      <news-article-card endpoint=${api} slug="marche-nocturne-rochemer"></news-article-card>
      <news-article-card endpoint=${api} slug="marche-nocturne-rochemer"></news-article-card>
    </div>`);
    const [leaving, staying] = Array.from(container.querySelectorAll('news-article-card'));
    await until(async () => (await served('/delay/400/api/articles/marche-nocturne-rochemer')).count === 1);
    leaving.remove();
    await until(() => staying.model !== undefined);
    await staying.updateComplete;
    expect(textOf(part(staying, '[part="title"]'))).to.equal('À Rochemer, le marché nocturne du quai des Tanneurs retrouve ses lampions');
    expect(await served('/delay/400/api/articles/marche-nocturne-rochemer')).to.deep.equal({ count: 1, abandoned: 0 });
  });
});

describe('loading="lazy"', () => {
  it('makes no request until the element comes within a screen of the viewport, then loads', async () => {
    const api = delayed(131);
    const page = fixtureSync(html`<div>
      <div style="block-size: 400vh"></div>
      <news-article-card loading="lazy" endpoint=${api} slug="harbour-bridge-reopens"></news-article-card>
    </div>`);
    const el = page.querySelector<NewsArticleCard>('news-article-card')!;
    await el.updateComplete;
    // An IntersectionObserver reports within a frame or two of observing.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(await served('/delay/131/api/articles/harbour-bridge-reopens')).to.deep.equal({ count: 0, abandoned: 0 });
    expect(el.model).to.equal(undefined);

    const loaded = oneEvent(el, 'news-load');
    el.scrollIntoView();
    await loaded;
    await el.updateComplete;
    expect(textOf(part(el, '[part="title"]'))).to.equal(el.model!.title);
    expect((await served('/delay/131/api/articles/harbour-bridge-reopens')).count).to.equal(1);
    await expect(el).to.be.accessible();
  });
});
