import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ArticleSummary, NewsArticle, NewsArticleCard } from '../src/index.js';
import { endpoint, part, textOf, until } from './helpers.js';
import { article as dataArticle, summaries } from './models.js';

/**
 * Relative dates ("3 minutes ago") on a page left open. The test owns the clock the library reads
 * (`Date.now`) and the page's interval timers (`setInterval`, recorded and fired by hand), so that
 * hours pass at once: what it checks is the text a reader sees, and how many timers run.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The test's "now": a fixed moment, moved forward by the test; two minutes after the endpoint's article was published. */
const START = Date.parse('2026-03-12T07:32:00Z');
const ENDPOINT_ARTICLE = 'harbour-bridge-reopens';

interface Interval {
  callback: () => void;
  period: number;
  cleared: boolean;
}

let now = START;
let intervals: Interval[] = [];
const real = { now: Date.now, setInterval: window.setInterval, clearInterval: window.clearInterval };

/** The intervals set while the test ran and not cleared. */
const running = () => intervals.filter((interval) => !interval.cleared);

/** Time passes, and every running interval timer fires (once: a timer of at most that period would have). */
async function pass(ms: number, ...elements: Element[]): Promise<void> {
  now += ms;
  for (const interval of running()) {
    expect(interval.period).to.be.at.most(ms);
    interval.callback();
  }
  await Promise.all(elements.map((element) => (element as NewsArticleCard).updateComplete));
}

const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', '+00:00');
const card = (publishedAt: number, n = 0): ArticleSummary => ({ ...summaries[n], publishedAt: iso(publishedAt) });
const dateOf = (el: Element) => part<HTMLTimeElement>(el, 'time[part="date"]');

describe('relative dates on a long-lived page', () => {
  beforeEach(() => {
    now = START;
    Date.now = () => now;
    // Recorded, and still set for real (with a period of minutes, they do not fire during a test).
    window.setInterval = ((callback: () => void, period: number) => {
      const id = real.setInterval.call(window, callback, period) as unknown as number;
      intervals[id] = { callback, period, cleared: false };
      return id;
    }) as typeof setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined && intervals[id]) intervals[id].cleared = true;
      real.clearInterval.call(window, id);
    }) as typeof clearInterval;
    intervals = [];
  });

  afterEach(() => {
    Date.now = real.now;
    window.setInterval = real.setInterval;
    window.clearInterval = real.clearInterval;
  });

  it("a card's \"2 minutes ago\" becomes \"3 hours ago\" and then \"yesterday\" as time passes, its datetime unchanged", async () => {
    const published = START - 2 * MINUTE;
    const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${card(published)}></news-article-card>`);
    const date = dateOf(el);
    expect(date.textContent).to.equal('2 minutes ago');
    const title = date.title;

    await pass(3 * HOUR, el);
    expect(dateOf(el).textContent).to.equal('3 hours ago');
    await pass(DAY, el);
    expect(dateOf(el).textContent).to.equal('yesterday');
    // The same <time>, for the same moment: only its words changed.
    expect(dateOf(el)).to.equal(date);
    expect(date.dateTime).to.equal(iso(published));
    expect(date.title).to.equal(title);
    await expect(el).to.be.accessible();
  });

  it("an article's \"Updated 5 minutes ago\" follows the clock too, in the reader's language", async () => {
    const model = { ...dataArticle, related: undefined, publishedAt: iso(START - 3 * DAY), updatedAt: iso(START - 5 * MINUTE) };
    const el = await fixture<NewsArticle>(html`<news-article lang="fr" .data=${model}></news-article>`);
    const updated = () => textOf(part(el, '[part="updated"]'));
    expect(updated()).to.equal('Mis à jour il y a 5 minutes');
    await pass(2 * HOUR, el);
    expect(updated()).to.equal('Mis à jour il y a 2 heures');
    await expect(el).to.be.accessible();
  });

  it('one timer for the whole page, while an element that shows a relative date is on it; the last to leave stops it', async () => {
    // The first card loads its article (published two minutes ago); the others are given theirs.
    const page = await fixture<HTMLDivElement>(html`<div>
      <news-article-card endpoint=${endpoint} slug=${ENDPOINT_ARTICLE}></news-article-card>
      <news-article-card .data=${card(START - 20 * MINUTE, 1)}></news-article-card>
      <news-article-card .data=${card(START - 30 * DAY, 2)}></news-article-card>
    </div>`);
    const [first, second, old] = Array.from(page.querySelectorAll('news-article-card'));
    await until(() => first.model !== undefined);
    await Promise.all([first, second, old].map((el) => el.updateComplete));
    expect(dateOf(first).textContent).to.equal('2 minutes ago');
    expect(dateOf(old).textContent).to.equal('February 10, 2026');
    expect(running()).to.have.length(1);
    await expect(page).to.be.accessible();

    // A card that leaves the page is no longer refreshed (the clock lets go of it); the others are.
    first.remove();
    await pass(2 * HOUR, first, second);
    expect(dateOf(first).textContent).to.equal('2 minutes ago');
    expect(dateOf(second).textContent).to.equal('2 hours ago');
    expect(running()).to.have.length(1);

    // Back on the page, it is current at once, and refreshed again, on the same timer.
    page.prepend(first);
    await first.updateComplete;
    expect(dateOf(first).textContent).to.equal('2 hours ago');
    await pass(HOUR, first, second);
    expect(dateOf(first).textContent).to.equal('3 hours ago');
    expect(running()).to.have.length(1);
    expect(intervals.filter(Boolean)).to.have.length(1);

    // Only absolute dates left on the page: no timer.
    first.remove();
    second.remove();
    expect(running()).to.have.length(0);
  });

  it('a date that grows older than a week is written as a date, and then needs no timer', async () => {
    const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${card(START - 6 * DAY)}></news-article-card>`);
    expect(dateOf(el).textContent).to.equal('6 days ago');
    expect(running()).to.have.length(1);
    await pass(2 * DAY, el);
    expect(dateOf(el).textContent).to.equal('March 6, 2026');
    expect(running()).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('a card that only ever shows a date sets no timer', async () => {
    const el = await fixture<NewsArticleCard>(html`<news-article-card .data=${card(START - 30 * DAY)}></news-article-card>`);
    expect(running()).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
