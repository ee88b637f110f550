import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { NewsClickEvent, type NewsArticle, type NewsArticleCard, type NewsRelatedArticles } from '../src/index.js';
import { click, endpoint, fixture, load, shadow, until, warningsDuring } from './helpers.js';

/**
 * What a partner counts and tags, from the real content server: `news-click` on every link to an
 * article (cards, the related strip, the article's strip), with `link-params` on those links only,
 * merged into the links' own queries; `link-target` on every link the elements write.
 */

/** The `news-click` events the document hears while `run` runs, with their target as the document sees it. */
function clicksDuring(run: () => void): { event: NewsClickEvent; target: EventTarget | null }[] {
  const heard: { event: NewsClickEvent; target: EventTarget | null }[] = [];
  const listener = (event: Event) => heard.push({ event: event as NewsClickEvent, target: event.target });
  document.addEventListener('news-click', listener);
  try {
    run();
  } finally {
    document.removeEventListener('news-click', listener);
  }
  return heard;
}

/** Every link in an element's composed tree (its shadow root and those of the elements inside it). */
function linksIn(root: Element | ShadowRoot): HTMLAnchorElement[] {
  const scope = root instanceof Element ? shadow(root) : root;
  return Array.from(scope.querySelectorAll('*')).flatMap((node) => [
    ...(node instanceof HTMLAnchorElement ? [node] : []),
    ...(node.shadowRoot ? linksIn(node.shadowRoot) : []),
  ]);
}

