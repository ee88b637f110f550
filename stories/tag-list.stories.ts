import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { NewsTagList } from '../src/index.js';
import { article, manyTags } from './data.js';
import { allInside, elementIn, failed, inside, loaded, stillLoading, text, wordsOf } from './helpers.js';
import { API, BROKEN_API, DOWN_API, downUntilError, FLAKY_API, HELD_API } from './mocks.js';

// `<news-tag-list>` shows tags as links, with a "+N more" toggle past `max`.
// (The docs page itself shows the element's description from custom-elements.json.)
const meta = {
  title: 'Elements/news-tag-list',
  component: 'news-tag-list',
  args: { data: article('seagrass-meadows-return').tags },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const listIn = (canvas: HTMLElement) => elementIn<NewsTagList>(canvas, 'news-tag-list');
const names = (list: NewsTagList) => allInside(list, '[part="tag"]').map(text);

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await loaded(list);
    expect(names(list)).toEqual(['Climate', 'Ocean', 'Science', 'The Harbour']);
    expect(inside(list, 'ul[part="list"]').getAttribute('aria-label')).toBe((await wordsOf(list)).t.tags);
  },
};

/** Thirty tags and `max="5"`: "+25 more" shows the rest (`aria-expanded`), "Show fewer" hides them. */
export const Overflow: Story = {
  args: { data: manyTags, max: 5 },
  play: async ({ canvasElement, step }) => {
    const list = await listIn(canvasElement);
    await loaded(list);
    const more = inside<HTMLButtonElement>(list, 'button[part="more"]');
    const { t, count } = await wordsOf(list);
    expect(names(list)).toHaveLength(5);
    expect(text(more)).toBe(count(t.moreTags, manyTags.length - 5));
    expect(more.getAttribute('aria-expanded')).toBe('false');
    await step('Show all', async () => {
      await userEvent.click(more);
      await list.updateComplete;
      expect(names(list)).toHaveLength(manyTags.length);
      expect(more.getAttribute('aria-expanded')).toBe('true');
      expect(text(more)).toBe(t.fewerTags);
    });
    await step('Show fewer', async () => {
      await userEvent.click(more);
      await list.updateComplete;
      expect(names(list)).toHaveLength(5);
      expect(more.getAttribute('aria-expanded')).toBe('false');
    });
  },
};

/** Tags without a URL are shown as text, not links. */
export const TextOnly: Story = {
  args: { data: [{ slug: 'weather', name: 'Weather' }, { slug: 'tides', name: 'Tides' }, { slug: 'coast', name: 'Coast' }] },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await loaded(list);
    expect(allInside(list, 'a')).toHaveLength(0);
    expect(allInside(list, 'span[part="tag"]')).toHaveLength(3);
  },
};

/** No tags: the empty state. */
export const Empty: Story = {
  args: { data: [] },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await list.updateComplete;
    expect(text(inside(list, '[part="empty"]'))).toBe((await wordsOf(list)).t.empty.tags);
  },
};

/** An article's tags, through the fetch path. */
export const ArticleTagsFromEndpoint: Story = {
  args: { data: undefined, endpoint: API, article: 'storm-season-preparedness' },
  play: async ({ canvasElement }) => loaded(await listIn(canvasElement)),
};

/** Without `article`: the endpoint's tag list, most used first, cut at `max`. */
export const EndpointTagList: Story = {
  args: { data: undefined, endpoint: API, max: 6 },
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await loaded(list);
    expect(names(list)).toHaveLength(6);
    const { t, count } = await wordsOf(list);
    expect(text(inside(list, 'button[part="more"]'))).toBe(count(t.moreTags, 6));
  },
};

/** The skeleton, held: the endpoint never answers. */
export const Loading: Story = {
  args: { data: undefined, endpoint: HELD_API, article: 'seagrass-meadows-return' },
  play: async ({ canvasElement }) => stillLoading(await listIn(canvasElement)),
};

/** The endpoint is down (HTTP 503). */
export const ErrorState: Story = {
  name: 'Error',
  args: { data: undefined, endpoint: DOWN_API },
  play: async ({ canvasElement }) => {
    await failed(await listIn(canvasElement), 'http');
  },
};

/** The first load fails; Retry succeeds. */
export const RetryAfterError: Story = {
  args: { data: undefined, endpoint: FLAKY_API, article: 'library-repair-cafe' },
  beforeEach: downUntilError,
  play: async ({ canvasElement }) => {
    const list = await listIn(canvasElement);
    await userEvent.click((await failed(list, 'http')).querySelector('button[part="retry"]')!);
    await loaded(list);
  },
};

/** The endpoint answers a web page where JSON belongs (a wrong endpoint URL, typically). */
export const NotJson: Story = {
  args: { data: undefined, endpoint: BROKEN_API },
  play: async ({ canvasElement }) => {
    await failed(await listIn(canvasElement));
  },
};

/** The dark theme, with the overflow toggle. */
export const Dark: Story = { args: { data: manyTags, max: 8 }, globals: { scheme: 'dark' } };
