import { expect, fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../article-card.js';
import '../related-articles.js';
import '../tag-list.js';
import type { NewsArticleCard } from '../article-card.js';
import type { NewsRelatedArticles } from '../related-articles.js';
import type { NewsTagList } from '../tag-list.js';
import type { NewsClickEvent } from './events.js';
import { click, part, shadow, until } from '../../test/helpers.js';
import { sendKeys } from '../../test/reader.js';
import { summaries, tags } from '../../test/models.js';

/** WebKit (WebKitGTK's MiniBrowser here): neither Chromium nor Firefox. */
const WEBKIT = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

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

  describe('opened another way than a click', () => {
    interface Seen {
      events: NewsClickEvent[];
      followed: boolean[];
    }

    /**
     * Every `news-click` fired while `run` runs, and whether the browser would have followed the link
     * (a `click` or `auxclick` not cancelled by the time it reaches the window). The window then
     * cancels it, so that the test page neither navigates nor opens a tab.
     */
    async function during(run: (seen: Seen) => Promise<void>): Promise<Seen> {
      const seen: Seen = { events: [], followed: [] };
      const { events, followed } = seen;
      const heard = (event: Event) => events.push(event as NewsClickEvent);
      const last = (event: Event) => {
        followed.push(!event.defaultPrevented);
        event.preventDefault();
      };
      document.addEventListener('news-click', heard);
      window.addEventListener('click', last);
      window.addEventListener('auxclick', last);
      try {
        await run(seen);
      } finally {
        document.removeEventListener('news-click', heard);
        window.removeEventListener('click', last);
        window.removeEventListener('auxclick', last);
      }
      return seen;
    }

    it('a middle click (a new tab) is reported, not cancelable', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${summaries[0]} link-params="utm_source=partner"></news-article-card>`);
      const link = part<HTMLAnchorElement>(el, 'a[part="link"]');
      // A host that cancels every news-click, as a single-page app does.
      el.addEventListener('news-click', (event) => event.preventDefault());
      const box = link.getBoundingClientRect();
      const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      const { events, followed } = await during(async (seen) => {
        if (WEBKIT) {
          // WebKitGTK's WebDriver presses the middle button but releases the left one (mouseup with
          // button 0, then a left click), which no reader's mouse does: there the test dispatches
          // the event the engine fires for a real middle click.
          link.dispatchEvent(new MouseEvent('auxclick', { button: 1, buttons: 0, bubbles: true, composed: true, cancelable: true, view: window }));
        } else {
          // A real middle click, through the engine's own input (CDP in Chromium, WebDriver BiDi in Firefox).
          await sendMouse({ type: 'click', button: 'middle', position });
        }
        // Its auxclick has reached the window: every listener on the way has run.
        await until(() => seen.followed.length > 0);
      });
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event.cancelable).to.be.false;
      expect(event.defaultPrevented).to.be.false;
      expect(event.detail).to.deep.equal({ slug: 'data-related-1', url: 'https://site.test/articles/data-related-1.html?utm_source=partner', position: 1, element: el });
      // The reader's new tab is not taken away by the host's preventDefault().
      expect(followed).to.deep.equal([true]);
      await expect(el).to.be.accessible();
    });

    it('the right button (a context menu) is not a click', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${summaries[0]}></news-article-card>`);
      const link = part<HTMLAnchorElement>(el, 'a[part="link"]');
      // Dispatched, not pressed: a real right click would open the browser's menu over the test page.
      const { events } = await during(async () => {
        link.dispatchEvent(new MouseEvent('auxclick', { button: 2, bubbles: true, composed: true, cancelable: true }));
      });
      expect(events).to.have.length(0);
    });

    it('Enter on the focused link is a click (cancelable); with Ctrl or Shift (a new tab or window) it is reported, not cancelable', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${summaries[1]}></news-article-card>`);
      el.addEventListener('news-click', (event) => event.preventDefault());
      const link = part<HTMLAnchorElement>(el, 'a[part="link"]');
      const press = async (modifier?: string) => {
        link.focus();
        if (modifier) await sendKeys({ down: modifier });
        await sendKeys({ press: 'Enter' });
        if (modifier) await sendKeys({ up: modifier });
      };
      const { events, followed } = await during(async () => {
        await press();
        await press('Control');
        await press('Shift');
      });
      expect(events.map((event) => event.cancelable)).to.deep.equal([true, false, false]);
      expect(events.map((event) => event.detail.slug)).to.deep.equal(['data-related-2', 'data-related-2', 'data-related-2']);
      // Plain Enter: the host routed it; with a modifier, the browser opens where the reader asked.
      expect(followed).to.deep.equal([false, true, true]);
      await expect(el).to.be.accessible();
    });
  });
});
