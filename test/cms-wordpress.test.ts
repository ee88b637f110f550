import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/article.js';
import { readingMinutes } from '../src/data/contract.js';
import type { NewsArticle, NewsArticleCard, NewsAuthorBio, NewsRelatedArticles, NewsTagList } from '../src/index.js';
import { inner, path, site, texts } from './cms.js';
import { load, origin, part, served, shadow, textOf, until } from './helpers.js';

/**
 * The elements on a WordPress site (provider="wordpress"), over real HTTP against the fake
 * WordPress of test/cms-server.mjs, whose answers are test/fixtures/cms/wordpress/ (see its
 * README for the documentation they follow and the awkward case each post holds).
 * Each test reads through its own /delay/<n>/ prefix (n from 1 to 39) to count its requests.
 */
const wp = (n: number) => `${site(n)}wp-json/wp/v2/`;

/** The fixture as WordPress sends it, to compute what the elements should show. */
const fixture: { id: number; content: { rendered: string } }[] = await (await fetch(`${origin}/cms/wordpress/posts.json`)).json();
const bodyOf = (id: number) => fixture.find((post) => post.id === id)!.content.rendered;

describe('provider="wordpress"', () => {
  describe('<news-article> of a post with every awkward field', () => {
    let el: NewsArticle;
    beforeEach(async () => {
      ({ el } = await load<NewsArticle>(html`<news-article provider="wordpress" endpoint=${site(1)} slug="harbour-ferry-goes-electric"></news-article>`));
    });

    it('decodes the character references of the title and the category, and marks the title dir="auto"', () => {
      const title = part(el, 'h1[part="title"]');
      expect(title.textContent).to.equal('The harbour’s ferry goes electric: “quieter” & cleaner');
      // WordPress does not say a post's language: its text is left to find its own direction.
      expect(title.getAttribute('dir')).to.equal('auto');
      expect(title.hasAttribute('lang')).to.be.false;
      expect(part(el, '[part="section"]').textContent).to.equal('Harbour & Coast');
    });

    it('reads date_gmt as UTC, never the site-local date', () => {
      expect(el.model!.publishedAt).to.equal('2026-03-13T20:30:00Z');
      expect(el.model!.updatedAt).to.equal('2026-03-13T22:05:00Z');
      part(el, 'time[datetime="2026-03-13T20:30:00Z"]');
      expect(shadow(el).querySelectorAll('time[datetime^="2026-03-14"]').length, 'time[datetime^="2026-03-14"]').to.equal(0);
    });

    it('turns the excerpt into plain text, its [&hellip;] into an ellipsis', () => {
      expect(part(el, '[part="summary"]').textContent).to.equal(
        'From Monday the 7:15 crossing runs on batteries … and the skipper says passengers will hear the gulls again…',
      );
    });

    it('shows the featured media in its large size, with its alt text and its caption as text', () => {
      const image = part<HTMLImageElement>(el, 'img[part="image"]');
      expect(image.src).to.equal('https://courier.example/wp-content/uploads/2026/03/ferry-tui-1024x683.jpg');
      expect(image.getAttribute('width')).to.equal('1024');
      expect(image.getAttribute('height')).to.equal('683');
      expect(image.alt).to.equal('The ferry Tūī leaving Merrow wharf');
      expect(part(el, 'figcaption[part="caption"]').textContent).to.equal('The Tūī on her first electric run. Photo: Ana Lima');
      expect(part(el, 'figcaption[part="caption"]').children).to.have.length(0);
    });

    it('resolves a relative image in the body against the post, not the API', async () => {
      await until(() => !!shadow(el).querySelector('[part="body"] img'));
      expect(part<HTMLImageElement>(el, '[part="body"] img').src).to.equal('https://courier.example/wp-content/uploads/2026/03/charger-1024x576.jpg');
    });

    it('computes the reading time from the body (WordPress has none)', () => {
      expect(el.model!.readingTimeMinutes).to.equal(readingMinutes(bodyOf(101)));
      expect(el.model!.readingTimeMinutes).to.equal(2);
    });

    it('shows the embedded terms as tags, names decoded, with their links', async () => {
      const list = await inner<NewsTagList>(el, 'news-tag-list[part="tags"]');
      expect(texts(list, '[part="tag"]')).to.deep.equal(['Transport', 'Climate', 'Arts & Culture']);
      expect(part<HTMLAnchorElement>(list, 'a[part="tag"]').href).to.equal('https://courier.example/tag/transport/');
    });

    it('shows the embedded author: the largest avatar, the bio as text, the website as a link', async () => {
      const bio = await inner<NewsAuthorBio>(el, 'news-author-bio[part="author"]');
      expect(textOf(part(bio, '[part="name"]'))).to.equal('Ana Lima');
      const avatar = part<HTMLImageElement>(bio, 'img[part="avatar"]');
      expect(avatar.src).to.equal('https://secure.gravatar.example/avatar/5f1c?s=96&d=mm&r=g');
      expect(avatar.getAttribute('width')).to.equal('96');
      expect(textOf(part(bio, '[part="text"]'))).to.equal('Ana covers the harbour & its boats for the Courier.');
      expect(bio.model!.url).to.equal('https://courier.example/author/ana-lima/');
      expect(bio.model!.links).to.deep.equal([{ label: 'analima.example', url: 'https://analima.example/' }]);
    });

    it('passes axe', async () => {
      await expect(el).to.be.accessible();
    });
  });

  it('fills <news-article>\'s related strip from posts sharing its tags, the article excluded, most shared first', async () => {
    const { el } = await load<NewsArticle>(html`<news-article provider="wordpress" endpoint=${site(14)} slug="harbour-ferry-goes-electric"></news-article>`);
    const related = await inner<NewsRelatedArticles>(el, 'news-related-articles[part="related"]');
    expect(related.model!.map((item) => item.slug)).to.deep.equal(['seawall-repairs-begin', 'night-market-returns', 'tide-tables-explained', '104-2']);
    // Cards get their reading time from each post's body too.
    expect(related.model![0].readingTimeMinutes).to.equal(readingMinutes(bodyOf(105)));
    // The strip's own lookup of the article is the article's request: one request each.
    expect((await served(path(`${wp(14)}posts?slug=harbour-ferry-goes-electric&_embed`))).count).to.equal(1);
    expect((await served(path(`${wp(14)}posts?tags=11%2C12%2C13&exclude=101&per_page=4&_embed`))).count).to.equal(1);
    await related.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows a post with featured_media: 0 and an embedded author that is an error object: no image, no author, no error', async () => {
    const { el, event } = await load<NewsArticle>(html`<news-article provider="wordpress" endpoint=${site(2)} slug="night-market-returns"></news-article>`);
    expect(event.type).to.equal('news-load');
    expect(el.model!.image).to.equal(undefined);
    expect(el.model!.author).to.equal(undefined);
    expect(shadow(el).querySelectorAll('figure').length, 'figure').to.equal(0);
    expect(shadow(el).querySelectorAll('news-author-bio').length, 'news-author-bio').to.equal(0);
    expect(part(el, '[part="summary"]').textContent).to.equal('Forty stalls, two bands & a queue for dumplings that reached the ferry terminal…');
    await expect(el).to.be.accessible();
  });

  it('ignores count-view (WordPress has no view counter): the article shows, and nothing is posted', async () => {
    const { el, event } = await load<NewsArticle>(html`<news-article provider="wordpress" endpoint=${site(15)} slug="tide-tables-explained" count-view></news-article>`);
    expect(event.type).to.equal('news-load');
    await el.updateComplete;
    expect(el.error).to.equal(undefined);
    expect(el.model!.viewCount).to.equal(undefined);
    expect((await served(path(`${site(15)}articles/tide-tables-explained/views`))).count).to.equal(0);
  });

  it('shows no image when the embedded media is an error object', async () => {
    const { el, event } = await load<NewsArticleCard>(html`<news-article-card provider="wordpress" endpoint=${site(3)} slug="tide-tables-explained"></news-article-card>`);
    expect(event.type).to.equal('news-load');
    expect(el.model!.image).to.equal(undefined);
    expect(shadow(el).querySelectorAll('img').length, 'img').to.equal(0);
    expect(textOf(part(el, '[part="title"]'))).to.equal('Tide tables, explained');
    await expect(el).to.be.accessible();
  });

  it('resolves a relative source_url against the post; an empty alt_text stays empty (decorative)', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card provider="wordpress" endpoint=${site(4)} slug="seawall-repairs-begin"></news-article-card>`);
    const image = part<HTMLImageElement>(el, 'img[part="image"]');
    expect(image.src).to.equal('https://courier.example/wp-content/uploads/2026/03/seawall.jpg');
    expect(image.getAttribute('alt')).to.equal('');
    expect(image.getAttribute('width')).to.equal('1600');
    expect(image.getAttribute('height')).to.equal('900');
    await expect(el).to.be.accessible();
  });

  it('gives a post without a title (an aside) its first words as a title', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card provider="wordpress" endpoint=${site(5)} slug="104-2"></news-article-card>`);
    const title = textOf(part(el, '[part="title"]'));
    expect(title).to.equal('Quick note: the 7:15 ferry is cancelled this morning while the charger on the…');
    await expect(el).to.be.accessible();
  });

  it('reports a slug WordPress does not know (an empty array) as not-found', async () => {
    const { el, event } = await load<NewsArticle>(html`<news-article provider="wordpress" endpoint=${site(6)} slug="no-such-post"></news-article>`);
    expect(event.detail.error.code).to.equal('not-found');
    expect(event.detail.error.message).to.contain('no-such-post');
    expect(event.detail.error.url).to.equal(`${wp(6)}posts?slug=no-such-post&_embed`);
    part(el, '[part="error"]');
    await expect(el).to.be.accessible();
  });

  it('accepts the wp-json/ URL itself as the endpoint', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card provider="wordpress" endpoint=${`${site(7)}wp-json`} slug="tide-tables-explained"></news-article-card>`);
    expect(el.model!.slug).to.equal('tide-tables-explained');
    expect((await served(path(`${wp(7)}posts?slug=tide-tables-explained&_embed`))).count).to.equal(1);
  });

  describe('<news-related-articles tag>', () => {
    it('finds the tag id by its slug once, however many strips ask, then one page of limit posts', async () => {
      const container = fixtureSync<HTMLDivElement>(html`<div>
        <news-related-articles provider="wordpress" endpoint=${site(8)} tag="transport" limit="2"></news-related-articles>
        <news-related-articles provider="wordpress" endpoint=${site(8)} tag="transport" limit="3"></news-related-articles>
      </div>`);
      const [two, three] = Array.from(container.children) as NewsRelatedArticles[];
      await until(() => two.model !== undefined && three.model !== undefined);
      expect(two.model!.map((item) => item.slug)).to.deep.equal(['harbour-ferry-goes-electric', '104-2']);
      expect(three.model!.map((item) => item.slug)).to.deep.equal(['harbour-ferry-goes-electric', '104-2', 'seawall-repairs-begin']);
      expect((await served(path(`${wp(8)}tags?slug=transport`))).count).to.equal(1);
      // per_page is the limit: one page holds the answer, whatever X-WP-TotalPages says.
      expect((await served(path(`${wp(8)}posts?tags=11&per_page=2&_embed`))).count).to.equal(1);
      expect((await served(path(`${wp(8)}posts?tags=11&per_page=3&_embed`))).count).to.equal(1);
      await two.updateComplete;
      expect(texts(two, 'news-article-card').length).to.equal(2);
      await expect(two).to.be.accessible();
    });

    it('is empty for a tag WordPress does not know, and asks for no posts', async () => {
      const { el, event } = await load<NewsRelatedArticles>(
        html`<news-related-articles provider="wordpress" endpoint=${site(9)} tag="no-such-tag"></news-related-articles>`,
      );
      expect(event.type).to.equal('news-load');
      expect(el.model).to.deep.equal([]);
      part(el, '[part="empty"]');
      expect((await served(path(`${wp(9)}tags?slug=no-such-tag`))).count).to.equal(1);
      expect((await served(path(`${wp(9)}posts?per_page=4&_embed`))).count).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('<news-author-bio>', () => {
    it('reads a user by slug', async () => {
      const { el } = await load<NewsAuthorBio>(html`<news-author-bio provider="wordpress" endpoint=${site(10)} author="ana-lima"></news-author-bio>`);
      expect(textOf(part(el, '[part="name"]'))).to.equal('Ana Lima');
      expect(part<HTMLImageElement>(el, 'img[part="avatar"]').getAttribute('height')).to.equal('96');
      expect(part<HTMLAnchorElement>(el, 'a[part="link"]').href).to.equal('https://analima.example/');
      expect((await served(path(`${wp(10)}users?slug=ana-lima`))).count).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('reports a user WordPress does not show as not-found', async () => {
      const { event } = await load<NewsAuthorBio>(html`<news-author-bio provider="wordpress" endpoint=${site(11)} author="ben-okoro"></news-author-bio>`);
      expect(event.detail.error.code).to.equal('not-found');
    });
  });

  describe('<news-tag-list>', () => {
    it('lists the site\'s tags most used first, without empty ones, names decoded', async () => {
      const { el } = await load<NewsTagList>(html`<news-tag-list provider="wordpress" endpoint=${site(12)}></news-tag-list>`);
      expect(texts(el, '[part="tag"]')).to.deep.equal(['Transport', 'Climate', 'Arts & Culture', 'Food']);
      expect((await served(path(`${wp(12)}tags?orderby=count&order=desc&hide_empty=true&per_page=100`))).count).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('lists an article\'s tags', async () => {
      const { el } = await load<NewsTagList>(html`<news-tag-list provider="wordpress" endpoint=${site(13)} article="night-market-returns"></news-tag-list>`);
      expect(texts(el, '[part="tag"]')).to.deep.equal(['Arts & Culture', 'Food']);
    });
  });

  describe('src: one document of the REST API', () => {
    it('reads a post by its own URL (an object, not an array)', async () => {
      const { el } = await load<NewsArticle>(html`<news-article provider="wordpress" src=${`${origin}/wp-json/wp/v2/posts/105?_embed`}></news-article>`);
      expect(el.model!.slug).to.equal('seawall-repairs-begin');
      expect(el.model!.author!.name).to.equal('Ana Lima');
    });

    it('reads a list of posts for a strip', async () => {
      const { el } = await load<NewsRelatedArticles>(
        html`<news-related-articles provider="wordpress" src=${`${origin}/wp-json/wp/v2/posts?tags=12&_embed`}></news-related-articles>`,
      );
      expect(el.model!.map((item) => item.slug)).to.deep.equal(['harbour-ferry-goes-electric', 'tide-tables-explained', 'seawall-repairs-begin']);
    });

    it('fails a post whose date_gmt is null with an error naming date_gmt, though its site-local date is there', async () => {
      const { el, event } = await load<NewsArticle>(html`<news-article provider="wordpress" src=${`${origin}/cms/wordpress/post-date-gmt-null.json`}></news-article>`);
      expect(event.detail.error.code).to.equal('invalid-response');
      expect(event.detail.error.field).to.equal('date_gmt');
      expect(event.detail.error.url).to.equal(`${origin}/cms/wordpress/post-date-gmt-null.json`);
      expect(textOf(part(el, '[part="error"]'))).to.contain('date_gmt');
      await expect(el).to.be.accessible();
    });
  });

  it('aborts the tag lookup when the strip leaves the page', async () => {
    const hanging = `${origin}/hang/`;
    const el = fixtureSync<NewsRelatedArticles>(html`<news-related-articles provider="wordpress" endpoint=${hanging} tag="climate"></news-related-articles>`);
    const events: string[] = [];
    for (const type of ['news-load', 'news-error']) el.addEventListener(type, () => events.push(type));
    const url = path(`${hanging}wp-json/wp/v2/tags?slug=climate`);
    await until(async () => (await served(url)).count === 1).catch(() => {});
    expect(await served(url), 'while the strip is on the page').to.include({ count: 1, abandoned: 0 });
    el.remove();
    await until(async () => (await served(url)).abandoned === 1).catch(() => {});
    // The server saw the browser give up on the one request, and the strip, gone, told nobody of a failure.
    expect(await served(url), 'once the strip has left').to.include({ count: 1, abandoned: 1 });
    expect(events).to.deep.equal([]);
    expect(el.error).to.equal(undefined);
  });
});
