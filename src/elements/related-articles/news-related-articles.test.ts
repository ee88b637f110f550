import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../related-articles.js';
import type { NewsRelatedArticles } from '../../related-articles.js';
import type { NewsArticleCard } from '../article-card/news-article-card.js';
import { delayed, endpoint, load, part, served, settled, shadow, textOf, until } from '../../../test/helpers.js';
import { summaries } from '../../../test/models.js';

/** The cards of a strip, once each has rendered. */
async function cardsOf(el: NewsRelatedArticles): Promise<NewsArticleCard[]> {
  const cards = Array.from(shadow(el).querySelectorAll('news-article-card'));
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

const titles = async (el: NewsRelatedArticles) => (await cardsOf(el)).map((card) => textOf(part(card, '[part="title"]')));

describe('<news-related-articles>', () => {
  it('shows the articles related to an article, as many as limit, in one request', async () => {
    const api = delayed(181);
    const { el, event } = await load<NewsRelatedArticles>(
      html`<news-related-articles endpoint=${api} article="harbour-bridge-reopens" limit="2"></news-related-articles>`,
    );
    expect(event.type).to.equal('news-load');
    expect(event.detail).to.have.length(2);
    expect(event.detail).to.equal(el.model);
    const heading = part(el, 'h2[part="heading"]');
    expect(textOf(heading)).to.equal('Related articles');
    expect(part(el, 'section[part="section"]').getAttribute('aria-labelledby')).to.equal(heading.id);
    const cards = await cardsOf(el);
    expect(cards).to.have.length(2);
    expect(await titles(el)).to.deep.equal(event.detail.map((item: { title: string }) => item.title));
    expect(cards.map((card) => card.getAttribute('heading-level'))).to.deep.equal(['3', '3']);
    expect(shadow(cards[0]).querySelector('h3[part="title"]')).not.to.equal(null);
    // One request for the whole strip; the cards are given their models.
    expect(await served('/delay/181/api/articles/harbour-bridge-reopens/related?limit=2')).to.deep.equal({ count: 1, abandoned: 0 });
    expect((await served(`/delay/181/api/articles/${event.detail[0].slug}`)).count).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reads a limit set on the property as digits (as a Vue template sets limit="3") as that number', async () => {
    const api = delayed(189);
    const { el, event } = await load<NewsRelatedArticles>(
      html`<news-related-articles endpoint=${api} article="harbour-bridge-reopens" .limit=${'3' as unknown as number}></news-related-articles>`,
    );
    expect(event.type).to.equal('news-load');
    expect(await cardsOf(el)).to.have.length(3);
    expect(await served('/delay/189/api/articles/harbour-bridge-reopens/related?limit=3')).to.deep.equal({ count: 1, abandoned: 0 });
    await expect(el).to.be.accessible();
  });

  it('shows the latest articles with a tag', async () => {
    const { el, event } = await load<NewsRelatedArticles>(html`<news-related-articles endpoint=${delayed(182)} tag="music" limit="10"></news-related-articles>`);
    expect(event.detail.map((item: { slug: string }) => item.slug)).to.deep.equal(['lighthouse-festival-lineup', 'marche-nocturne-rochemer']);
    expect(await titles(el)).to.deep.equal([
      'Lighthouse Festival announces its biggest programme yet, with three nights on the breakwater',
      'À Rochemer, le marché nocturne du quai des Tanneurs retrouve ses lampions',
    ]);
    expect((await served('/delay/182/api/articles?tag=music&limit=10')).count).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('lays out as a strip by default and as a grid with layout="grid"', async () => {
    const { el } = await load<NewsRelatedArticles>(html`<news-related-articles endpoint=${endpoint} tag="harbour" limit="3"></news-related-articles>`);
    expect(await cardsOf(el)).to.have.length(3);
    const list = part(el, 'ul[part="list"]');
    expect(el.getAttribute('layout')).to.equal('strip');
    expect(getComputedStyle(list).gridAutoFlow).to.equal('column');
    expect(getComputedStyle(list).overflowX).to.equal('auto');

    el.layout = 'grid';
    await el.updateComplete;
    expect(el.getAttribute('layout')).to.equal('grid');
    expect(getComputedStyle(list).gridAutoFlow).to.equal('row');
    expect(getComputedStyle(list).gridTemplateColumns).not.to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('lays out compact rows with layout="list": a thumbnail beside the title and the date, 6em a row, nothing sideways', async () => {
    const { el } = await load<NewsRelatedArticles>(
      html`<news-related-articles style="inline-size: 300px" endpoint=${delayed(184)} tag="harbour" limit="4" layout="list"></news-related-articles>`,
    );
    const cards = await cardsOf(el);
    expect(cards).to.have.length(4);
    const list = part(el, 'ul[part="list"]');
    expect(list.scrollWidth, 'no sideways scroll').to.be.at.most(list.clientWidth);
    for (const card of cards) {
      const row = card.parentElement!.getBoundingClientRect();
      expect(row.height, 'a row is 6em').to.equal(6 * 16);
      const [media, title, date] = ['[part="media"]', '[part="title"]', '[part="date"]'].map((selector) => part(card, selector).getBoundingClientRect());
      expect(media.width, 'a square thumbnail').to.equal(5.5 * 16);
      expect(media.height).to.equal(5.5 * 16);
      expect(media.right, 'the thumbnail beside the title').to.be.at.most(title.left);
      expect(title.bottom, 'the date under the title').to.be.at.most(date.top);
      expect(date.bottom, 'the date inside its row').to.be.at.most(row.bottom);
      for (const hidden of ['[part="section"]', '[part="summary"]', '[part="byline"]', '[part="reading-time"]']) {
        const piece = shadow(card).querySelector(hidden);
        if (piece) expect(getComputedStyle(piece).display, `${hidden} is left out`).to.equal('none');
      }
    }
    await expect(el).to.be.accessible();
  });

  it('refuses a layout it does not know with a config error naming the attribute, and loads once it is fixed', async () => {
    const { el, event } = await load<NewsRelatedArticles>(html`<news-related-articles endpoint=${endpoint} tag="harbour" layout="carousel"></news-related-articles>`);
    expect(event.type).to.equal('news-error');
    expect(event.detail.error.code).to.equal('config');
    expect(event.detail.error.field).to.equal('layout');
    expect(textOf(part(el, '[part="error"]'))).to.contain('The layout attribute must be one of strip, grid, list; got "carousel".');
    await expect(el).to.be.accessible();

    const loaded = settled(el);
    el.setAttribute('layout', 'list');
    expect((await loaded).type).to.equal('news-load');
    await el.updateComplete;
    expect(await cardsOf(el)).to.have.length(4);
  });

  it('shows an empty state for a tag without articles, and for .data = []', async () => {
    const { el, event } = await load<NewsRelatedArticles>(html`<news-related-articles endpoint=${endpoint} tag="no-such-tag"></news-related-articles>`);
    expect(event.type).to.equal('news-load');
    expect(event.detail).to.deep.equal([]);
    expect(part(el, '[part="empty"]').textContent).to.equal('No related articles yet.');
    expect(shadow(el).querySelector('[part="list"]')).to.equal(null);
    expect(el.hasAttribute('aria-busy')).to.be.false;
    await expect(el).to.be.accessible();

    const fromData = fixtureSync<NewsRelatedArticles>(html`<news-related-articles .data=${[]}></news-related-articles>`);
    await fromData.updateComplete;
    expect(part(fromData, '[part="empty"]').textContent).to.equal('No related articles yet.');
    await expect(fromData).to.be.accessible();
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    const el = fixtureSync<NewsRelatedArticles>(html`<news-related-articles endpoint=${delayed(300)} article="tide-gauge-century" limit="2"></news-related-articles>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    // One placeholder card per card to come, so nothing shifts when they arrive.
    expect(part(el, '[part="skeleton"]').querySelectorAll('.card')).to.have.length(2);
    expect(shadow(el).querySelector('news-article-card')).to.equal(null);
    await expect(el).to.be.accessible();

    await until(() => el.model !== undefined);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(shadow(el).querySelector('[part="skeleton"]')).to.equal(null);
    expect(await cardsOf(el)).to.have.length(2);
  });

  it('shows an error with Retry for an unknown article', async () => {
    const { el, event } = await load<NewsRelatedArticles>(html`<news-related-articles endpoint=${endpoint} article="no-such-article"></news-related-articles>`);
    expect(event.detail.error.code).to.equal('not-found');
    expect(textOf(part(el, '[part="error"]'))).to.contain('This content could not be found.');
    expect(part(el, 'button[part="retry"]').textContent).to.equal('Retry');
    await expect(el).to.be.accessible();
  });

  it('fails with a config error when article is written empty (neither attribute is waiting: test/waiting.test.ts)', async () => {
    const { el, event } = await load<NewsRelatedArticles>(html`<news-related-articles endpoint=${endpoint} article=""></news-related-articles>`);
    expect(event.detail.error.code).to.equal('config');
    expect(textOf(part(el, '[part="error"]'))).to.contain('has an empty article attribute');
  });

  it('renders a .data list without a request, cut to limit', async () => {
    const el = fixtureSync<NewsRelatedArticles>(html`<news-related-articles endpoint=${delayed(183)} article="data-article" limit="2" .data=${summaries}></news-related-articles>`);
    await el.updateComplete;
    expect(await titles(el)).to.deep.equal(['Related story number 1', 'Related story number 2']);
    expect((await served('/delay/183/api/articles/data-article/related?limit=2')).count).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('passes link-target and link-params to its cards', async () => {
    const { el } = await load<NewsRelatedArticles>(
      html`<news-related-articles endpoint=${endpoint} tag="ocean" limit="3" link-target="_blank" link-params="utm_source=partner"></news-related-articles>`,
    );
    const cards = await cardsOf(el);
    expect(cards).to.have.length(3);
    for (const card of cards) {
      const link = part<HTMLAnchorElement>(card, 'a[part="link"]');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.href).to.match(/^http:\/\/site\.test\/articles\/[a-z0-9-]+\.html\?utm_source=partner$/);
    }
  });
});
