import { expect, fixture, html } from '@open-wc/testing';
import '../article-card.js';
import '../related-articles.js';
import '../tag-list.js';
import type { NewsArticleCard } from '../article-card.js';
import type { NewsRelatedArticles } from '../related-articles.js';
import type { NewsTagList } from '../tag-list.js';
import type { NewsClickEvent } from './events.js';
import { click, part, shadow } from '../../test/helpers.js';
import { summaries, tags } from '../../test/models.js';

describe('news-click', () => {
  it('is fired, bubbling and composed, when a card is clicked; the link is followed when nobody cancels it', async () => {
    const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${summaries[1]} link-params="utm_source=partner"></news-article-card>`);
    const events: NewsClickEvent[] = [];
    const listener = (event: Event) => events.push(event as NewsClickEvent);
    document.addEventListener('news-click', listener);
    try {
      const { followed } = click(part<HTMLAnchorElement>(el, 'a[part="link"]'));
      expect(followed).to.be.true;
    } finally {
      document.removeEventListener('news-click', listener);
    }
    expect(events).to.have.length(1);
    const [event] = events;
    expect(event.bubbles && event.composed && event.cancelable).to.be.true;
    expect(event.detail).to.deep.equal({
      slug: 'data-related-2',
      url: 'https://site.test/articles/data-related-2.html?utm_source=partner',
      position: 1,
      element: el,
    });
  });

  it('lets a host cancel it and route the click itself', async () => {
    const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${summaries[0]}></news-article-card>`);
    el.addEventListener('news-click', (event) => event.preventDefault(), { once: true });
    const { followed } = click(part<HTMLAnchorElement>(el, 'a[part="link"]'));
    expect(followed).to.be.false;
  });

  it("reports a related card's position in its strip", async () => {
    const el = await fixture<NewsRelatedArticles>(html`<news-related-articles .data=${summaries}></news-related-articles>`);
    const cards = Array.from(shadow(el).querySelectorAll('news-article-card'));
    await Promise.all(cards.map((card) => card.updateComplete));
    let detail: NewsClickEvent['detail'] | undefined;
    el.addEventListener('news-click', (event) => ((detail = event.detail), event.preventDefault()), { once: true });
    click(part<HTMLAnchorElement>(cards[2], 'a[part="link"]'));
    expect(detail).to.include({ slug: 'data-related-3', position: 3, element: cards[2] });
  });

  it('is not fired for links that are not article links (tags)', async () => {
    const el = await fixture<NewsTagList>(html`<news-tag-list .data=${tags}></news-tag-list>`);
    let fired = false;
    el.addEventListener('news-click', () => (fired = true));
    click(part<HTMLAnchorElement>(el, 'a[part="tag"]'));
    expect(fired).to.be.false;
  });
});
