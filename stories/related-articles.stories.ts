import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { NewsArticleCard, NewsClickEvent, NewsRelatedArticles } from '../src/index.js';
import { latestWithTag, related } from './data.js';
import { allInside, elementIn, failed, inside, loaded, stillLoading, text, wordsOf } from './helpers.js';
import { API, DOWN_API, downUntilError, FLAKY_API, HELD_API, SLOW_API } from './mocks.js';

// `<news-related-articles>` shows a strip (or a grid) of cards: the articles related to one
// article, or the latest with a tag. It asks for the whole list in one request.
// (The docs page itself shows the element's description from custom-elements.json.)
const meta = {
  title: 'Elements/news-related-articles',
  component: 'news-related-articles',
  args: { data: related('harbour-bridge-reopens') },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const stripIn = (canvas: HTMLElement) => elementIn<NewsRelatedArticles>(canvas, 'news-related-articles');

async function cardsOf(strip: NewsRelatedArticles): Promise<NewsArticleCard[]> {
  const cards = allInside<NewsArticleCard>(strip, 'news-article-card');
  await Promise.all(cards.map((card) => card.updateComplete));
  return cards;
}

export const Strip: Story = {
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await loaded(strip);
    expect(text(inside(strip, 'h2[part="heading"]'))).toBe((await wordsOf(strip)).t.related);
    expect(await cardsOf(strip)).toHaveLength(4);
  },
};

/** `layout="grid"`: the cards wrap into rows. */
export const Grid: Story = { args: { layout: 'grid', data: latestWithTag('city', 6), limit: 6 } };

/**
 * `layout="list"`, for sidebars and other columns under about 22em: compact rows (a thumbnail, the
 * title and the date), 6em each, and nothing scrolls sideways.
 */
export const List: Story = {
  args: { layout: 'list' },
  render: (args) =>
    html`<aside style="max-inline-size: 20rem" aria-label="Sidebar"><news-related-articles .data=${args.data} layout=${args.layout}></news-related-articles></aside>`,
  play: async ({ canvasElement }) => {
    const list = await stripIn(canvasElement);
    await loaded(list);
    const cards = await cardsOf(list);
    expect(cards).toHaveLength(4);
    const rows = inside(list, 'ul[part="list"]');
    expect(rows.scrollWidth).toBeLessThanOrEqual(rows.clientWidth);
    const em = parseFloat(getComputedStyle(list).fontSize);
    for (const card of cards) expect(card.parentElement!.getBoundingClientRect().height).toBe(6 * em);
  },
};

/** The list's skeleton, held (the endpoint never answers): rows of the same size as the list's. */
export const ListLoading: Story = {
  args: { data: undefined, endpoint: HELD_API, article: 'harbour-bridge-reopens', layout: 'list' },
  render: (args) =>
    html`<aside style="max-inline-size: 20rem" aria-label="Sidebar"
      ><news-related-articles endpoint=${args.endpoint} article=${args.article} layout=${args.layout}></news-related-articles
    ></aside>`,
  play: async ({ canvasElement }) => stillLoading(await stripIn(canvasElement)),
};

/**
 * Three articles for a `limit` of 4, 1.5 s late: the three cards keep the width the skeleton gave
 * them, and the fourth place stays empty, so nothing below the strip moves.
 */
export const FewerThanLimit: Story = {
  args: { data: undefined, endpoint: SLOW_API, tag: 'ocean', limit: 4 },
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await stillLoading(strip);
    const placeholder = inside(strip, '[part="skeleton"] .card-host').getBoundingClientRect().width;
    await loaded(strip);
    const cards = await cardsOf(strip);
    expect(cards).toHaveLength(3);
    for (const card of cards) expect(card.getBoundingClientRect().width).toBeCloseTo(placeholder, 1);
  },
};

/** A click on the third card: `news-click` reports its position in the strip. */
export const ClickPosition: Story = {
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await loaded(strip);
    const third = (await cardsOf(strip))[2];
    let clicked: NewsClickEvent | undefined;
    canvasElement.addEventListener('news-click', (event) => (clicked = event as NewsClickEvent), { once: true });
    await userEvent.click(inside(third, 'a[part="link"]'));
    expect(clicked?.detail.position).toBe(3);
    expect(clicked?.detail.slug).toBe((third.model as { slug: string }).slug);
    expect(clicked?.detail.element).toBe(third);
  },
};

