import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../tag-list.js';
import type { NewsTagList } from '../../tag-list.js';
import { delayed, endpoint, load, part, served, shadow, textOf, until } from '../../../test/helpers.js';
import { tags } from '../../../test/models.js';

const names = (el: NewsTagList) => Array.from(shadow(el).querySelectorAll('[part="tag"]'), (tag) => tag.textContent);

describe('<news-tag-list>', () => {
  it("shows an article's tags as links", async () => {
    const { el, event } = await load<NewsTagList>(html`<news-tag-list endpoint=${endpoint} article="seagrass-meadows-return"></news-tag-list>`);
    expect(event.type).to.equal('news-load');
    expect(event.detail.map((tag: { slug: string }) => tag.slug)).to.deep.equal(['climate', 'ocean', 'science', 'harbour']);
    expect(names(el)).to.deep.equal(['Climate', 'Ocean', 'Science', 'The Harbour']);
    const first = part<HTMLAnchorElement>(el, 'a[part="tag"]');
    expect(first.href).to.equal('http://site.test/tags/climate.html');
    expect(first.hasAttribute('target')).to.be.false;
    expect(part(el, 'ul[part="list"]').getAttribute('aria-label')).to.equal('Tags');
    expect(shadow(el).querySelector('[part="more"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows the endpoint's tag list, most used first, when no article is given", async () => {
    const { el } = await load<NewsTagList>(html`<news-tag-list endpoint=${delayed(161)}></news-tag-list>`);
    expect(names(el)).to.deep.equal([
      'City',
      'The Harbour',
      'Climate',
      'Culture',
      'Education',
      'Ocean',
      'Transport',
      'Food & Markets',
      'Music',
      'Science',
      'Sport',
      'Technology',
    ]);
    expect((await served('/delay/161/api/tags')).count).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows max tags and a "+N more" toggle for the rest', async () => {
    const { el } = await load<NewsTagList>(html`<news-tag-list endpoint=${endpoint} max="3"></news-tag-list>`);
    expect(names(el)).to.deep.equal(['City', 'The Harbour', 'Climate']);
    const more = part<HTMLButtonElement>(el, 'button[part="more"]');
    expect(more.textContent!.trim()).to.equal('+9 more');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await expect(el).to.be.accessible();

    more.click();
    await el.updateComplete;
    expect(names(el)).to.have.length(12);
    expect(names(el).slice(-2)).to.deep.equal(['Sport', 'Technology']);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent!.trim()).to.equal('Show fewer');
    await expect(el).to.be.accessible();

    more.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['City', 'The Harbour', 'Climate']);
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.textContent!.trim()).to.equal('+9 more');
  });

  it('has no toggle when max is not exceeded', async () => {
    const { el } = await load<NewsTagList>(html`<news-tag-list endpoint=${endpoint} article="harbour-bridge-reopens" max="3"></news-tag-list>`);
    expect(names(el)).to.deep.equal(['City', 'Transport', 'The Harbour']);
    expect(shadow(el).querySelector('[part="more"]')).to.equal(null);
  });

  it('shows a skeleton with aria-busy while loading', async () => {
    const el = fixtureSync<NewsTagList>(html`<news-tag-list endpoint=${delayed(300)} article="tide-gauge-century"></news-tag-list>`);
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(part(el, '[part="skeleton"]').getAttribute('aria-hidden')).to.equal('true');
    expect(shadow(el).querySelector('[part="list"]')).to.equal(null);
    await expect(el).to.be.accessible();

    await until(() => el.model !== undefined);
    await el.updateComplete;
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(shadow(el).querySelector('[part="skeleton"]')).to.equal(null);
    expect(names(el)).to.deep.equal(['Science', 'Ocean', 'Climate']);
  });

  it('shows an error with Retry for an unknown article', async () => {
    const { el, event } = await load<NewsTagList>(html`<news-tag-list endpoint=${endpoint} article="no-such-article"></news-tag-list>`);
    expect(event.detail.error.code).to.equal('not-found');
    expect(textOf(part(el, '[part="error"]'))).to.contain('This content could not be found.');
    expect(part(el, 'button[part="retry"]').textContent).to.equal('Retry');
    await expect(el).to.be.accessible();
  });

  it('renders .data tags without a request, a tag without url as text, and .data = [] as empty', async () => {
    const el = fixtureSync<NewsTagList>(html`<news-tag-list endpoint=${delayed(162)} .data=${tags}></news-tag-list>`);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['City', 'The Harbour', 'Ocean']);
    expect(part(el, 'span[part="tag"]').textContent).to.equal('Ocean');
    expect(shadow(el).querySelectorAll('a[part="tag"]')).to.have.length(2);
    await expect(el).to.be.accessible();

    el.data = [];
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="list"]')).to.equal(null);
    expect(part(el, '[part="empty"]').textContent).to.equal('No tags.');
    expect(el.hasAttribute('aria-busy')).to.be.false;
    await expect(el).to.be.accessible();
    expect((await served('/delay/162/api/tags')).count).to.equal(0);
  });

  it('opens tag links where link-target says', async () => {
    const { el } = await load<NewsTagList>(html`<news-tag-list endpoint=${endpoint} article="seagrass-meadows-return" link-target="_blank"></news-tag-list>`);
    for (const link of shadow(el).querySelectorAll('a')) {
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
    }
  });
});
