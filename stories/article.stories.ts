import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { NewsArticle } from '../src/index.js';
import {
  article,
  byLanguage,
  decorativeImage,
  hostileBody,
  invalidArticle,
  longTitle,
  minimal,
  noImage,
  richBody,
  rightToLeft,
} from './data.js';
import { allInside, elementIn, failed, inside, loaded, stillLoading, text, wordsOf } from './helpers.js';
import { API, DOWN_API, downUntilError, FLAKY_API, HELD_API, SLOW_API } from './mocks.js';

// `<news-article>` shows a whole article. Most stories hand it a model as `.data` (no request);
// the ones named "endpoint" go through the real fetch path against a mocked content API.
// (The docs page itself shows the element's description from custom-elements.json.)
const meta = {
  title: 'Elements/news-article',
  component: 'news-article',
  args: { data: article('harbour-bridge-reopens') },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const articleIn = (canvas: HTMLElement) => elementIn<NewsArticle>(canvas, 'news-article');

/** Waits for the sanitized body, which is prepared after the article renders. */
async function bodyOf(element: NewsArticle): Promise<HTMLElement> {
  await waitFor(() => expect(element.shadowRoot?.querySelector('[part="body"]')?.childElementCount).toBeGreaterThan(0));
  return inside<HTMLElement>(element, '[part="body"]');
}

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    await loaded(element);
    expect(text(inside(element, 'h1[part="title"]'))).toBe('Swing bridge over the Inner Harbour reopens after eight months of repairs');
    expect(inside(element, '[part="tags"]').localName).toBe('news-tag-list');
    expect(inside(element, '[part="author"]').localName).toBe('news-author-bio');
    expect(inside(element, '[part="related"]').localName).toBe('news-related-articles');
    await bodyOf(element);
  },
};

/** Loaded through the fetch path: article, then its related strip; `count-view` reports a view. */
export const FromEndpoint: Story = {
  args: { data: undefined, endpoint: API, slug: 'seagrass-meadows-return', countView: true },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    await loaded(element);
    expect(text(inside(element, '[part="title"]'))).toBe('Seagrass is returning to Merrow Bay, and divers have the numbers to prove it');
    const strip = inside<HTMLElement & { model?: unknown[] }>(element, '[part="related"]');
    await waitFor(() => expect(strip.model).toHaveLength(4), { timeout: 4000 });
  },
};

/** The skeleton, held: the endpoint never answers. It takes the space the article will take. */
export const Loading: Story = {
  args: { data: undefined, endpoint: HELD_API, slug: 'harbour-bridge-reopens' },
  play: async ({ canvasElement }) => stillLoading(await articleIn(canvasElement)),
};

/** The endpoint answers 1.5 s late: the skeleton, then the article, with nothing shifting. */
export const SlowEndpoint: Story = {
  args: { data: undefined, endpoint: SLOW_API, slug: 'tide-gauge-century' },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    await stillLoading(element);
    await loaded(element);
  },
};

/** The endpoint is down (HTTP 503): a short message and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { data: undefined, endpoint: DOWN_API, slug: 'harbour-bridge-reopens' },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    const box = await failed(element, 'http');
    const { t } = await wordsOf(element);
    expect(text(box)).toContain(t.errors.http);
    expect(box.querySelector('button[part="retry"]')).not.toBeNull();
  },
};

/** The first request fails; Retry goes back to the network (errors are never cached) and succeeds. */
export const RetryAfterError: Story = {
  args: { data: undefined, endpoint: FLAKY_API, slug: 'rowing-club-centenary' },
  beforeEach: downUntilError,
  play: async ({ canvasElement, step }) => {
    const element = await articleIn(canvasElement);
    const box = await failed(element, 'http');
    await step('Retry', async () => {
      const retry = box.querySelector<HTMLButtonElement>('button[part="retry"]')!;
      expect(text(retry)).toBe((await wordsOf(element)).t.retry);
      await userEvent.click(retry);
    });
    await loaded(element);
    expect(text(inside(element, '[part="title"]'))).toBe('Merrow Rowing Club turns 100 with a new boathouse and its biggest junior squad');
  },
};

/** A model that breaks the contract: the error names the field. */
export const InvalidContent: Story = {
  args: { data: invalidArticle },
  play: async ({ canvasElement }) => {
    const box = await failed(await articleIn(canvasElement), 'invalid-response');
    expect(text(box)).toContain('tags[0].slug');
  },
};

/** Only what the contract requires: id, slug, title, date, no tags. */
export const Minimal: Story = { args: { data: minimal } };


/** A very long title and summary, with a 49-letter word that cannot break. */
export const LongTitle: Story = { args: { data: longTitle } };

/** No hero image. */
export const NoImage: Story = {
  args: { data: noImage },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    await loaded(element);
    expect(allInside(element, '[part="figure"]')).toHaveLength(0);
  },
};

/** An image without alt text is decorative: `alt=""`. */
export const DecorativeImage: Story = {
  args: { data: decorativeImage },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    await loaded(element);
    expect(inside(element, 'img[part="image"]').getAttribute('alt')).toBe('');
  },
};

/** A body with headings, lists, a quotation, a table, code, a figure, a definition list and details. */
export const RichBody: Story = {
  args: { data: richBody },
  play: async ({ canvasElement }) => {
    const body = await bodyOf(await articleIn(canvasElement));
    for (const selector of ['h2', 'h3', 'ul ul', 'ol[start="3"]', 'blockquote', 'table caption', 'th[scope="row"]', 'pre code', 'figure img', 'figcaption', 'dl', 'details']) {
      expect(body.querySelector(selector), selector).not.toBeNull();
    }
  },
};

/** Hostile HTML in the body: scripts, handlers, styles, frames, forms and javascript: links never reach the page. */
export const UntrustedBody: Story = {
  args: { data: hostileBody },
  play: async ({ canvasElement }) => {
    const body = await bodyOf(await articleIn(canvasElement));
    expect(body.querySelector('script, style, iframe, form, input, [onclick], [style]')).toBeNull();
    expect(body.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(text(body)).toContain('After everything that was removed.');
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  },
};

/** An Arabic article read by an Arabic reader: the whole layout runs right to left. */
export const RightToLeft: Story = {
  args: { data: rightToLeft },
  globals: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    await loaded(element);
    expect(inside(element, '[part="title"]').getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(inside(element, '[part="meta"]')).direction).toBe('rtl');
  },
};

/** An Arabic article on an English page: its text runs right to left, the interface stays left to right. */
export const RightToLeftOnEnglishPage: Story = { args: { data: rightToLeft } };

/** A French article for a French reader: dates and numbers in French. */
export const French: Story = { args: { data: byLanguage.fr }, globals: { lang: 'fr' } };

/** A German article for a German reader. */
export const German: Story = { args: { data: byLanguage.de }, globals: { lang: 'de' } };

/** A Spanish article for a Spanish reader. */
export const Spanish: Story = { args: { data: byLanguage.es }, globals: { lang: 'es' } };

/** The dark theme (`theme="dark"`), handed down to the tags, author bio and related cards. */
export const Dark: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement }) => {
    const element = await articleIn(canvasElement);
    await loaded(element);
    expect(element.getAttribute('theme')).toBe('dark');
    expect(inside(element, '[part="author"]').getAttribute('theme')).toBe('dark');
  },
};

/** Links open in a new tab and carry the partner's parameters. */
export const PartnerLinks: Story = {
  args: { linkTarget: '_blank', linkParams: 'utm_source=partner&utm_medium=article' },
};
