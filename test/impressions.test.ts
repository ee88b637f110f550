import { expect, fixtureSync, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { NewsImpressionEvent, type NewsArticleCard } from '../src/index.js';
import { endpoint, settled, shadow, until } from './helpers.js';
import { setViewport } from './reader.js';

/**
 * `news-impression` in a real, visible page (each test page has its own window), from the real
 * content server: the IAB rule (half of a card in view for one continuous second, while the page is
 * visible), measured by the browser's own IntersectionObserver as the reader scrolls. An impression
 * that must not happen is shown absent by one that happens later: a second card that comes into view
 * after the first was in its state, whose own second therefore ends after the first one's would have.
 */

interface Heard {
  event: NewsImpressionEvent;
  /** Where the document heard it from (retargeted: a strip's card is heard as the strip). */
  target: EventTarget | null;
  /** When (`performance.now()`). */
  at: number;
}

const heard: Heard[] = [];
const listen = (event: Event) => heard.push({ event: event as NewsImpressionEvent, target: event.target, at: performance.now() });
const impressionsOf = (card: Element) => heard.filter(({ event }) => event.detail.element === card);

/** The card's impression, once it comes. */
async function impression(card: Element): Promise<Heard> {
  await until(() => impressionsOf(card).length > 0, 6000);
  return impressionsOf(card)[0];
}

/**
 * Resolves with the time (the observers' clock, `entry.time`) at which the browser finds the part of
 * `element` in view to pass `test`. Every IntersectionObserver of the page gets the same time for
 * the same rendering step, so this is the moment the library's observer saw it too.
 */
function inView(element: Element, test: (ratio: number) => boolean, threshold = [0.5]): Promise<number> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        const entry = entries.find((candidate) => test(candidate.isIntersecting ? candidate.intersectionRatio : 0));
        if (!entry) return;
        observer.disconnect();
        resolve(entry.time);
      },
      { threshold },
    );
    observer.observe(element);
  });
}
const atLeastHalf = (ratio: number) => ratio >= 0.5;

/** The part of an element in view now, as the browser measures it (the clip of a scroller included). */
function ratioNow(element: Element): Promise<number> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      resolve(entry.isIntersecting ? entry.intersectionRatio : 0);
    });
    observer.observe(element);
  });
}
const lessThanHalf = (ratio: number) => ratio < 0.5;

/** A tall page: whatever is placed low on it starts out of view. */
function page(): HTMLElement {
  return fixtureSync<HTMLElement>(html`<div style="position: relative; block-size: 6000px"></div>`);
}

/** The page's vertical position of an element's top edge. */
const topOf = (element: Element) => element.getBoundingClientRect().top + scrollY;

/** A box on the page for an element (`top`: from the page's top), 300px wide. */
function box(stage: HTMLElement, top: number, left = 0): HTMLElement {
  const placed = document.createElement('div');
  placed.style.cssText = `position: absolute; inset-block-start: ${top - topOf(stage)}px; inset-inline-start: ${left}px; inline-size: 300px`;
  return stage.appendChild(placed);
}

/** Places a card from the content server on the page, and resolves once it shows its article. */
async function card(stage: HTMLElement, slug: string, top: number, left = 0): Promise<NewsArticleCard> {
  const el = document.createElement('news-article-card');
  el.endpoint = endpoint;
  el.slug = slug;
  box(stage, top, left).append(el);
  const event = await settled(el);
  expect(event.type, `${slug} loaded`).to.equal('news-load');
  await el.updateComplete;
  return el;
}

/** Scrolls so that the whole element is in view. */
function scrollToShow(element: Element): void {
  scrollTo(0, topOf(element) - 20);
}

/** Minimises the page's window (the page becomes hidden, as when the reader switches away) or restores it. */
async function windowState(state: 'minimized' | 'normal'): Promise<Event> {
  const changed = new Promise<Event>((resolve) => document.addEventListener('visibilitychange', resolve, { once: true }));
  await executeServerCommand('news-window', { state });
  return changed;
}

