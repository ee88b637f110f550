// Related lists are often shorter than `limit`. The skeleton of <news-related-articles> lays out
// `limit` placeholder cards; when fewer articles arrive, the cards keep the width the skeleton gave
// them and the list keeps its height, so that nothing below it moves (Cumulative Layout Shift 0).
// Each case loads a list of 1, 3 or 4 (= limit) articles from the test server, behind a delay so that
// the skeleton shows first, with a paragraph below it: that paragraph must not move, in any engine.
// Chromium also reports layout shifts itself (`layout-shift` entries): there must be none.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/related-articles.js';
import type { NewsRelatedArticles } from '../src/related-articles.js';
import type { ArticleSummary } from '../src/index.js';
import { endpoint, origin, until } from './helpers.js';

const LIMIT = 4;

interface Case {
  layout: 'strip' | 'grid' | 'list';
  /** The width of the list's container, and what it shows. */
  width: number;
  what: string;
  /** The narrowest a card gets (`--news-related-card-width`). */
  cardWidth?: string;
}

const CASES: Case[] = [
  { layout: 'strip', width: 760, cardWidth: '10em', what: 'a strip with room for every card' },
  { layout: 'strip', width: 500, what: 'a strip that scrolls' },
  { layout: 'grid', width: 760, what: 'a grid of three columns' },
  { layout: 'list', width: 300, what: 'a list in a sidebar' },
];

/** A document of `count` related articles, served once (`/cms-echo`) behind its own delay, so the skeleton shows first. */
async function listOf(items: ArticleSummary[], delay: number): Promise<string> {
  const response = await fetch(`${origin}/cms-echo`, { method: 'POST', body: JSON.stringify({ items }) });
  const { id } = (await response.json()) as { id: number };
  return `${origin}/delay/${delay}/cms-echo/${id}/related.json`;
}

/** Resolves after the page has rendered a frame (and Chromium has reported its layout shifts). */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

const supportsLayoutShift = PerformanceObserver.supportedEntryTypes.includes('layout-shift');

describe('short lists: fewer articles than limit move nothing', function () {
  this.timeout(30000);

  let summaries: ArticleSummary[];
  let nextDelay = 1000;
  before(async () => {
    summaries = (await (await fetch(`${endpoint}articles?tag=harbour&limit=${LIMIT}`)).json()).items;
    expect(summaries).to.have.length(LIMIT);
  });

  for (const { layout, width, cardWidth, what } of CASES) {
    it(`${what} (layout="${layout}", limit="${LIMIT}"): 1, 3 and ${LIMIT} articles keep the skeleton's card width and height`, async () => {
      const problems: string[] = [];
      for (const count of [1, 3, LIMIT]) {
        const src = await listOf(summaries.slice(0, count), nextDelay++);
        const shifts: number[] = [];
        const observer = supportsLayoutShift ? new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value))) : undefined;
        observer?.observe({ type: 'layout-shift' });
        const root = fixtureSync(html`<div>
          <div style="inline-size: ${width}px; ${cardWidth ? `--news-related-card-width: ${cardWidth}` : ''}">
            <news-related-articles src=${src} limit=${LIMIT} layout=${layout}></news-related-articles>
          </div>
          <p class="below">What follows the list on the page.</p>
        </div>`);
        const el = root.querySelector<NewsRelatedArticles>('news-related-articles')!;
        const below = root.querySelector('.below')!;
        await el.updateComplete;
        const skeleton = el.shadowRoot!.querySelector('[part="skeleton"]');
        expect(skeleton, 'the skeleton shows first').not.to.equal(null);
        const before = {
          box: el.getBoundingClientRect(),
          below: below.getBoundingClientRect().top,
          card: skeleton!.querySelector('.card-host')!.getBoundingClientRect(),
          scrollWidth: skeleton!.querySelector('ul')!.scrollWidth,
        };
        // Painted before the articles arrive, so that a shift would be seen.
        await nextFrame();
        expect(el.shadowRoot!.querySelector('[part="skeleton"]'), 'the skeleton is painted').to.equal(skeleton);

        await until(() => el.model !== undefined);
        await el.updateComplete;
        const cards = Array.from(el.shadowRoot!.querySelectorAll('news-article-card'));
        await Promise.all(cards.map((card) => card.updateComplete));
        await nextFrame();
        observer?.disconnect();

        const with_ = `${count} of ${LIMIT}`;
        if (cards.length !== count) problems.push(`${with_}: ${cards.length} cards`);
        const box = el.getBoundingClientRect();
        if (box.height !== before.box.height) problems.push(`${with_}: ${before.box.height.toFixed(1)}px tall as a skeleton, ${box.height.toFixed(1)}px with its cards`);
        const moved = below.getBoundingClientRect().top - before.below;
        if (moved !== 0) problems.push(`${with_}: what follows moved by ${moved.toFixed(1)}px`);
        for (const card of cards) {
          const { width: cardWidthNow, height } = card.getBoundingClientRect();
          // Within a 64th of a pixel, the unit in which engines lay out.
          if (Math.abs(cardWidthNow - before.card.width) > 1 / 64 || Math.abs(height - before.card.height) > 1 / 64) {
            problems.push(`${with_}: a card is ${cardWidthNow.toFixed(1)} × ${height.toFixed(1)}px, its placeholder was ${before.card.width.toFixed(1)} × ${before.card.height.toFixed(1)}px`);
          }
        }
        // A strip scrolls as far as its skeleton did (a scrollbar that takes space stays, or stays away).
        const list = el.shadowRoot!.querySelector<HTMLElement>('[part="list"]')!;
        if (list.scrollWidth !== before.scrollWidth) problems.push(`${with_}: the list scrolls ${list.scrollWidth}px wide, its skeleton ${before.scrollWidth}px`);
        const cls = shifts.reduce((sum, value) => sum + value, 0);
        if (cls !== 0) problems.push(`${with_}: layout shift ${cls.toFixed(4)}`);
        if (count === 1) await expect(el).to.be.accessible();
        // The next case starts at the top of the page again, in view (Chromium reports shifts in view only).
        root.remove();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});
