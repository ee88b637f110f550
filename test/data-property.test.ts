import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/article.js';
import type { TemplateResult } from 'lit';
import type { NewsArticle, NewsArticleCard, NewsAuthorBio, NewsRelatedArticles, NewsTagList } from '../src/index.js';
import { closedPort, delayed, load, part, served, shadow, textOf } from './helpers.js';
import { article, author, summaries, tags } from './models.js';

/**
 * `.data` renders a model with no request. The elements here point at a closed port: had they
 * tried to fetch, they would show a network error instead of their content.
 */
describe('.data', () => {
  it('renders every element from its model, with no error and no request', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div>
      <news-article endpoint=${closedPort} .data=${article}></news-article>
      <news-article-card endpoint=${closedPort} .data=${summaries[1]}></news-article-card>
      <news-author-bio endpoint=${closedPort} .data=${author}></news-author-bio>
      <news-tag-list endpoint=${closedPort} .data=${tags}></news-tag-list>
      <news-related-articles endpoint=${closedPort} .data=${summaries}></news-related-articles>
    </div>`);
    const [full, card, bio, list, related] = Array.from(container.children) as [
      NewsArticle,
      NewsArticleCard,
      NewsAuthorBio,
      NewsTagList,
      NewsRelatedArticles,
    ];
    const errors: Event[] = [];
    container.addEventListener('news-error', (event) => errors.push(event));
    await Promise.all([full, card, bio, list, related].map((el) => el.updateComplete));

    expect(textOf(part(full, '[part="title"]'))).to.equal('A story handed in as data');
    expect(textOf(part(card, '[part="title"]'))).to.equal('Related story number 2');
    expect(textOf(part(bio, '[part="name"]'))).to.equal('Ada Quill');
    expect(Array.from(shadow(list).querySelectorAll('[part="tag"]'), (tag) => tag.textContent)).to.deep.equal(['City', 'The Harbour', 'Ocean']);
    expect(shadow(related).querySelectorAll('news-article-card')).to.have.length(3);
    for (const el of [full, card, bio, list, related]) {
      expect(el.error, el.localName).to.equal(undefined);
      expect(el.hasAttribute('aria-busy'), el.localName).to.be.false;
    }
    // The inner elements of <news-article> are given their models too.
    const inner = part<NewsRelatedArticles>(full, 'news-related-articles');
    await inner.updateComplete;
    expect(inner.error).to.equal(undefined);
    expect(shadow(inner).querySelectorAll('news-article-card')).to.have.length(3);
    expect(errors).to.deep.equal([]);
  });

  it('makes no request for the slug it shows', async () => {
    const api = delayed(231);
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="harbour-bridge-reopens" .data=${summaries[0]}></news-article-card>`);
    await el.updateComplete;
    expect(textOf(part(el, '[part="title"]'))).to.equal('Related story number 1');
    expect(await served('/delay/231/api/articles/harbour-bridge-reopens')).to.deep.equal({ count: 0, abandoned: 0 });
  });

  it('loads from the endpoint once .data is taken away', async () => {
    const api = delayed(232);
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="seagrass-meadows-return" .data=${summaries[0]}></news-article-card>`);
    await el.updateComplete;
    const loaded = new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
    el.data = undefined;
    await loaded;
    await el.updateComplete;
    expect(textOf(part(el, '[part="title"]'))).to.equal('Seagrass is returning to Merrow Bay, and divers have the numbers to prove it');
    expect((await served('/delay/232/api/articles/seagrass-meadows-return')).count).to.equal(1);
  });

  describe('an invalid model is an error naming the field', () => {
    const broken: [name: string, template: () => TemplateResult, field: string][] = [
      ['<news-article> without a title', () => html`<news-article .data=${{ ...article, title: undefined }}></news-article>`, 'title'],
      [
        '<news-article> with a tag slug that is a number',
        () => html`<news-article .data=${{ ...article, tags: [tags[0], { slug: 3, name: 'Three' }] }}></news-article>`,
        'tags[1].slug',
      ],
      [
        '<news-article-card> with a javascript: url',
        () => html`<news-article-card .data=${{ ...summaries[0], url: 'javascript:alert(1)' }}></news-article-card>`,
        'url',
      ],
      ['<news-author-bio> without a name', () => html`<news-author-bio .data=${{ ...author, name: '' }}></news-author-bio>`, 'name'],
      ['<news-tag-list> with a tag without a name', () => html`<news-tag-list .data=${[tags[0], { slug: 'x' }]}></news-tag-list>`, 'data[1].name'],
      [
        '<news-related-articles> with an item dated without an offset',
        () => html`<news-related-articles .data=${[summaries[0], { ...summaries[1], publishedAt: '2026-01-02 09:00' }]}></news-related-articles>`,
        'data[1].publishedAt',
      ],
      ['<news-tag-list> given an object, not an array', () => html`<news-tag-list .data=${{ items: tags }}></news-tag-list>`, 'data'],
    ];
    for (const [name, template, field] of broken) {
      it(name, async () => {
        const { el, event } = await load(template());
        expect(event.type).to.equal('news-error');
        expect(event.detail.error.code).to.equal('invalid-response');
        expect(event.detail.error.field).to.equal(field);
        expect(textOf(part(el, '[part="error"]'))).to.contain(`${field} must be`);
        await expect(el).to.be.accessible();
      });
    }
  });
});
