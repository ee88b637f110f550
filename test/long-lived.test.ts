import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../src/article-card.js';
import { NewsError, configure, resetConfiguration, type NewsArticleCard } from '../src/index.js';
import { delayed, faultServed, faulty, flaky, load, served, settled, until } from './helpers.js';

/**
 * A page that lives for hours: the cache stays bounded, elements that failed while the reader was
 * offline come back by themselves, and a relative endpoint keeps its meaning across route changes.
 * Every test reads its own URLs (`/delay/27x/`, fault keys `long-lived-*`), so no other file shares them.
 */
const card = (endpoint: string, slug: string) => html`<news-article-card endpoint=${endpoint} slug=${slug}></news-article-card>`;

afterEach(() => resetConfiguration());

describe('long-lived pages: a bounded cache', () => {
  it('refuses cacheEntries and cacheBytes that are not whole numbers of at least 0', () => {
    for (const [name, value] of [['cacheEntries', -1], ['cacheBytes', 1.5], ['cacheBytes', Infinity]] as const) {
      let error: unknown;
      try {
        configure({ [name]: value });
      } catch (thrown) {
        error = thrown;
      }
      expect(error, name).to.be.instanceOf(NewsError);
      expect((error as NewsError).code).to.equal('config');
      expect((error as NewsError).field).to.equal(name);
      expect((error as NewsError).message).to.equal(`configure({ ${name} }) must be a whole number at least 0, got ${value}.`);
    }
  });

  it('forgets the least recently used answer past cacheEntries, and asks again when it is wanted again', async () => {
    configure({ cacheEntries: 1 });
    const api = delayed(271);
    // Each card leaves the page once it has shown its article: nothing on the page holds the answers.
    for (const slug of ['tide-gauge-century', 'storm-season-preparedness', 'tide-gauge-century']) {
      const { el, event } = await load<NewsArticleCard>(card(api, slug));
      expect(event.type).to.equal('news-load');
      el.remove();
    }
    expect((await served('/delay/271/api/articles/tide-gauge-century')).count).to.equal(2);
    expect((await served('/delay/271/api/articles/storm-season-preparedness')).count).to.equal(1);
  });

  it('forgets answers past cacheBytes', async () => {
    // Room for one article's JSON, not two.
    configure({ cacheBytes: 2500 });
    const api = delayed(272);
    for (const slug of ['tide-gauge-century', 'storm-season-preparedness', 'tide-gauge-century']) (await load<NewsArticleCard>(card(api, slug))).el.remove();
    expect((await served('/delay/272/api/articles/tide-gauge-century')).count).to.equal(2);
  });

  it('keeps what an element on the page shows, and tells it when a revalidation brings a change', async () => {
    configure({ cacheEntries: 1, retries: 0 });
    const api = faulty('flaky', 'long-lived-kept');
    const path = '/flaky/long-lived-kept/api/articles/s';
    const shown = fixtureSync<NewsArticleCard>(card(api, 's'));
    await until(() => shown.model !== undefined);
    expect(shown.model!.title).to.equal('Flaky story, version 1');
    // Another answer comes and goes; the one on the page stays cached all the same.
    (await load<NewsArticleCard>(card(delayed(273), 'tide-gauge-century'))).el.remove();

    // A second card on the same URL gets the cached (stale) answer without a request of its own, and
    // the one request that revalidates it brings version 2 to both.
    await flaky('mend', 'long-lived-kept');
    const changed = oneEvent(shown, 'news-load');
    const second = fixtureSync<NewsArticleCard>(card(api, 's'));
    await changed;
    await until(() => second.model?.title === 'Flaky story, version 2');
    expect(shown.model!.title).to.equal('Flaky story, version 2');
    expect((await faultServed(path)).cors).to.equal(2);
  });
});

