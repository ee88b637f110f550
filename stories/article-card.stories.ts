import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import type { NewsArticleCard, NewsClickEvent } from '../src/index.js';
import { article, byLanguage, decorativeImage, invalidArticle, longTitle, noImage, summary } from './data.js';
import { directionOf, LANGUAGES } from './decorators.js';
import { elementIn, failed, inside, loaded, stillLoading, text, wordsOf } from './helpers.js';
import { API, DOWN_API, downUntilError, FLAKY_API, HELD_API } from './mocks.js';

// `<news-article-card>` shows one article as a card, from an `ArticleSummary` (or a whole
// `Article`). The card is one link: its title's link covers it.
// (The docs page itself shows the element's description from custom-elements.json.)
const meta = {
  title: 'Elements/news-article-card',
  component: 'news-article-card',
  args: { data: summary('seagrass-meadows-return') },
  // Cards live in columns: 22rem unless a story says otherwise (`parameters.cardWidth`).
  decorators: [(story, { parameters }) => html`<div style="max-inline-size: ${parameters.cardWidth ?? '22rem'}">${story()}</div>`],
} satisfies Meta;
export default meta;
type Story = StoryObj;

const cardIn = (canvas: HTMLElement) => elementIn<NewsArticleCard>(canvas, 'news-article-card');

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await loaded(card);
    expect(text(inside(card, 'h3[part="title"]'))).toBe('Seagrass is returning to Merrow Bay, and divers have the numbers to prove it');
    expect(inside(card, 'img[part="image"]').getAttribute('alt')).toMatch(/^Ribbons of green seagrass/);
  },
};

/**
 * A click on the card fires a cancelable `news-click` (slug, url, position, element). Here the
 * host cancels it, as a single-page app that routes the click itself would, so the story stays put.
 */
export const Click: Story = {
  args: { linkParams: 'utm_source=storybook' },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await loaded(card);
    const link = inside<HTMLAnchorElement>(card, 'a[part="link"]');
    expect(link.getAttribute('href')).toBe('https://gazette.example/articles/seagrass-meadows-return.html?utm_source=storybook');
    let clicked: NewsClickEvent | undefined;
    canvasElement.addEventListener('news-click', (event) => (clicked = event as NewsClickEvent), { once: true });
    await userEvent.click(link);
    expect(clicked?.detail).toEqual({
      slug: 'seagrass-meadows-return',
      url: 'https://gazette.example/articles/seagrass-meadows-return.html?utm_source=storybook',
      position: 1,
      element: card,
    });
    expect(clicked?.cancelable && clicked.composed && clicked.bubbles).toBe(true);
    expect(clicked?.defaultPrevented).toBe(true);
  },
};

/** `link-target="_blank"` opens the article in a new tab, with `rel="noopener noreferrer"`. */
export const NewTab: Story = {
  args: { linkTarget: '_blank' },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await loaded(card);
    const link = inside<HTMLAnchorElement>(card, 'a[part="link"]');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  },
};

/** Loaded through the fetch path from the mocked endpoint. */
export const FromEndpoint: Story = {
  args: { data: undefined, endpoint: API, slug: 'lighthouse-festival-lineup' },
  play: async ({ canvasElement }) => loaded(await cardIn(canvasElement)),
};

/** The skeleton, held: the endpoint never answers. */
export const Loading: Story = {
  args: { data: undefined, endpoint: HELD_API, slug: 'seagrass-meadows-return' },
  play: async ({ canvasElement }) => stillLoading(await cardIn(canvasElement)),
};

/** The endpoint is down (HTTP 503). */
export const ErrorState: Story = {
  name: 'Error',
  args: { data: undefined, endpoint: DOWN_API, slug: 'seagrass-meadows-return' },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    expect(text(await failed(card, 'http'))).toContain((await wordsOf(card)).t.retry);
  },
};

/** The first load fails; Retry succeeds. */
export const RetryAfterError: Story = {
  args: { data: undefined, endpoint: FLAKY_API, slug: 'tide-gauge-century' },
  beforeEach: downUntilError,
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    const box = await failed(card, 'http');
    await userEvent.click(box.querySelector('button[part="retry"]')!);
    await loaded(card);
    expect(text(inside(card, '[part="title"]'))).toBe('A hundred years of tide readings show how fast the sea is rising at Port Merrow');
  },
};

/** An `Article` breaking the contract, given as `.data`. */
export const InvalidContent: Story = {
  args: { data: invalidArticle },
  play: async ({ canvasElement }) => {
    await failed(await cardIn(canvasElement), 'invalid-response');
  },
};

/** A very long title and summary: the summary is cut after three lines. */
export const LongTitle: Story = { args: { data: longTitle } };

/** No image: the image box stays, so cards in a row keep their titles aligned. */
export const NoImage: Story = { args: { data: noImage } };

/** A decorative image (`alt=""`). */
export const DecorativeImage: Story = {
  args: { data: decorativeImage },
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await loaded(card);
    expect(inside(card, 'img[part="image"]').getAttribute('alt')).toBe('');
  },
};

/** In a container 36rem wide or more, the card lays out side by side (a container query). */
export const Wide: Story = {
  parameters: { cardWidth: '44rem' },
  args: { data: article('storm-season-preparedness'), headingLevel: 2 },
};

/** The dark theme. */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** The same card for a reader in each supported language: dates and reading time follow `lang`. */
export const Languages: Story = {
  parameters: { cardWidth: 'none' },
  render: () =>
    html`<div class="story-grid">
      ${Object.entries(LANGUAGES).map(
        ([lang, name]) =>
          html`<section lang=${lang} dir=${directionOf(lang)} aria-label=${name}>
            <p class="story-note">${lang} · ${name}</p>
            <news-article-card .data=${byLanguage[lang] ?? article('harbour-bridge-reopens')}></news-article-card>
          </section>`,
      )}
    </div>`,
  play: async ({ canvasElement }) => {
    const french = canvasElement.querySelector<NewsArticleCard>('[lang="fr"] news-article-card')!;
    await loaded(french);
    expect(text(inside(french, 'time'))).toBe('18 février 2026');
  },
};

/**
 * Beside text in a flex row, the most common way to place a card: it takes its own width (20em,
 * never more than the row), and the text takes the rest. The same holds in an inline-block, a float,
 * a grid `auto` track, an absolutely positioned box and a table cell.
 */
export const InAFlexRow: Story = {
  parameters: { cardWidth: '44rem' },
  render: (args) =>
    html`<div style="display: flex; gap: 1.5rem; align-items: start">
      <p style="margin: 0">
        The swing bridge reopened this week after eight months of repairs. Walkers have their loop back, and the quay is busy again with
        anglers, runners and the kiosk's first customers of the season.
      </p>
      <news-article-card .data=${args.data}></news-article-card>
    </div>`,
  play: async ({ canvasElement }) => {
    const card = await cardIn(canvasElement);
    await loaded(card);
    const fontSize = parseFloat(getComputedStyle(card).fontSize);
    expect(card.getBoundingClientRect().width).toBe(20 * fontSize);
    expect(inside(card, 'h3[part="title"]').getBoundingClientRect().width).toBeGreaterThan(0);
  },
};
