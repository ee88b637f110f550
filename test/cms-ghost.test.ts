import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/article.js';
import { NewsError, configure, resetConfiguration, type NewsArticle, type NewsArticleCard, type NewsAuthorBio, type NewsRelatedArticles, type NewsTagList } from '../src/index.js';
import { GHOST_KEY, inner, path, site, texts } from './cms.js';
import { load, origin, part, served, shadow, textOf, until } from './helpers.js';

/**
 * The elements on a Ghost site (provider="ghost" with its Content API key), over real HTTP against
 * the fake Ghost of test/cms-server.mjs, whose answers are test/fixtures/cms/ghost/ (see its README).
 * Each test reads through its own /delay/<n>/ prefix (n from 40 to 79) to count its requests.
 */
const api = (n: number) => `${site(n)}ghost/api/content/`;

describe('provider="ghost"', () => {
  describe('<news-article> of a post with every awkward field', () => {
    let el: NewsArticle;
    beforeEach(async () => {
      ({ el } = await load<NewsArticle>(
        html`<news-article provider="ghost" endpoint=${site(40)} api-key=${GHOST_KEY} slug="coral-survey-2026"></news-article>`,
      ));
    });

    it('reads the post by slug with its tags and authors, in one request', async () => {
      expect(part(el, 'h1[part="title"]').textContent).to.equal('Divers count 40% more coral on the outer reef');
      expect(el.model!.publishedAt).to.equal('2026-04-02T08:00:00.000+12:00');
      expect(part(el, '[part="summary"]').textContent).to.equal('The annual survey found live coral cover up by two fifths since the last count.');
      expect((await served(path(`${api(40)}posts/slug/coral-survey-2026/?key=${GHOST_KEY}&include=tags%2Cauthors`))).count).to.equal(1);
    });

    it('takes the section from primary_tag and leaves internal tags out', async () => {
      expect(part(el, '[part="section"]').textContent).to.equal('Reef');
      const list = await inner<NewsTagList>(el, 'news-tag-list[part="tags"]');
      expect(texts(list, '[part="tag"]')).to.deep.equal(['Reef', 'Science']);
      expect(part<HTMLAnchorElement>(list, 'a[part="tag"]').href).to.equal('https://reef.example/tag/reef/');
    });

    it('uses reading_time as it is', () => {
      expect(el.model!.readingTimeMinutes).to.equal(4);
    });

    it('resolves a relative feature_image against the post; alt from feature_image_alt; the HTML caption as text', async () => {
      const image = part<HTMLImageElement>(el, 'img[part="image"]');
      expect(image.src).to.equal('https://reef.example/content/images/2026/04/coral-survey.jpg');
      expect(image.alt).to.equal('Two divers counting coral along a survey line');
      expect(part(el, 'figcaption[part="caption"]').textContent).to.equal('Photo by Kai Moana & the survey team');
      await until(() => !!shadow(el).querySelector('[part="body"] img'));
      expect(part<HTMLImageElement>(el, '[part="body"] img').src).to.equal('https://reef.example/content/images/2026/04/transect.jpg');
    });

    it('shows the primary author with the website and social handles as profile links', async () => {
      const bio = await inner<NewsAuthorBio>(el, 'news-author-bio[part="author"]');
      expect(textOf(part(bio, '[part="name"]'))).to.equal('Kai Moana');
      expect(part<HTMLImageElement>(bio, 'img[part="avatar"]').src).to.equal('https://reef.example/content/images/2026/01/kai.jpg');
      expect(bio.model!.links).to.deep.equal([
        { label: 'kaimoana.example', url: 'https://kaimoana.example/' },
        { label: 'X', url: 'https://x.com/kaimoana' },
        { label: 'Facebook', url: 'https://www.facebook.com/kai.moana' },
        { label: 'Bluesky', url: 'https://bsky.app/profile/kaimoana.bsky.social' },
        { label: 'Mastodon', url: 'https://mastodon.example/@kai' },
        { label: 'YouTube', url: 'https://www.youtube.com/@kaidives' },
      ]);
      expect(Array.from(shadow(bio).querySelectorAll<HTMLAnchorElement>('a[part="link"]'), (a) => a.href)).to.include('https://x.com/kaimoana');
    });

    it('passes axe', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('fills <news-article>\'s related strip (given the same key) from posts sharing its public tags, the article excluded', async () => {
    const { el } = await load<NewsArticle>(html`<news-article provider="ghost" endpoint=${site(52)} api-key=${GHOST_KEY} slug="coral-survey-2026"></news-article>`);
    const related = await inner<NewsRelatedArticles>(el, 'news-related-articles[part="related"]');
    expect(related.error).to.equal(undefined);
    expect(related.model!.map((item) => item.slug)).to.deep.equal(['reef-restoration-volunteers', 'kelp-forest-returns']);
    const filter = encodeURIComponent('tags:[reef,science]+id:-67f1a0c2e4b5d60001a1c001');
    expect((await served(path(`${api(52)}posts/?key=${GHOST_KEY}&include=tags%2Cauthors&filter=${filter}&limit=4`))).count).to.equal(1);
    // The strip's own lookup of the article is the article's request.
    expect((await served(path(`${api(52)}posts/slug/coral-survey-2026/?key=${GHOST_KEY}&include=tags%2Cauthors`))).count).to.equal(1);
    await related.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('counts reading_time 0 as none: the time comes from the body, at least a minute; a null alt is decorative', async () => {
    const { el } = await load<NewsArticle>(html`<news-article provider="ghost" endpoint=${site(41)} api-key=${GHOST_KEY} slug="dive-centre-hours"></news-article>`);
    expect(el.model!.readingTimeMinutes).to.equal(1);
    expect(part<HTMLImageElement>(el, 'img[part="image"]').getAttribute('alt')).to.equal('');
    // The only tag, and so the primary tag, is internal: no section, no tag list.
    expect(shadow(el).querySelectorAll('[part="section"]').length, '[part="section"]').to.equal(0);
    expect(shadow(el).querySelectorAll('news-tag-list').length, 'news-tag-list').to.equal(0);
    // No custom_excerpt: Ghost's own excerpt.
    expect(part(el, '[part="summary"]').textContent).to.equal('From Monday the dive centre opens at 8.');
    await expect(el).to.be.accessible();
  });

  it('needs the Content API key: without one, a config error naming api-key, and no request', async () => {
    const { el, event } = await load<NewsArticleCard>(html`<news-article-card provider="ghost" endpoint=${site(42)} slug="kelp-forest-returns"></news-article-card>`);
    expect(event.detail.error.code).to.equal('config');
    expect(event.detail.error.field).to.equal('api-key');
    expect(textOf(part(el, '[part="error"]'))).to.contain('api-key');
    expect((await served(path(`${api(42)}posts/slug/kelp-forest-returns/?include=tags%2Cauthors`))).count).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('reports a key Ghost does not know as HTTP 401', async () => {
    const { event } = await load<NewsArticleCard>(html`<news-article-card provider="ghost" endpoint=${site(43)} api-key="0000" slug="kelp-forest-returns"></news-article-card>`);
    expect(event.detail.error.code).to.equal('http');
    expect(event.detail.error.status).to.equal(401);
  });

  it('takes the key and the provider from configure()', async () => {
    configure({ provider: 'ghost', apiKey: GHOST_KEY });
    try {
      const { el } = await load<NewsArticleCard>(html`<news-article-card endpoint=${site(44)} slug="kelp-forest-returns"></news-article-card>`);
      expect(textOf(part(el, '[part="title"]'))).to.equal('The kelp forest is coming back');
      expect(el.model!.readingTimeMinutes).to.equal(3);
    } finally {
      resetConfiguration();
    }
  });

  it('refuses an apiKey in configure() that cannot be a key, naming it', () => {
    for (const apiKey of ['two words', '', 42 as unknown as string]) {
      expect(() => configure({ apiKey }), String(apiKey))
        .to.throw(NewsError)
        .with.property('field', 'apiKey');
    }
  });

  it('reports an unknown slug (Ghost\'s 404) as not-found', async () => {
    const { event } = await load<NewsArticle>(html`<news-article provider="ghost" endpoint=${site(45)} api-key=${GHOST_KEY} slug="no-such-post"></news-article>`);
    expect(event.detail.error.code).to.equal('not-found');
  });

  it('lists the latest posts with a tag through an NQL filter', async () => {
    const { el } = await load<NewsRelatedArticles>(
      html`<news-related-articles provider="ghost" endpoint=${site(46)} api-key=${GHOST_KEY} tag="reef" limit="3"></news-related-articles>`,
    );
    expect(el.model!.map((item) => item.slug)).to.deep.equal(['coral-survey-2026', 'reef-restoration-volunteers']);
    expect(el.model![0].readingTimeMinutes).to.equal(4);
    expect((await served(path(`${api(46)}posts/?key=${GHOST_KEY}&include=tags%2Cauthors&filter=tag%3Areef&limit=3`))).count).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('quotes a tag that is not a plain slug, so it cannot change the filter', async () => {
    const { el, event } = await load<NewsRelatedArticles>(
      html`<news-related-articles provider="ghost" endpoint=${site(47)} api-key=${GHOST_KEY} tag="reef,id:-x"></news-related-articles>`,
    );
    expect(event.type).to.equal('news-load');
    expect(el.model).to.deep.equal([]);
  });

  describe('<news-author-bio>', () => {
    it('reads an author by slug', async () => {
      const { el } = await load<NewsAuthorBio>(html`<news-author-bio provider="ghost" endpoint=${site(48)} api-key=${GHOST_KEY} author="kai-moana"></news-author-bio>`);
      expect(textOf(part(el, '[part="text"]'))).to.equal('Kai dives the outer reef every week and writes about what he counts.');
      expect(el.model!.url).to.equal('https://reef.example/author/kai-moana/');
      await expect(el).to.be.accessible();
    });

    it('shows an author without image, bio or links', async () => {
      const { el } = await load<NewsAuthorBio>(html`<news-author-bio provider="ghost" endpoint=${site(49)} api-key=${GHOST_KEY} author="rua-tane"></news-author-bio>`);
      expect(el.model).to.deep.equal({ id: '67e0c1a2b3c4d50001a0a002', slug: 'rua-tane', name: 'Rua Tane', url: 'https://reef.example/author/rua-tane/' });
      expect(shadow(el).querySelectorAll('img').length, 'img').to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  it('<news-tag-list> lists the public tags, most used first', async () => {
    const { el } = await load<NewsTagList>(html`<news-tag-list provider="ghost" endpoint=${site(50)} api-key=${GHOST_KEY}></news-tag-list>`);
    expect(texts(el, '[part="tag"]')).to.deep.equal(['Reef', 'Science', 'Kelp', 'Community']);
    await expect(el).to.be.accessible();
  });

  describe('src: one Content API answer', () => {
    it('reads the post a Content API URL names, with the key in it', async () => {
      const url = `${origin}/ghost/api/content/posts/slug/kelp-forest-returns/?key=${GHOST_KEY}&include=tags,authors`;
      const { el } = await load<NewsArticle>(html`<news-article provider="ghost" src=${url}></news-article>`);
      expect(el.model!.tags.map((tag) => tag.slug)).to.deep.equal(['science', 'kelp']);
      expect(el.model!.author!.slug).to.equal('rua-tane');
    });

    it('fails a post without published_at with an error naming it', async () => {
      const url = `${origin}/cms/ghost/post-published-at-null.json`;
      const { el, event } = await load<NewsArticle>(html`<news-article provider="ghost" src=${url}></news-article>`);
      expect(event.detail.error.code).to.equal('invalid-response');
      expect(event.detail.error.field).to.equal('posts[0].published_at');
      expect(event.detail.error.url).to.equal(url);
      await expect(el).to.be.accessible();
    });
  });

  it('makes one request for an article shown by a card and a tag list on the same page', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div>
      <news-article-card provider="ghost" endpoint=${site(51)} api-key=${GHOST_KEY} slug="reef-restoration-volunteers"></news-article-card>
      <news-tag-list provider="ghost" endpoint=${site(51)} api-key=${GHOST_KEY} article="reef-restoration-volunteers"></news-tag-list>
    </div>`);
    const [card, list] = Array.from(container.children) as [NewsArticleCard, NewsTagList];
    await until(() => card.model !== undefined && list.model !== undefined);
    expect(list.model!.map((tag) => tag.name)).to.deep.equal(['Reef', 'Community']);
    expect((await served(path(`${api(51)}posts/slug/reef-restoration-volunteers/?key=${GHOST_KEY}&include=tags%2Cauthors`))).count).to.equal(1);
  });
});
