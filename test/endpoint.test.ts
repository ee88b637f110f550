import { expect, html } from '@open-wc/testing';
import '../src/article.js';
import { configure, resetConfiguration, type NewsArticle, type NewsArticleCard, type NewsAuthorBio, type NewsRelatedArticles, type NewsTagList } from '../src/index.js';
import { delayed, fixture as fixtureUrl, load, origin, part, served, shadow, textOf } from './helpers.js';

/** Every test here counts requests on its own /delay/<ms>/ prefix (250–269), so no other file shares them. */
describe('endpoint resolution', () => {
  let meta: HTMLMetaElement | undefined;

  afterEach(() => {
    meta?.remove();
    meta = undefined;
    resetConfiguration();
  });

  function addMeta(content: string): void {
    meta = document.createElement('meta');
    meta.name = 'news-widgets:endpoint';
    meta.content = content;
    document.head.append(meta);
  }

  it('uses the endpoint attribute', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card endpoint=${delayed(251)} slug="tide-gauge-century"></news-article-card>`);
    expect(el.model!.slug).to.equal('tide-gauge-century');
    expect((await served('/delay/251/api/articles/tide-gauge-century')).count).to.equal(1);
  });

  it('accepts an endpoint without a trailing slash', async () => {
    const { el } = await load<NewsArticleCard>(
      html`<news-article-card endpoint=${delayed(252).slice(0, -1)} slug="tide-gauge-century"></news-article-card>`,
    );
    expect(el.model!.slug).to.equal('tide-gauge-century');
    expect((await served('/delay/252/api/articles/tide-gauge-century')).count).to.equal(1);
  });

  it('falls back to <meta name="news-widgets:endpoint">', async () => {
    addMeta(delayed(253));
    const { el, event } = await load<NewsAuthorBio>(html`<news-author-bio author="claire-moreau"></news-author-bio>`);
    expect(event.type).to.equal('news-load');
    expect(textOf(part(el, '[part="name"]'))).to.equal('Claire Moreau');
    expect((await served('/delay/253/api/authors/claire-moreau')).count).to.equal(1);
  });

  it('falls back to configure({ endpoint }), which wins over the meta tag', async () => {
    addMeta(delayed(254));
    configure({ endpoint: delayed(255) });
    const { el, event } = await load<NewsTagList>(html`<news-tag-list article="hafenau-radweg-kuestenstrasse"></news-tag-list>`);
    expect(event.type).to.equal('news-load');
    expect(Array.from(shadow(el).querySelectorAll('[part="tag"]'), (tag) => tag.textContent)).to.deep.equal(['Transport', 'City', 'Climate']);
    expect((await served('/delay/255/api/articles/hafenau-radweg-kuestenstrasse')).count).to.equal(1);
    expect((await served('/delay/254/api/articles/hafenau-radweg-kuestenstrasse')).count).to.equal(0);
  });

  it('lets the endpoint attribute win over configure() and the meta tag', async () => {
    addMeta(delayed(256));
    configure({ endpoint: delayed(257) });
    await load<NewsArticleCard>(html`<news-article-card endpoint=${delayed(258)} slug="storm-season-preparedness"></news-article-card>`);
    expect((await served('/delay/258/api/articles/storm-season-preparedness')).count).to.equal(1);
    expect((await served('/delay/257/api/articles/storm-season-preparedness')).count).to.equal(0);
    expect((await served('/delay/256/api/articles/storm-season-preparedness')).count).to.equal(0);
  });

  it('reports a config error naming the endpoint when there is none', async () => {
    const { el, event } = await load<NewsArticleCard>(html`<news-article-card slug="tide-gauge-century"></news-article-card>`);
    expect(event.detail.error.code).to.equal('config');
    expect(event.detail.error.field).to.equal('endpoint');
    expect(textOf(part(el, '[part="error"]'))).to.contain('This widget is not set up correctly.');
    expect(textOf(part(el, '[part="error"]'))).to.contain('No content endpoint');
    await expect(el).to.be.accessible();
  });

  it('rejects an endpoint that is not http(s)', async () => {
    const { event } = await load<NewsArticleCard>(html`<news-article-card endpoint="javascript:alert(1)//" slug="x"></news-article-card>`);
    expect(event.detail.error.code).to.equal('config');
    expect(event.detail.error.field).to.equal('endpoint');
  });

  describe('src: one JSON document', () => {
    it('loads an article from a full URL, with no endpoint and no slug, resolving its URLs against the document', async () => {
      const url = fixtureUrl('article.json');
      const { el, event } = await load<NewsArticle>(html`<news-article src=${url}></news-article>`);
      expect(event.type).to.equal('news-load');
      expect(event.detail.slug).to.equal('fixture-article');
      expect(textOf(part(el, '[part="title"]'))).to.equal('An article from a static JSON file');
      expect(part<HTMLImageElement>(el, 'img[part="image"]').src).to.equal(`${origin}/fixtures/media/fixture.svg`);
      // The related strip comes from the document itself, so nothing else is requested.
      const related = part<NewsRelatedArticles>(el, 'news-related-articles');
      await related.updateComplete;
      expect(related.model!.map((item) => item.title)).to.deep.equal(['A related fixture']);
    });

    it('overrides endpoint and slug', async () => {
      const { el } = await load<NewsArticleCard>(
        html`<news-article-card endpoint=${delayed(259)} slug="tide-gauge-century" src=${fixtureUrl('article.json')}></news-article-card>`,
      );
      expect(textOf(part(el, '[part="title"]'))).to.equal('An article from a static JSON file');
      expect((await served('/delay/259/api/articles/tide-gauge-century')).count).to.equal(0);
    });

    it('works for the other elements', async () => {
      const { el: bio } = await load<NewsAuthorBio>(html`<news-author-bio src=${fixtureUrl('author.json')}></news-author-bio>`);
      expect(textOf(part(bio, '[part="name"]'))).to.equal('Fay Fixture');
      const { el: tags } = await load<NewsTagList>(html`<news-tag-list src=${fixtureUrl('tags.json')}></news-tag-list>`);
      expect(Array.from(shadow(tags).querySelectorAll('[part="tag"]'), (tag) => tag.textContent)).to.deep.equal(['One', 'Two']);
      const { el: related } = await load<NewsRelatedArticles>(html`<news-related-articles src=${fixtureUrl('related.json')}></news-related-articles>`);
      expect(related.model!.map((item) => item.slug)).to.deep.equal(['fixture-one', 'fixture-two']);
      expect(shadow(related).querySelectorAll('news-article-card')).to.have.length(2);
    });

    it('rejects a src that is not http(s)', async () => {
      const { event } = await load<NewsArticle>(html`<news-article src="data:application/json,{}"></news-article>`);
      expect(event.detail.error.code).to.equal('config');
      expect(event.detail.error.field).to.equal('src');
    });
  });
});
