import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../article.js';
import type { NewsArticle } from '../../article.js';
import { configure, resetConfiguration } from '../../config.js';
import { readingMinutes, type Article } from '../../data/contract.js';
import type { NewsAuthorBio } from '../author-bio/news-author-bio.js';
import type { NewsRelatedArticles } from '../related-articles/news-related-articles.js';
import type { NewsTagList } from '../tag-list/news-tag-list.js';
import { delayed, endpoint, load, part, served, shadow, textOf, until } from '../../../test/helpers.js';
import { article as dataArticle } from '../../../test/models.js';

/** Waits until the sanitized body is in the DOM (it is prepared after the article renders). */
async function bodyOf(el: NewsArticle): Promise<HTMLElement> {
  await until(() => !!shadow(el).querySelector('[part="body"]')?.childElementCount);
  return part<HTMLElement>(el, '[part="body"]');
}

async function cardsOf(el: NewsArticle): Promise<HTMLElement[]> {
  const related = part<NewsRelatedArticles>(el, 'news-related-articles');
  await until(() => !!related.shadowRoot?.querySelector('news-article-card'));
  await related.updateComplete;
  return Array.from(shadow(related).querySelectorAll<HTMLElement>('news-article-card'));
}

describe('<news-article>', () => {
  describe('loaded from the endpoint', () => {
    let el: NewsArticle;
    let model: Article;

    beforeEach(async () => {
      ({ el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article>`));
      model = el.model!;
    });

    it('shows the section, title and summary', () => {
      expect(part(el, '[part="section"]').textContent).to.equal('City');
      const title = part(el, 'h1[part="title"]');
      expect(title.textContent).to.equal('Swing bridge over the Inner Harbour reopens after eight months of repairs');
      expect(title.getAttribute('lang')).to.equal('en');
      expect(part(el, '[part="summary"]').textContent).to.contain('The 1911 Merrow Swing Bridge carries traffic again');
    });

    it('shows the published and updated dates in <time datetime>', () => {
      const published = part(el, 'time[datetime="2026-03-12T07:30:00+00:00"]');
      const updated = part(el, 'time[datetime="2026-03-12T16:05:00+00:00"]');
      expect(published.textContent).to.equal('March 12, 2026');
      expect(updated.textContent).to.equal('March 12, 2026');
      const meta = textOf(part(el, '[part="meta"]'));
      expect(meta).to.contain('By Nadia Okafor');
      expect(meta).to.contain('Published March 12, 2026');
      expect(meta).to.contain('Updated March 12, 2026');
    });

    it('shows the reading time computed from the body and the view count', () => {
      // The reference content gives no readingTimeMinutes for this article: it comes from the body.
      const minutes = readingMinutes(model.bodyHtml!);
      expect(model.readingTimeMinutes).to.equal(minutes);
      const meta = textOf(part(el, '[part="meta"]'));
      expect(meta).to.contain(`${minutes} min read`);
      expect(model.viewCount).to.be.a('number');
      expect(meta).to.contain(`${model.viewCount} views`);
    });

    it('shows the tags through the inner <news-tag-list>', async () => {
      const list = part<NewsTagList>(el, 'news-tag-list[part="tags"]');
      await list.updateComplete;
      const links = Array.from(shadow(list).querySelectorAll<HTMLAnchorElement>('a[part="tag"]'));
      expect(links.map((a) => a.textContent)).to.deep.equal(['City', 'Transport', 'The Harbour']);
      expect(links[0].href).to.equal('http://site.test/tags/city.html');
    });

    it('shows the hero image with its alt text and caption', () => {
      const image = part<HTMLImageElement>(el, 'figure[part="figure"] img[part="image"]');
      expect(image.alt).to.equal('The green iron swing bridge across the Inner Harbour at dawn, with a bus crossing');
      expect(image.src).to.match(/\/media\/harbour-bridge\.svg$/);
      expect(image.getAttribute('width')).to.equal('1200');
      expect(image.getAttribute('height')).to.equal('675');
      expect(part(el, 'figcaption[part="caption"]').textContent).to.equal(
        'The Merrow Swing Bridge shortly after reopening. Illustration: The Harbour Gazette.',
      );
    });

    it('shows the sanitized body', async () => {
      const body = await bodyOf(el);
      expect(body.querySelector('p')!.textContent).to.match(/^The Merrow Swing Bridge reopened to traffic/);
      expect(Array.from(body.querySelectorAll('h2'), (h) => h.textContent)).to.deep.equal(['What has changed', 'Openings for shipping']);
      expect(body.querySelectorAll('ul li')).to.have.length(4);
      const link = body.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/harbour-authority/swing-bridge');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });

    it('shows the author bio through the inner <news-author-bio>', async () => {
      const bio = part<NewsAuthorBio>(el, 'news-author-bio[part="author"]');
      await bio.updateComplete;
      expect(bio.getAttribute('heading-level')).to.equal('2');
      expect(shadow(bio).querySelector('h2[part="name"]')!.textContent).to.equal('Nadia Okafor');
      expect(textOf(bio)).to.contain('City Editor');
      expect(textOf(bio)).to.contain('Nadia has covered Port Merrow’s council');
    });

    it('shows the related strip through the inner <news-related-articles>, with cards', async () => {
      const cards = await cardsOf(el);
      expect(cards).to.have.length(4);
      const titles = cards.map((card) => textOf(part(card, '[part="title"]')));
      expect(titles.every(Boolean)).to.be.true;
      expect(cards.map((card) => card.getAttribute('heading-level'))).to.deep.equal(['3', '3', '3', '3']);
      const related = part<NewsRelatedArticles>(el, 'news-related-articles');
      expect(shadow(related).querySelector('h2[part="heading"]')!.textContent).to.equal('Related articles');
      // The strip never lists the article itself.
      expect(related.model!.map((item) => item.slug)).not.to.include('harbour-bridge-reopens');
    });

    it('is accessible once loaded', async () => {
      await bodyOf(el);
      await cardsOf(el);
      await expect(el).to.be.accessible();
    });
  });

  it('shows the source line', async () => {
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="seagrass-meadows-return"></news-article>`);
    const source = part(el, '[part="source"]');
    expect(textOf(source)).to.equal('Source: Merrow Bay Marine Survey, 2025 annual report');
    expect(source.querySelector('a')!.href).to.equal('https://example.org/merrow-bay-marine-survey/reports/2025');
    // The reading time given by the endpoint wins over the computed one.
    expect(textOf(part(el, '[part="meta"]'))).to.contain('4 min read');
  });

  it('shows the editorial disclosure', async () => {
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="lighthouse-festival-lineup"></news-article>`);
    const disclosure = part(el, '[part="disclosure"]');
    expect(textOf(disclosure)).to.equal(
      'The Harbour Gazette is a media partner of the Lighthouse Festival. The festival had no say over this article.',
    );
    expect(disclosure.querySelector('a')!.href).to.equal('https://example.org/harbour-gazette/about/partnerships');
    expect(shadow(el).querySelector('[part="source"]')).to.equal(null);
  });

  it('has no figure when the article has no image', async () => {
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="school-heat-pumps"></news-article>`);
    expect(part(el, '[part="title"]').textContent).to.equal('Every primary school in Port Merrow will be heated by heat pumps by 2028');
    expect(shadow(el).querySelector('figure, img[part="image"]')).to.equal(null);
  });

  it('marks a foreign-language article with its language and direction', async () => {
    const { el } = await load<NewsArticle>(html`<news-article lang="en" endpoint=${endpoint} slug="calligraphy-festival-quayside"></news-article>`);
    const title = part(el, '[part="title"]');
    expect(title.getAttribute('lang')).to.equal('ar');
    expect(title.getAttribute('dir')).to.equal('rtl');
    // The interface around it follows the reader's language, left to right.
    expect(textOf(part(el, '[part="meta"]'))).to.contain('Published');
    expect(getComputedStyle(part(el, '[part="meta"]')).direction).to.equal('ltr');
  });

  it("speaks the article's own language on a page that names none", async () => {
    expect(document.documentElement.hasAttribute('lang')).to.be.false;
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="calligraphy-festival-quayside"></news-article>`);
    await el.updateComplete;
    expect(textOf(part(el, '[part="meta"]'))).to.contain('نُشر في');
    expect(getComputedStyle(part(el, '[part="meta"]')).direction).to.equal('rtl');
  });

  it('fires news-load with the article as detail, bubbling out of its shadow root', async () => {
    const received: CustomEvent[] = [];
    const listener = (event: Event) => received.push(event as CustomEvent);
    document.addEventListener('news-load', listener);
    try {
      const { el, event } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="tide-gauge-century"></news-article>`);
      expect(event.type).to.equal('news-load');
      expect(event.bubbles).to.be.true;
      expect(event.composed).to.be.true;
      expect(event.detail).to.equal(el.model);
      expect(event.detail.slug).to.equal('tide-gauge-century');
      expect(event.detail.title).to.equal(textOf(part(el, '[part="title"]')));
      await cardsOf(el);
      // The related strip's own load stays inside: the page hears of the article once.
      expect(received.filter((e) => e.target === el)).to.have.length(1);
      expect(received.map((e) => (e.target as Element).localName)).to.deep.equal(['news-article']);
    } finally {
      document.removeEventListener('news-load', listener);
    }
  });

  it('shows a skeleton with aria-busy while loading, and drops both once loaded', async () => {
    const el = fixtureSync<NewsArticle>(html`<news-article endpoint=${delayed(400)} slug="open-data-portal-launch"></news-article>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, '[part="skeleton"]').getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).querySelector('[part="title"]')).to.equal(null);
    expect(textOf(el)).to.equal('Loading');
    await expect(el).to.be.accessible();

    await until(() => el.model !== undefined);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(shadow(el).querySelector('[part="skeleton"]')).to.equal(null);
    expect(part(el, '[part="title"]').textContent).to.equal(el.model!.title);
  });

  it('shows an error with a Retry button for an unknown slug', async () => {
    const { el, event } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="no-such-article"></news-article>`);
    expect(event.type).to.equal('news-error');
    expect(event.detail.error.code).to.equal('not-found');
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(textOf(part(el, '[part="error"]'))).to.contain('This content could not be found.');
    expect(part(el, 'button[part="retry"]').textContent).to.equal('Retry');
    await expect(el).to.be.accessible();
  });

  it('renders a .data article, its author, tags and related strip without any request', async () => {
    const api = delayed(101);
    const el = fixtureSync<NewsArticle>(html`<news-article endpoint=${api} .data=${dataArticle}></news-article>`);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(part(el, '[part="title"]').textContent).to.equal('A story handed in as data');
    expect(textOf(part(el, '[part="meta"]'))).to.contain('42 views');
    expect((await bodyOf(el)).textContent).to.equal('The body of a story that came as data.');
    const bio = part<NewsAuthorBio>(el, 'news-author-bio');
    await bio.updateComplete;
    expect(textOf(bio)).to.contain('Ada Quill');
    const cards = await cardsOf(el);
    expect(cards.map((card) => textOf(part(card, '[part="title"]')))).to.deep.equal([
      'Related story number 1',
      'Related story number 2',
      'Related story number 3',
    ]);
    expect(await served('/delay/101/api/articles/data-article')).to.deep.equal({ count: 0, abandoned: 0 });
    expect(await served('/delay/101/api/articles/data-article/related?limit=4')).to.deep.equal({ count: 0, abandoned: 0 });
    await expect(el).to.be.accessible();
  });

  it('keeps in its body the iframes of the hosts the page configures, and none by default', async () => {
    const data = { ...dataArticle, bodyHtml: '<p>A clip:</p><iframe src="https://video.example/embed/1" title="Clip"></iframe>' };
    const frames = async () => {
      const el = fixtureSync<NewsArticle>(html`<news-article .data=${data}></news-article>`);
      await bodyOf(el);
      await expect(el).to.be.accessible();
      return Array.from(shadow(el).querySelectorAll('iframe'), (frame) => frame.src);
    };
    expect(await frames()).to.deep.equal([]);
    try {
      configure({ iframeHosts: ['video.example'] });
      expect(await frames()).to.deep.equal(['https://video.example/embed/1']);
    } finally {
      resetConfiguration();
    }
  });

  describe('count-view', () => {
    it('reports one view, and shows the count one higher than the GET said', async () => {
      const api = delayed(111);
      const { el, event } = await load<NewsArticle>(html`<news-article endpoint=${api} slug="rowing-club-centenary" count-view></news-article>`);
      const before = (event.detail as Article).viewCount!;
      expect(before).to.be.a('number');
      await until(() => textOf(part(el, '[part="meta"]')).includes(`${before + 1} view${before + 1 === 1 ? '' : 's'}`));
      expect(await served('/delay/111/api/articles/rowing-club-centenary/views')).to.deep.equal({ count: 1, abandoned: 0 });
    });

    /** The view count an article shows, as a number (undefined while it shows none). */
    const shownViews = (el: NewsArticle) => {
      const count = /([\d,]+) views?\b/.exec(textOf(el.shadowRoot?.querySelector('[part="meta"]') ?? shadow(el)))?.[1];
      return count === undefined ? undefined : Number(count.replace(/,/g, ''));
    };

    it('counts each element that shows the article: two on a page report two views', async () => {
      const api = delayed(112);
      const container = fixtureSync<HTMLDivElement>(html`<div>
        <news-article endpoint=${api} slug="fish-market-night-shift" count-view></news-article>
        <news-article endpoint=${api} slug="fish-market-night-shift" count-view></news-article>
      </div>`);
      const [first, second] = Array.from(container.querySelectorAll('news-article'));
      await until(() => first.model !== undefined && second.model !== undefined);
      const before = first.model!.viewCount!;
      await until(() => shownViews(first)! > before && shownViews(second)! > before);
      expect([shownViews(first), shownViews(second)].sort((a, b) => a! - b!)).to.deep.equal([before + 1, before + 2]);
      expect((await served('/delay/112/api/articles/fish-market-night-shift/views')).count).to.equal(2);
    });

    it('counts a view again when a new element shows the article (a single-page app that comes back to it)', async () => {
      const api = delayed(42);
      const views = () => served('/delay/42/api/articles/seagrass-meadows-return/views');
      const { el: first } = await load<NewsArticle>(html`<news-article endpoint=${api} slug="seagrass-meadows-return" count-view></news-article>`);
      const before = first.model!.viewCount!;
      await until(() => shownViews(first) === before + 1);
      first.remove();

      // The app renders the article again: a new element, another view.
      const second = fixtureSync<NewsArticle>(html`<news-article endpoint=${api} slug="seagrass-meadows-return" count-view></news-article>`);
      await until(() => shownViews(second) === before + 2);
      expect(await views()).to.deep.equal({ count: 2, abandoned: 0 });
      await expect(second).to.be.accessible();
    });

    it('counts once per article in the lifetime of one element: not again when it renders again, moves, or comes back to an article', async () => {
      const api = delayed(43);
      const views = async (slug: string) => (await served(`/delay/43/api/articles/${slug}/views`)).count;
      const page = fixtureSync<HTMLDivElement>(html`<div><section id="main"></section><aside id="side"></aside></div>`);
      const el = document.createElement('news-article');
      el.setAttribute('endpoint', api);
      el.setAttribute('count-view', '');
      el.slug = 'tide-gauge-century';
      page.querySelector('#main')!.append(el);
      await until(() => shownViews(el) !== undefined && el.model!.viewCount !== shownViews(el));
      expect(await views('tide-gauge-century')).to.equal(1);

      // Rendered again, then moved to another part of the page (it leaves the page and comes back).
      el.requestUpdate();
      await el.updateComplete;
      page.querySelector('#side')!.append(el);
      await el.updateComplete;

      // Given another article: that one is counted, once.
      el.slug = 'open-data-portal-launch';
      await until(() => el.model?.slug === 'open-data-portal-launch' && shownViews(el) !== el.model.viewCount);
      expect(await views('open-data-portal-launch')).to.equal(1);

      // Back to the first article: already counted by this element.
      el.slug = 'tide-gauge-century';
      await until(() => el.model?.slug === 'tide-gauge-century');
      await el.updateComplete;
      // A third article, counted after anything the steps above could have sent.
      el.slug = 'school-heat-pumps';
      await until(() => el.model?.slug === 'school-heat-pumps' && shownViews(el) !== el.model.viewCount);
      expect(await views('school-heat-pumps')).to.equal(1);
      expect(await views('tide-gauge-century')).to.equal(1);
      expect(await views('open-data-portal-launch')).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('makes no view request without count-view', async () => {
      const api = delayed(113);
      const { el } = await load<NewsArticle>(html`<news-article endpoint=${api} slug="library-repair-cafe"></news-article>`);
      await cardsOf(el);
      // The related strip's request went out after the article's answer: a view POST would have gone before it.
      expect((await served('/delay/113/api/articles/library-repair-cafe/related?limit=4')).count).to.equal(1);
      expect((await served('/delay/113/api/articles/library-repair-cafe/views')).count).to.equal(0);
    });
  });

  describe('link-target and link-params', () => {
    it('opens every link in _blank with rel="noopener noreferrer", and appends link-params to article links', async () => {
      const { el } = await load<NewsArticle>(
        html`<news-article endpoint=${endpoint} slug="harbour-bridge-reopens" link-target="_blank" link-params=${'utm_source=partner&utm_medium=embed'}></news-article>`,
      );
      const tagList = part<NewsTagList>(el, 'news-tag-list');
      await tagList.updateComplete;
      const tagLink = shadow(tagList).querySelector<HTMLAnchorElement>('a[part="tag"]')!;
      expect(tagLink.target).to.equal('_blank');
      expect(tagLink.rel).to.equal('noopener noreferrer');

      const bio = part<NewsAuthorBio>(el, 'news-author-bio');
      await bio.updateComplete;
      for (const link of shadow(bio).querySelectorAll('a')) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
      }

      const cards = await cardsOf(el);
      for (const card of cards) {
        const link = part<HTMLAnchorElement>(card, 'a[part="link"]');
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener noreferrer');
        const url = new URL(link.href);
        expect(url.origin + url.pathname).to.match(/^http:\/\/site\.test\/articles\/[a-z0-9-]+\.html$/);
        expect(url.searchParams.get('utm_source')).to.equal('partner');
        expect(url.searchParams.get('utm_medium')).to.equal('embed');
      }
    });

    it('opens links in place by default', async () => {
      const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article>`);
      const cards = await cardsOf(el);
      const link = part<HTMLAnchorElement>(cards[0], 'a[part="link"]');
      expect(link.hasAttribute('target')).to.be.false;
      expect(link.hasAttribute('rel')).to.be.false;
      expect(new URL(link.href).search).to.equal('');
    });
  });
});