describe('long-lived pages: back online', () => {
  beforeEach(() => configure({ retries: 0 }));

  it('loads an element that failed for a network error once more when the browser is back online', async () => {
    const key = 'long-lived-online';
    const path = `/offline/${key}/api/articles/s`;
    await flaky('break', key);
    const { el, event } = await load<NewsArticleCard>(card(faulty('offline', key), 's'));
    expect(event.type).to.equal('news-error');
    expect(el.error!.code).to.equal('network');

    await flaky('mend', key);
    const before = (await faultServed(path)).cors;
    const loaded = oneEvent(el, 'news-load');
    dispatchEvent(new Event('online'));
    // At once, as with pageshow: so the test below, which looks at once, sees what it should.
    expect(el.isUpdatePending).to.be.true;
    // Once per coming back, however often the event is heard before the new attempt starts.
    dispatchEvent(new Event('online'));
    await loaded;
    expect(el.model!.title).to.equal('Back online');
    expect(el.error).to.equal(undefined);
    expect((await faultServed(path)).cors).to.equal(before + 1);
  });

  it('loads an element that timed out once more when the page is shown again from the back/forward cache', async () => {
    configure({ timeout: 100 });
    const { el } = await load<NewsArticleCard>(card(delayed(1500), 'tide-gauge-century'));
    expect(el.error!.code).to.equal('timeout');

    configure({ timeout: 10_000 });
    // The page's first showing is no coming back.
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
    expect(el.isUpdatePending).to.be.false;
    const loaded = oneEvent(el, 'news-load');
    dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(el.isUpdatePending).to.be.true;
    await loaded;
    expect(el.model!.slug).to.equal('tide-gauge-century');
  });

  it('leaves alone an element that failed for another reason, and one no longer on the page', async () => {
    const notFound = await load<NewsArticleCard>(card(faulty('not-found', 'long-lived-404'), 's'));
    const serverError = await load<NewsArticleCard>(card(faulty('server-error', 'long-lived-500'), 's'));
    await flaky('break', 'long-lived-gone');
    const gone = await load<NewsArticleCard>(card(faulty('offline', 'long-lived-gone'), 's'));
    expect([notFound, serverError, gone].map(({ el }) => el.error!.code)).to.deep.equal(['not-found', 'http', 'network']);
    gone.el.remove();

    dispatchEvent(new Event('online'));
    for (const { el } of [notFound, serverError, gone]) expect(el.isUpdatePending, el.error!.code).to.be.false;
  });
});

describe('long-lived pages: a relative endpoint', () => {
  // The test page's own server serves test/fixtures/site/api/articles/<slug>.json, so an endpoint
  // relative to the page (`../api/` from /test/fixtures/site/news/) reaches them.
  const page = location.href;
  afterEach(() => history.replaceState(history.state, '', page));

  it('keeps the meaning it had when the element first read it, after pushState to a deeper route', async () => {
    history.pushState(null, '', '/test/fixtures/site/news/');
    const { el, event } = await load<NewsArticleCard>(card('../api/', 'first.json'));
    expect(event.type, event.detail.error?.message).to.equal('news-load');

    // From here, `../api/` would be /test/fixtures/site/news/2026/api/, where nothing is.
    history.pushState(null, '', '/test/fixtures/site/news/2026/05/');
    const next = settled(el);
    el.slug = 'second.json';
    expect((await next).type, (await next).detail.error?.message).to.equal('news-load');
    expect(el.model!.id).to.equal('site-second');
  });

  it('keeps the page default (configure, meta tag) as the element first read it too', async () => {
    configure({ endpoint: '../api/' });
    history.pushState(null, '', '/test/fixtures/site/news/');
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card slug="first.json"></news-article-card>`);
    expect((await settled(el)).type).to.equal('news-load');
    history.pushState(null, '', '/test/fixtures/site/news/2026/05/');
    const next = settled(el);
    el.slug = 'second.json';
    expect((await next).type).to.equal('news-load');
  });

  it('reads a changed endpoint attribute against the page as it is then', async () => {
    history.pushState(null, '', '/test/fixtures/site/news/');
    const { el } = await load<NewsArticleCard>(card('../api/', 'first.json'));
    history.pushState(null, '', '/test/fixtures/site/news/2026/');
    const next = settled(el);
    el.endpoint = '../../api/';
    el.slug = 'second.json';
    expect((await next).type, (await next).detail.error?.message).to.equal('news-load');
  });
});
