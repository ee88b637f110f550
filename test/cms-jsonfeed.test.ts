import { expect, html } from '@open-wc/testing';
import '../src/article.js';
import { readingMinutes } from '../src/data/contract.js';
import {
  configure,
  resetConfiguration,
  type Article,
  type ArticleSummary,
  type NewsArticle,
  type NewsArticleCard,
  type NewsAuthorBio,
  type NewsRelatedArticles,
  type NewsTagList,
} from '../src/index.js';
import { inner, path, site, texts } from './cms.js';
import { endpoint, load, origin, part, served, shadow, textOf, until } from './helpers.js';

/**
 * The elements reading a JSON Feed (provider="jsonfeed", the feed's URL in src), over real HTTP
 * against the feeds of test/fixtures/cms/jsonfeed/ (see its README), and the demo's own feed.
 * Each test reads through its own /delay/<n>/ prefix (n from 80 to 119) to count its requests.
 */
const feed = (n: number, name = 'lighthouse') => `${site(n)}feeds/${name}.json`;

describe('provider="jsonfeed"', () => {
  describe('<news-article> of an item found by the slug of its URL', () => {
    let el: NewsArticle;
    beforeEach(async () => {
      ({ el } = await load<NewsArticle>(html`<news-article provider="jsonfeed" src=${feed(80)} slug="lamp-restored"></news-article>`));
    });

    it('shows the item, in the feed\'s language, read from the feed\'s first page alone', async () => {
      const title = part(el, 'h1[part="title"]');
      expect(title.textContent).to.equal('The lamp is lit again');
      expect(title.getAttribute('lang')).to.equal('en-NZ');
      expect(el.model!.id).to.equal('https://notes.example/2026/05/lamp-restored/');
      expect(el.model!.url).to.equal('https://notes.example/2026/05/lamp-restored/');
      expect(el.model!.publishedAt).to.equal('2026-05-04T18:30:00+12:00');
      expect(el.model!.updatedAt).to.equal('2026-05-05T09:00:00+12:00');
      expect(part(el, '[part="summary"]').textContent).to.equal('After eleven months in the workshop, the light sweeps the bay again.');
      expect((await served(path(feed(80)))).count).to.equal(1);
      expect((await served(path(feed(80, 'lighthouse-2')))).count).to.equal(0);
    });

    it('resolves the relative image and the body\'s relative image against the item\'s URL; the image is decorative', async () => {
      const image = part<HTMLImageElement>(el, 'img[part="image"]');
      expect(image.src).to.equal('https://notes.example/2026/05/lamp-restored/images/lamp-hero.jpg');
      expect(image.getAttribute('alt')).to.equal('');
      await until(() => !!shadow(el).querySelector('[part="body"] img'));
      expect(part<HTMLImageElement>(el, '[part="body"] img').src).to.equal('https://notes.example/2026/05/lamp-restored/images/lens.jpg');
    });

    it('makes slugs of its string tags, once each', async () => {
      expect(el.model!.tags).to.deep.equal([
        { slug: 'lighthouse', name: 'Lighthouse' },
        { slug: 'heritage-history', name: 'Heritage & History' },
        { slug: 'cafe-society', name: 'Café Society' },
      ]);
      const list = await inner<NewsTagList>(el, 'news-tag-list[part="tags"]');
      expect(texts(list, '[part="tag"]')).to.deep.equal(['Lighthouse', 'Heritage & History', 'Café Society']);
    });

    it('inherits the feed\'s author, whose relative avatar resolves against the item', async () => {
      const bio = await inner<NewsAuthorBio>(el, 'news-author-bio[part="author"]');
      expect(bio.model).to.deep.equal({
        id: 'mara-quill',
        slug: 'mara-quill',
        name: 'Mara Quill',
        url: 'https://notes.example/about/',
        avatar: { src: 'https://notes.example/avatars/mara.png', alt: '' },
      });
    });

    it('carries its related items, most tags shared first, so the strip makes no request; the item without an id is not among them', async () => {
      expect(el.model!.related!.map((item) => item.slug)).to.deep.equal(['fog-signal', 'keeper-diary-3', 'tide-atlas']);
      const related = await inner<NewsRelatedArticles>(el, 'news-related-articles[part="related"]');
      expect(related.model!.map((item) => item.slug)).to.deep.equal(['fog-signal', 'keeper-diary-3', 'tide-atlas']);
      expect(textOf(related)).not.to.contain('without an id');
      expect((await served(path(feed(80)))).count).to.equal(1);
    });

    it('passes axe', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('finds an item by its numeric id or by its URL\'s slug; without a title, its first words; content_text as escaped paragraphs', async () => {
    const { el } = await load<NewsArticle>(html`<news-article provider="jsonfeed" src=${feed(81)} slug="42"></news-article>`);
    expect(el.model!.id).to.equal('42');
    expect(el.model!.slug).to.equal('fog-signal');
    expect(part(el, 'h1[part="title"]').textContent).to.equal('The fog signal sounded 31 times last night; visibility < 50 m at the worst of…');
    await until(() => !!shadow(el).querySelector('[part="body"] p'));
    const body = part(el, '[part="body"]');
    expect(body.querySelectorAll('p')).to.have.length(2);
    expect(body.querySelectorAll('br')).to.have.length(1);
    expect(body.querySelector('p')!.textContent).to.equal('The fog signal sounded 31 times last night; visibility < 50 m at the worst of it.');
    // Text that looks like markup stays text.
    expect(body.querySelectorAll('p')[1].textContent).to.equal('Keepers logged every blast in the <fog> column.The last one at 5:12.');
    // The item's own authors win over the feed's; a mailto: URL is no link.
    expect(el.model!.author).to.deep.equal({ id: 'tom-reyes', slug: 'tom-reyes', name: 'Tom Reyes' });
    await expect(el).to.be.accessible();

    const { el: bySlug } = await load<NewsArticleCard>(html`<news-article-card provider="jsonfeed" src=${feed(81)} slug="fog-signal"></news-article-card>`);
    expect(bySlug.model!.id).to.equal('42');
    expect((await served(path(feed(81)))).count).to.equal(1);
  });

  it('reads 1.0\'s author, and an item\'s own language', async () => {
    const { el } = await load<NewsArticle>(html`<news-article provider="jsonfeed" src=${feed(82)} slug="keeper-diary-3"></news-article>`);
    expect(el.model!.author!.name).to.equal('Old Keeper');
    expect(el.model!.author!.url).to.equal('https://keeper.example/');
    expect(part(el, 'h1[part="title"]').getAttribute('lang')).to.equal('fr');
    await expect(el).to.be.accessible();
  });

  it('shows a linkblog item\'s external_url as its source', async () => {
    const { el } = await load<NewsArticle>(html`<news-article provider="jsonfeed" src=${feed(83)} slug="tide-atlas"></news-article>`);
    expect(el.model!.source).to.deep.equal({ name: 'tides.example', url: 'https://www.tides.example/atlas' });
    expect(part<HTMLAnchorElement>(el, 'a[part="source-link"]').href).to.equal('https://www.tides.example/atlas');
  });

  it('follows next_url to find an older item', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card provider="jsonfeed" src=${feed(84)} slug="storm-log"></news-article-card>`);
    expect(textOf(part(el, '[part="title"]'))).to.equal('From the archive: the storm log of 1987');
    // The second page's authors are its own feed's.
    expect(el.model!.author!.name).to.equal('Mara Quill');
    expect((await served(path(feed(84)))).count).to.equal(1);
    expect((await served(path(feed(84, 'lighthouse-2')))).count).to.equal(1);
  });

  it('stops at a next_url it has read already, and reports an item in no page as not-found', async () => {
    const { event } = await load<NewsArticle>(html`<news-article provider="jsonfeed" src=${feed(85)} slug="no-such-note"></news-article>`);
    expect(event.detail.error.code).to.equal('not-found');
    expect(event.detail.error.message).to.contain('no-such-note');
    expect((await served(path(feed(85)))).count).to.equal(1);
    expect((await served(path(feed(85, 'lighthouse-2')))).count).to.equal(1);
  });

  it('shows the first item when no slug is given', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card provider="jsonfeed" src=${feed(86)}></news-article-card>`);
    expect(el.model!.slug).to.equal('lamp-restored');
  });

  it('reads 1.0 feeds: items inherit the feed\'s author', async () => {
    const { el } = await load<NewsRelatedArticles>(html`<news-related-articles provider="jsonfeed" src=${feed(87, 'radio-1.0')}></news-related-articles>`);
    const items = el.model as (ArticleSummary & { author: { name: string } })[];
    expect(items.map((item) => [item.slug, item.author.name])).to.deep.equal([
      ['morning-tide', 'Harbour Radio'],
      ['night-shift', 'Guest Host'],
    ]);
    expect(items[0].author).to.deep.equal({ slug: 'harbour-radio', name: 'Harbour Radio', avatar: { src: 'https://radio.example/logo.png', alt: '' } });
    expect(items[0].readingTimeMinutes).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('fails a document without items with an error naming items', async () => {
    const { el, event } = await load<NewsArticle>(html`<news-article provider="jsonfeed" src=${feed(88, 'not-a-feed')} slug="x"></news-article>`);
    expect(event.detail.error.code).to.equal('invalid-response');
    expect(event.detail.error.field).to.equal('items');
    expect(event.detail.error.url).to.equal(feed(88, 'not-a-feed'));
    await expect(el).to.be.accessible();
  });

  describe('<news-related-articles>', () => {
    it('related to an item', async () => {
      const { el } = await load<NewsRelatedArticles>(
        html`<news-related-articles provider="jsonfeed" src=${feed(89)} article="lamp-restored" limit="2"></news-related-articles>`,
      );
      expect(el.model!.map((item) => item.slug)).to.deep.equal(['fog-signal', 'keeper-diary-3']);
      await expect(el).to.be.accessible();
    });

    it('with a tag, across pages until the limit is reached', async () => {
      const { el } = await load<NewsRelatedArticles>(
        html`<news-related-articles provider="jsonfeed" src=${feed(90)} tag="lighthouse" limit="10"></news-related-articles>`,
      );
      expect(el.model!.map((item) => item.slug)).to.deep.equal(['lamp-restored', 'fog-signal', 'keeper-diary-3', 'storm-log']);
      await expect(el).to.be.accessible();
    });

    it('with a tag found on the first page: no further page', async () => {
      await load<NewsRelatedArticles>(html`<news-related-articles provider="jsonfeed" src=${feed(91)} tag="lighthouse" limit="2"></news-related-articles>`);
      expect((await served(path(feed(91, 'lighthouse-2')))).count).to.equal(0);
    });
  });

  it('<news-author-bio> finds an author among the items (and the feed they inherit from)', async () => {
    const { el } = await load<NewsAuthorBio>(html`<news-author-bio provider="jsonfeed" src=${feed(92)} author="mara-quill"></news-author-bio>`);
    expect(textOf(part(el, '[part="name"]'))).to.equal('Mara Quill');
    expect(part<HTMLImageElement>(el, 'img[part="avatar"]').src).to.equal('https://notes.example/avatars/mara.png');
    await expect(el).to.be.accessible();
    const { event } = await load<NewsAuthorBio>(html`<news-author-bio provider="jsonfeed" src=${feed(92)} author="nobody"></news-author-bio>`);
    expect(event.detail.error.code).to.equal('not-found');
  });

  it('<news-tag-list> lists the first page\'s tags, most used first (the item without an id does not count)', async () => {
    const { el } = await load<NewsTagList>(html`<news-tag-list provider="jsonfeed" src=${feed(93)}></news-tag-list>`);
    expect(texts(el, '[part="tag"]')).to.deep.equal(['Lighthouse', 'Heritage & History', 'Café Society', 'Fog', 'Links']);
    expect(el.model![0]).to.deep.equal({ slug: 'lighthouse', name: 'Lighthouse' });
    await expect(el).to.be.accessible();
  });

  it('reads the feed from the endpoint as well (configure({ provider, endpoint }))', async () => {
    configure({ provider: 'jsonfeed', endpoint: feed(94) });
    try {
      const { el } = await load<NewsArticle>(html`<news-article slug="keeper-diary-3"></news-article>`);
      const related = await inner<NewsRelatedArticles>(el, 'news-related-articles');
      expect(related.model!.map((item) => item.slug)).to.deep.equal(['lamp-restored', 'fog-signal', 'tide-atlas']);
      expect((await served(path(feed(94)))).count).to.equal(1);
    } finally {
      resetConfiguration();
    }
  });

  describe('the demo\'s feed (/feed.json of the reference endpoint)', () => {
    it('gives the same article as the native contract, from its second page', async () => {
      const native: Article = await (await fetch(`${endpoint}articles/fish-market-night-shift`)).json();
      const { el } = await load<NewsArticle>(html`<news-article provider="jsonfeed" src=${`${origin}/feed.json`} slug="fish-market-night-shift"></news-article>`);
      const model = el.model!;
      expect(model.url).to.equal(native.url);
      expect(model.title).to.equal(native.title);
      expect(model.summary).to.equal(native.summary);
      expect(model.publishedAt).to.equal(native.publishedAt);
      expect(model.language).to.equal(native.language);
      expect(model.tags.map((tag) => tag.name)).to.deep.equal(native.tags.map((tag) => tag.name));
      expect(model.author!.name).to.equal(native.author!.name);
      expect(model.image!.src).to.equal(native.image!.src);
      expect(model.readingTimeMinutes).to.equal(native.readingTimeMinutes ?? readingMinutes(native.bodyHtml!));
      await expect(el).to.be.accessible();
    });

    it('gives the latest articles with a tag, as the native contract does', async () => {
      const native: { items: ArticleSummary[] } = await (await fetch(`${endpoint}articles?tag=climate&limit=3`)).json();
      const { el } = await load<NewsRelatedArticles>(
        html`<news-related-articles provider="jsonfeed" src=${`${origin}/feed.json`} tag="climate" limit="3"></news-related-articles>`,
      );
      expect(el.model!.map((item) => item.title)).to.deep.equal(native.items.map((item) => item.title));
      await expect(el).to.be.accessible();
    });
  });
});
