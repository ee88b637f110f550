import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../article-card.js';
import type { NewsArticleCard } from '../../article-card.js';
import { bringUp, delayed, down, endpoint, load, part, served, shadow, textOf, until } from '../../../test/helpers.js';
import { article as dataArticle, summaries } from '../../../test/models.js';

describe('<news-article-card>', () => {
  it('renders an article from the endpoint as a card', async () => {
    const { el, event } = await load<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} slug="seagrass-meadows-return"></news-article-card>`);
    expect(event.type).to.equal('news-load');
    expect(event.detail.slug).to.equal('seagrass-meadows-return');

    const image = part<HTMLImageElement>(el, 'img[part="image"]');
    expect(image.alt).to.equal('Ribbons of green seagrass swaying over a sandy seabed in shallow, sunlit water');
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(part(el, '[part="section"]').textContent).to.equal('Science');
    const title = part(el, 'h3[part="title"]');
    expect(textOf(title)).to.equal('Seagrass is returning to Merrow Bay, and divers have the numbers to prove it');
    const link = title.querySelector('a')!;
    expect(link.getAttribute('part')).to.equal('link');
    expect(link.href).to.equal('http://site.test/articles/seagrass-meadows-return.html');
    expect(textOf(part(el, '[part="summary"]'))).to.match(/^Three years after replanting began/);
    const meta = part(el, '[part="meta"]');
    expect(meta.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-09T10:00:00+00:00');
    expect(textOf(meta)).to.equal('By Tomás Lindqvist March 9, 2026 4 min read');
    await expect(el).to.be.accessible();
  });

  it('uses heading-level for the title', async () => {
    const { el } = await load<NewsArticleCard>(
      html`<news-article-card endpoint=${endpoint} slug="seagrass-meadows-return" heading-level="2"></news-article-card>`,
    );
    expect(shadow(el).querySelector('h2[part="title"]')).not.to.equal(null);
    expect(shadow(el).querySelector('h3')).to.equal(null);
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${delayed(350)} slug="tide-gauge-century"></news-article-card>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, '[part="skeleton"]').querySelectorAll('.bone').length).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part="card"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await until(() => el.model !== undefined);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(shadow(el).querySelector('[part="skeleton"]')).to.equal(null);
    expect(textOf(part(el, '[part="title"]'))).to.equal(el.model!.title);
  });

  // The only test of the suite on /down/: the server's outage is one switch for every page.
  it('shows an error with Retry while the endpoint is down, and the card once Retry succeeds', async () => {
    const { el, event } = await load<NewsArticleCard>(html`<news-article-card endpoint=${down} slug="rowing-club-centenary"></news-article-card>`);
    expect(event.type).to.equal('news-error');
    expect(event.detail.error.code).to.equal('http');
    expect(event.detail.error.status).to.equal(503);
    expect(textOf(part(el, '[part="error"]'))).to.contain('The news service ran into a problem.');
    const retry = part<HTMLButtonElement>(el, 'button[part="retry"]');
    expect(retry.textContent).to.equal('Retry');
    await expect(el).to.be.accessible();
    expect((await served('/down/api/articles/rowing-club-centenary')).count).to.equal(1);

    await bringUp();
    const loaded = new Promise<CustomEvent>((resolve) => el.addEventListener('news-load', (e) => resolve(e as CustomEvent), { once: true }));
    retry.click();
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect((await loaded).detail.slug).to.equal('rowing-club-centenary');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(textOf(part(el, '[part="title"]'))).to.equal('Merrow Rowing Club turns 100 with a new boathouse and its biggest junior squad');
    // The error was not cached: Retry went back to the server.
    expect((await served('/down/api/articles/rowing-club-centenary')).count).to.equal(2);
  });

  it('renders a .data summary (or a whole article) without a request', async () => {
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${delayed(121)} .data=${summaries[0]}></news-article-card>`);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(textOf(part(el, '[part="title"]'))).to.equal('Related story number 1');
    expect(textOf(part(el, '[part="meta"]'))).to.equal('By Ada Quill January 1, 2026 1 min read');

    el.data = dataArticle;
    await el.updateComplete;
    expect(textOf(part(el, '[part="title"]'))).to.equal('A story handed in as data');
    expect(await served('/delay/121/api/articles/data-related-1')).to.deep.equal({ count: 0, abandoned: 0 });
    await expect(el).to.be.accessible();
  });

  it('appends link-params and honours link-target on its link', async () => {
    const { el } = await load<NewsArticleCard>(
      html`<news-article-card
        endpoint=${endpoint}
        slug="seagrass-meadows-return"
        link-target="_blank"
        link-params=${'utm_source=partner&ref=card'}
      ></news-article-card>`,
    );
    const link = part<HTMLAnchorElement>(el, 'a[part="link"]');
    expect(link.href).to.equal('http://site.test/articles/seagrass-meadows-return.html?utm_source=partner&ref=card');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
  });
});