describe('news-impression', () => {
  before(async () => {
    await setViewport({ width: 1200, height: 900 });
    document.addEventListener('news-impression', listen);
  });
  after(() => document.removeEventListener('news-impression', listen));
  beforeEach(async () => {
    scrollTo(0, 0);
    heard.length = 0;
    if (document.visibilityState !== 'visible') await windowState('normal');
  });

  it('fires once, at least a second after half of the card came into view, with its slug and position', async () => {
    const stage = page();
    const el = await card(stage, 'harbour-bridge-reopens', 3000);
    const seen = inView(el, atLeastHalf);
    scrollToShow(el);
    const visibleAt = await seen;
    const { event, target, at } = await impression(el);
    expect(at - visibleAt, 'milliseconds in view before the impression').to.be.at.least(1000);
    expect(event).to.be.instanceOf(NewsImpressionEvent);
    expect(event.type).to.equal('news-impression');
    expect(event.bubbles && event.composed).to.be.true;
    expect(event.cancelable).to.be.false;
    expect(event.detail).to.deep.equal({ slug: 'harbour-bridge-reopens', position: 1, element: el });
    expect(target).to.equal(el);
    expect(heard).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('does not fire for a card shown at 40%, however long', async () => {
    const stage = page();
    const partly = await card(stage, 'seagrass-meadows-return', 3000);
    const atForty = inView(partly, (ratio) => ratio >= 0.3 && ratio < 0.5, [0.3, 0.5]);
    scrollTo(0, topOf(partly) - innerHeight + 0.4 * partly.offsetHeight);
    await atForty;
    // Comes into view after the first card was at 40%: its second ends after the first one's would have.
    const later = await card(stage, 'tide-gauge-century', scrollY + 20, 400);
    await impression(later);
    expect(impressionsOf(partly)).to.deep.equal([]);
    expect(partly.getBoundingClientRect().top).to.be.closeTo(innerHeight - 0.4 * partly.offsetHeight, 2);
  });

  it('fires only for cards that show an article (not for one that failed)', async () => {
    const stage = page();
    const failed = document.createElement('news-article-card');
    failed.endpoint = endpoint;
    failed.slug = 'no-such-story';
    box(stage, topOf(stage) + 20).append(failed);
    expect((await settled(failed)).type).to.equal('news-error');
    await failed.updateComplete;
    expect(failed.getBoundingClientRect().bottom).to.be.below(innerHeight);
    const later = await card(stage, 'open-data-portal-launch', topOf(stage) + 20, 400);
    await impression(later);
    expect(heard.map(({ event }) => event.detail.slug)).to.deep.equal(['open-data-portal-launch']);
  });

  it('does not fire twice for a card scrolled away and back', async () => {
    const stage = page();
    const el = await card(stage, 'rowing-club-centenary', 3000);
    scrollToShow(el);
    await impression(el);
    const gone = inView(el, lessThanHalf);
    scrollTo(0, 0);
    await gone;
    // It renders again meanwhile (a theme here; a new language or a refreshed answer does the same).
    el.theme = 'dark';
    await el.updateComplete;
    const back = inView(el, atLeastHalf);
    scrollToShow(el);
    await back;
    const later = await card(stage, 'lighthouse-festival-lineup', scrollY + 20, 400);
    await impression(later);
    expect(impressionsOf(el)).to.have.length(1);
  });

  it('does not fire for a card scrolled away before its second was up', async () => {
    const stage = page();
    const el = await card(stage, 'school-heat-pumps', 3000);
    let visibleAt = 0;
    const gone = new Promise<number>((resolve) => {
      const observer = new IntersectionObserver(
        (entries) => {
          for (const { intersectionRatio, time } of entries) {
            if (!visibleAt && intersectionRatio >= 0.5) {
              visibleAt = time;
              scrollTo(0, 0);
            } else if (visibleAt && intersectionRatio < 0.5) {
              observer.disconnect();
              resolve(time);
            }
          }
        },
        { threshold: 0.5 },
      );
      observer.observe(el);
    });
    scrollToShow(el);
    const goneAt = await gone;
    expect(goneAt - visibleAt, 'milliseconds the card was in view').to.be.below(1000);
    const later = await card(stage, 'library-repair-cafe', topOf(stage) + 20, 400);
    await impression(later);
    expect(impressionsOf(el)).to.deep.equal([]);
  });

  it('counts a new second for a card taken off the page within its second and put back', async () => {
    const stage = page();
    const el = await card(stage, 'storm-season-preparedness', topOf(stage) + 20);
    const place = el.parentElement!;
    const removed = new Promise<void>((resolve) => {
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.intersectionRatio >= 0.5)) return;
          observer.disconnect();
          el.remove();
          resolve();
        },
        { threshold: 0.5 },
      );
      observer.observe(el);
    });
    await removed;
    const back = inView(el, atLeastHalf);
    place.append(el);
    const backAt = await back;
    const { at } = await impression(el);
    expect(at - backAt, 'milliseconds in view since it was put back').to.be.at.least(1000);
    expect(impressionsOf(el)).to.have.length(1);
  });

  it('stops the second while the page is hidden, and starts a new one when it is shown again', async () => {
    const stage = page();
    const el = await card(stage, 'fish-market-night-shift', 3000);
    let visibleAt = 0;
    let hiding: Promise<Event> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (visibleAt || !entries.some((entry) => entry.intersectionRatio >= 0.5)) return;
        visibleAt = entries[0].time;
        hiding = windowState('minimized');
      },
      { threshold: 0.5 },
    );
    observer.observe(el);
    try {
      scrollToShow(el);
      await until(() => hiding !== undefined);
      const hidden = await hiding!;
      expect(document.visibilityState).to.equal('hidden');
      expect(hidden.timeStamp - visibleAt, 'milliseconds in view before the page was hidden').to.be.below(1000);
      // Hidden for longer than the card's second would have lasted: no impression meanwhile.
      await until(() => performance.now() - visibleAt > 1500, 5000);
      expect(impressionsOf(el)).to.deep.equal([]);
      const shown = await windowState('normal');
      expect(document.visibilityState).to.equal('visible');
      const { at } = await impression(el);
      expect(at - shown.timeStamp, 'milliseconds visible again before the impression').to.be.at.least(1000);
    } finally {
      observer.disconnect();
      if (document.visibilityState !== 'visible') await windowState('normal');
    }
  });

  describe('in a related strip', () => {
    it("reports each card's position in the strip, heard from the strip", async () => {
      const stage = page();
      const strip = document.createElement('news-related-articles');
      strip.endpoint = endpoint;
      strip.tag = 'harbour';
      strip.limit = 4;
      strip.layout = 'grid';
      strip.style.cssText = `position: absolute; inset-block-start: ${3000 - topOf(stage)}px; inline-size: 1100px; --news-related-card-width: 12em`;
      stage.append(strip);
      expect((await settled(strip)).type).to.equal('news-load');
      await strip.updateComplete;
      const cards = Array.from(shadow(strip).querySelectorAll('news-article-card'));
      expect(cards).to.have.length(4);
      await Promise.all(cards.map((one) => one.updateComplete));
      expect(strip.getBoundingClientRect().height).to.be.below(innerHeight - 40);
      scrollToShow(strip);
      await until(() => heard.length === 4, 6000);
      const byPosition = [...heard].sort((a, b) => a.event.detail.position - b.event.detail.position);
      expect(byPosition.map(({ event }) => event.detail)).to.deep.equal(
        strip.model!.map((item, index) => ({ slug: item.slug, position: index + 1, element: cards[index] })),
      );
      expect(byPosition.every(({ target }) => target === strip)).to.be.true;
      await expect(strip).to.be.accessible();
    });

    it("counts a card clipped by the strip's scroller only once it is scrolled into view", async () => {
      const stage = page();
      const strip = document.createElement('news-related-articles');
      strip.endpoint = endpoint;
      strip.article = 'harbour-bridge-reopens';
      strip.limit = 4;
      strip.style.cssText = `position: absolute; inset-block-start: ${3000 - topOf(stage)}px; inline-size: 600px`;
      stage.append(strip);
      expect((await settled(strip)).type).to.equal('news-load');
      await strip.updateComplete;
      const cards = Array.from(shadow(strip).querySelectorAll('news-article-card'));
      await Promise.all(cards.map((one) => one.updateComplete));
      scrollToShow(strip);
      // Which cards the strip's scroller cuts to less than half (its own clip, not the viewport's).
      const ratios = await Promise.all(cards.map(ratioNow));
      const clipped = cards.filter((_, index) => ratios[index] < 0.5);
      expect(clipped.length, 'cards the 600px strip cuts off').to.be.at.least(1);
      for (const one of cards.filter((_, index) => ratios[index] >= 0.5)) await impression(one);
      const list = shadow(strip).querySelector<HTMLElement>('[part="list"]')!;
      const inViewAt = clipped.map((one) => inView(one, atLeastHalf));
      list.scrollLeft = list.scrollWidth;
      const times = await Promise.all(inViewAt);
      for (const [index, one] of clipped.entries()) {
        const { at, event } = await impression(one);
        expect(at - times[index], 'milliseconds in view before the impression').to.be.at.least(1000);
        expect(event.detail.position).to.equal(cards.indexOf(one) + 1);
      }
      expect(heard).to.have.length(cards.length);
    });
  });
});