async function cardsOf(strip: NewsRelatedArticles): Promise<NewsArticleCard[]> {
  await until(() => !!strip.shadowRoot?.querySelector('news-article-card'));
  await strip.updateComplete;
  const cards = Array.from(shadow(strip).querySelectorAll('news-article-card'));
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

const cardLink = (card: NewsArticleCard) => shadow(card).querySelector<HTMLAnchorElement>('a[part="link"]')!;

describe('attribution: news-click, link-params and link-target', () => {
  describe('an article with every kind of link', () => {
    let el: NewsArticle;
    let cards: NewsArticleCard[];

    // Rendered for each test: fixtures leave the page after every test.
    beforeEach(async () => {
      ({ el } = await load<NewsArticle>(
        html`<news-article
          src=${fixture('article-attribution.json')}
          link-target="_blank"
          link-params=${'utm_source=partner&utm_medium=embed'}
        ></news-article>`,
      ));
      cards = await cardsOf(shadow(el).querySelector<NewsRelatedArticles>('news-related-articles')!);
      await until(() => !!shadow(el).querySelector('[part="body"] a'));
    });

    it("tags each link to an article, keeping the link's own query (but not its value of the same name) and fragment", () => {
      expect(cards.map((card) => cardLink(card).href)).to.deep.equal([
        'https://site.test/articles/related-plain.html?utm_source=partner&utm_medium=embed',
        'https://site.test/articles/related-query.html?ref=feed&utm_source=partner&utm_medium=embed#comments',
        'https://site.test/articles/related-fragment.html?utm_source=partner&utm_medium=embed#photos',
      ]);
    });

    it('fires news-click for each of them, with its slug, tagged URL and position, heard from the article', () => {
      for (const [index, card] of cards.entries()) {
        let followed = false;
        const heard = clicksDuring(() => ({ followed } = click(cardLink(card))));
        expect(heard).to.have.length(1);
        const [{ event, target }] = heard;
        expect(event).to.be.instanceOf(NewsClickEvent);
        expect(event.bubbles && event.composed && event.cancelable).to.be.true;
        expect(event.detail).to.deep.equal({ slug: el.model!.related![index].slug, url: cardLink(card).href, position: index + 1, element: card });
        expect(target).to.equal(el);
        expect(followed).to.be.true;
      }
    });

    it('adds no link-params to links that are not to articles, and fires no news-click for them', () => {
      const others = linksIn(el).filter((link) => !cards.some((card) => cardLink(card) === link));
      expect(others.map((link) => link.href).sort()).to.deep.equal(
        [
          'https://site.test/tags/city.html',
          'https://site.test/tags/ocean.html?view=all',
          'https://example.org/report',
          'https://source.test/report?year=2025',
          'https://site.test/about/partnerships',
          'https://site.test/people/fay-fixture',
          'https://fay.test/',
        ].sort(),
      );
      for (const link of others) {
        const heard = clicksDuring(() => click(link));
        expect(heard, link.href).to.deep.equal([]);
      }
    });

    it('opens every link it writes in link-target, with rel="noopener noreferrer"; body links stay as the publisher wrote them', async () => {
      const body = shadow(el).querySelector<HTMLAnchorElement>('[part="body"] a')!;
      for (const link of linksIn(el).filter((candidate) => candidate !== body)) {
        expect(link.target, link.href).to.equal('_blank');
        expect(link.rel, link.href).to.equal('noopener noreferrer');
        expect(link.textContent, link.href).to.contain('opens in a new tab');
      }
      expect(body.hasAttribute('target')).to.be.false;
      expect(body.rel).to.equal('noopener noreferrer');
      await expect(el).to.be.accessible();
    });
  });

  it('tags a card on its own, and lets a host cancel the click and route it itself', async () => {
    const { el } = await load<NewsArticleCard>(
      html`<news-article-card endpoint=${endpoint} slug="harbour-bridge-reopens" position="7" link-params=${'utm_source=partner&utm_campaign=spring sale'}></news-article-card>`,
    );
    const link = cardLink(el);
    expect(link.href).to.equal('http://site.test/articles/harbour-bridge-reopens.html?utm_source=partner&utm_campaign=spring+sale');
    el.addEventListener('news-click', (event) => event.preventDefault(), { once: true });
    let followed = true;
    const heard = clicksDuring(() => ({ followed } = click(link)));
    expect(followed).to.be.false;
    expect(heard.map(({ event }) => event.detail)).to.deep.equal([{ slug: 'harbour-bridge-reopens', url: link.href, position: 7, element: el }]);
    expect(link.hasAttribute('target')).to.be.false;
    expect(link.hasAttribute('rel')).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('reports a click with a modifier key (a new tab or window) without letting a host cancel it', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} slug="tide-gauge-century"></news-article-card>`);
    const link = cardLink(el);
    el.addEventListener('news-click', (event) => event.preventDefault());
    for (const modifier of ['ctrlKey', 'metaKey', 'shiftKey', 'altKey']) {
      let followed = false;
      const heard = clicksDuring(() => {
        const last = (event: Event) => {
          followed = !event.defaultPrevented;
          event.preventDefault();
        };
        document.addEventListener('click', last, { once: true });
        link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, [modifier]: true }));
      });
      expect(heard.map(({ event }) => [event.detail.slug, event.cancelable]), modifier).to.deep.equal([['tide-gauge-century', false]]);
      expect(followed, modifier).to.be.true;
    }
  });

  it('warns once, naming the element and link-params, about a piece it cannot read, and applies the rest', async () => {
    let strip!: NewsRelatedArticles;
    let cards: NewsArticleCard[] = [];
    const warnings = await warningsDuring(async () => {
      ({ el: strip } = await load<NewsRelatedArticles>(
        html`<news-related-articles endpoint=${endpoint} tag="harbour" limit="3" link-params=${'utm_source=partner&utm_medium'}></news-related-articles>`,
      ));
      cards = await cardsOf(strip);
      strip.theme = 'dark';
      await strip.updateComplete;
      await Promise.all(cards.map((card) => card.updateComplete));
    });
    expect(warnings).to.deep.equal([
      'news-widgets: <news-related-articles> The link-params attribute must be name=value pairs joined by "&", such as "utm_source=partner&utm_medium=related"; ignored "utm_medium". (link-params) [config]',
    ]);
    expect(cards).to.have.length(3);
    for (const card of cards) expect(new URL(cardLink(card).href).search).to.equal('?utm_source=partner');
    await expect(strip).to.be.accessible();
  });

  it('keeps _top and _parent in the same tab: no rel, no "opens in a new tab"', async () => {
    const { el } = await load<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} slug="seagrass-meadows-return" link-target="_top"></news-article-card>`);
    const link = cardLink(el);
    expect(link.target).to.equal('_top');
    expect(link.hasAttribute('rel')).to.be.false;
    expect(link.textContent).not.to.contain('opens in a new tab');
  });
});
