import { expect, html } from '@open-wc/testing';
import '../src/article.js';
import { NewsError, NewsErrorEvent, NewsLoadEvent, configure, resetConfiguration, type NewsArticle, type NewsArticleCard, type NewsAuthorBio } from '../src/index.js';
import { closedPort, endpoint, fixture as fixtureUrl, hanging, load, part, served, textOf, until } from './helpers.js';

describe('events', () => {
  afterEach(() => resetConfiguration());

  it('news-load carries the model, bubbles and crosses shadow roots', async () => {
    const heard: Event[] = [];
    const listener = (event: Event) => heard.push(event);
    document.body.addEventListener('news-load', listener);
    try {
      const { el, event } = await load<NewsAuthorBio>(html`<news-author-bio endpoint=${endpoint} author="tomas-lindqvist"></news-author-bio>`);
      expect(event).to.be.instanceOf(NewsLoadEvent);
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail).to.equal(el.model);
      expect(event.detail).to.include({ slug: 'tomas-lindqvist', name: 'Tomás Lindqvist', role: 'Science & Climate Correspondent' });
      expect(heard).to.deep.equal([event]);
    } finally {
      document.body.removeEventListener('news-load', listener);
    }
  });

  describe('news-error', () => {
    it('bubbles out of the shadow root with detail.error', async () => {
      const heard: Event[] = [];
      const listener = (event: Event) => heard.push(event);
      document.body.addEventListener('news-error', listener);
      try {
        const { el, event } = await load<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} slug="no-such-story"></news-article-card>`);
        expect(event).to.be.instanceOf(NewsErrorEvent);
        expect(event.bubbles).to.be.true;
        expect(event.composed).to.be.true;
        expect(event.detail.error).to.be.instanceOf(NewsError);
        expect(event.detail.error).to.equal(el.error);
        expect(heard).to.deep.equal([event]);
      } finally {
        document.body.removeEventListener('news-error', listener);
      }
    });

    it('not-found for an unknown slug', async () => {
      const { el, event } = await load<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} slug="no-such-story"></news-article-card>`);
      expect(event.detail.error.code).to.equal('not-found');
      expect(event.detail.error.status).to.equal(404);
      expect(event.detail.error.url).to.equal(`${endpoint}articles/no-such-story`);
      expect(textOf(part(el, '[part="error"]'))).to.contain('This content could not be found.');
    });

    it('timeout when the endpoint does not answer in time', async () => {
      configure({ timeout: 300 });
      const started = performance.now();
      const { el, event } = await load<NewsArticleCard>(html`<news-article-card endpoint=${hanging} slug="events-timeout"></news-article-card>`);
      expect(event.detail.error.code).to.equal('timeout');
      expect(performance.now() - started).to.be.within(250, 5000);
      expect(el.hasAttribute('aria-busy')).to.be.false;
      expect(textOf(part(el, '[part="error"]'))).to.contain('The news service took too long to answer.');
      expect(part(el, 'button[part="retry"]').textContent).to.equal('Retry');
      await expect(el).to.be.accessible();
      // The browser gave up on the request too.
      await until(async () => (await served('/hang/api/articles/events-timeout')).abandoned === 1);
    });

    it('network when nothing listens on the port', async () => {
      const { el, event } = await load<NewsArticleCard>(html`<news-article-card endpoint=${closedPort} slug="tide-gauge-century"></news-article-card>`);
      expect(event.detail.error.code).to.equal('network');
      expect(textOf(part(el, '[part="error"]'))).to.contain('Could not reach the news service.');
      await expect(el).to.be.accessible();
    });

    it('invalid-json when the answer is not JSON', async () => {
      const { el, event } = await load<NewsArticle>(html`<news-article src=${fixtureUrl('not-json.json')}></news-article>`);
      expect(event.detail.error.code).to.equal('invalid-json');
      expect(textOf(part(el, '[part="error"]'))).to.contain('could not be read');
    });

    it('invalid-response when the answer breaks the contract', async () => {
      const { event } = await load<NewsArticle>(html`<news-article src=${fixtureUrl('article-date-without-offset.json')}></news-article>`);
      expect(event.detail.error.code).to.equal('invalid-response');
      expect(event.detail.error.field).to.equal('publishedAt');
    });

    it('config for an empty slug, naming it', async () => {
      const { el, event } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug=""></news-article>`);
      expect(event.detail.error.code).to.equal('config');
      expect(event.detail.error.field).to.equal('slug');
      expect(textOf(part(el, '[part="error"]'))).to.contain('<news-article> has an empty slug attribute');
      await expect(el).to.be.accessible();
    });

    it('config for a missing endpoint', async () => {
      const { event } = await load<NewsArticle>(html`<news-article slug="tide-gauge-century"></news-article>`);
      expect(event.detail.error.code).to.equal('config');
      expect(event.detail.error.field).to.equal('endpoint');
    });

    it('config for an unknown provider', async () => {
      const { event } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="tide-gauge-century" provider="rss"></news-article>`);
      expect(event.detail.error.code).to.equal('config');
      expect(event.detail.error.field).to.equal('provider');
    });
  });

  it('a failing widget leaves its neighbours working', async () => {
    const container = document.createElement('div');
    const broken = document.createElement('news-article-card');
    broken.setAttribute('endpoint', endpoint);
    broken.setAttribute('slug', 'no-such-story');
    const working = document.createElement('news-article-card');
    working.setAttribute('endpoint', endpoint);
    working.setAttribute('slug', 'library-repair-cafe');
    container.append(broken, working);
    document.body.append(container);
    try {
      await until(() => broken.error !== undefined && working.model !== undefined);
      await working.updateComplete;
      expect(textOf(part(working, '[part="title"]'))).to.equal(working.model!.title);
      expect(broken.error!.code).to.equal('not-found');
    } finally {
      container.remove();
    }
  });
});