/** The `heading` slot replaces the heading's text. */
export const CustomHeading: Story = {
  render: (args) =>
    html`<news-related-articles .data=${args.data}><span slot="heading">More from the harbour</span></news-related-articles>`,
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await loaded(strip);
    expect(inside(strip, 'slot[name="heading"]')).toBeTruthy();
  },
};

/** Related to an article, through the fetch path: one request for the whole strip. */
export const FromEndpoint: Story = {
  args: { data: undefined, endpoint: API, article: 'seagrass-meadows-return', limit: 3 },
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await loaded(strip);
    expect(await cardsOf(strip)).toHaveLength(3);
  },
};

/** The latest articles with a tag. */
export const ByTag: Story = {
  args: { data: undefined, endpoint: API, tag: 'ocean', limit: 4 },
  play: async ({ canvasElement }) => loaded(await stripIn(canvasElement)),
};

/** The endpoint answers 1.5 s late: the skeleton, then the cards. */
export const SlowEndpoint: Story = {
  args: { data: undefined, endpoint: SLOW_API, article: 'tide-gauge-century' },
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await stillLoading(strip);
    await loaded(strip);
  },
};

/** The skeleton, held: the endpoint never answers. */
export const Loading: Story = {
  args: { data: undefined, endpoint: HELD_API, article: 'harbour-bridge-reopens' },
  play: async ({ canvasElement }) => stillLoading(await stripIn(canvasElement)),
};

/** The endpoint is down (HTTP 503). */
export const ErrorState: Story = {
  name: 'Error',
  args: { data: undefined, endpoint: DOWN_API, article: 'harbour-bridge-reopens' },
  play: async ({ canvasElement }) => {
    await failed(await stripIn(canvasElement), 'http');
  },
};

/** The first load fails; Retry succeeds. */
export const RetryAfterError: Story = {
  args: { data: undefined, endpoint: FLAKY_API, tag: 'culture' },
  beforeEach: downUntilError,
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await userEvent.click((await failed(strip, 'http')).querySelector('button[part="retry"]')!);
    await loaded(strip);
  },
};

/** The `error` slot replaces the error's sentence with the host's own words; Retry stays. */
export const CustomErrorMessage: Story = {
  args: { data: undefined, endpoint: DOWN_API, article: 'harbour-bridge-reopens' },
  render: (args) =>
    html`<news-related-articles endpoint=${args.endpoint} article=${args.article}
      ><span slot="error">Related stories are taking a break.</span></news-related-articles
    >`,
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    const box = await failed(strip, 'http');
    expect(inside<HTMLSlotElement>(strip, 'slot[name="error"]').assignedElements().map(text)).toEqual(['Related stories are taking a break.']);
    expect(box.querySelector('button[part="retry"]')).not.toBeNull();
  },
};

/** Nothing to list: the empty state. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await strip.updateComplete;
    expect(text(inside(strip, '[part="empty"]'))).toBe((await wordsOf(strip)).t.empty.related);
  },
};

/**
 * Without `article`, `tag` or `.data` yet: the strip waits, as an `<img>` without `src` does. It
 * holds its skeleton's place, is not busy, and reports nothing until the page gives it one.
 */
export const Waiting: Story = {
  args: { data: undefined, endpoint: API },
  play: async ({ canvasElement }) => {
    const strip = await stripIn(canvasElement);
    await strip.updateComplete;
    expect(strip.hasAttribute('aria-busy')).toBe(false);
    expect(inside(strip, '[part="skeleton"]').getAttribute('aria-hidden')).toBe('true');
    expect(strip.shadowRoot?.querySelector('[part="error"]')).toBeNull();
  },
};

/** A value that cannot work (`limit="-1"`): a configuration error naming the attribute. */
export const Misconfigured: Story = {
  args: { data: undefined, endpoint: API, article: 'harbour-bridge-reopens', limit: -1 },
  play: async ({ canvasElement }) => {
    const error = await failed(await stripIn(canvasElement), 'config');
    expect(text(error)).toContain('limit');
  },
};

/** The dark theme, handed down to the cards. */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** For an Arabic reader: the strip runs right to left. */
export const RightToLeft: Story = { globals: { lang: 'ar' } };
