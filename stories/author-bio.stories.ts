import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import type { NewsAuthorBio } from '../src/index.js';
import { author, noAvatar } from './data.js';
import { allInside, elementIn, failed, inside, loaded, stillLoading, text, wordsOf } from './helpers.js';
import { API, DOWN_API, downUntilError, FLAKY_API, HELD_API } from './mocks.js';

// `<news-author-bio>` shows an author: avatar, name, role, bio and profile links.
// (The docs page itself shows the element's description from custom-elements.json.)
const meta = {
  title: 'Elements/news-author-bio',
  component: 'news-author-bio',
  args: { data: author('tomas-lindqvist') },
} satisfies Meta;
export default meta;
type Story = StoryObj;

const bioIn = (canvas: HTMLElement) => elementIn<NewsAuthorBio>(canvas, 'news-author-bio');

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const bio = await bioIn(canvasElement);
    await loaded(bio);
    expect(text(inside(bio, 'h3[part="name"]'))).toBe('Tomás Lindqvist');
    expect(inside(bio, 'img[part="avatar"]').getAttribute('alt')).toBe('');
    expect(allInside(bio, 'a[part="link"]')).toHaveLength(3);
  },
};

/** No avatar: the initials take its place. */
export const NoAvatar: Story = {
  args: { data: noAvatar },
  play: async ({ canvasElement }) => {
    const bio = await bioIn(canvasElement);
    await loaded(bio);
    expect(text(inside(bio, '[part="avatar"]'))).toBe('BC');
  },
};

/** Only a name: no avatar, role, bio or links. */
export const Minimal: Story = { args: { data: { id: 'au-x', slug: 'anonymous', name: 'Gazette staff' } } };

/** Loaded through the fetch path. */
export const FromEndpoint: Story = {
  args: { data: undefined, endpoint: API, author: 'leila-haddad' },
  play: async ({ canvasElement }) => loaded(await bioIn(canvasElement)),
};

/** The skeleton, held: the endpoint never answers. */
export const Loading: Story = {
  args: { data: undefined, endpoint: HELD_API, author: 'nadia-okafor' },
  play: async ({ canvasElement }) => stillLoading(await bioIn(canvasElement)),
};

/** The endpoint is down (HTTP 503). */
export const ErrorState: Story = {
  name: 'Error',
  args: { data: undefined, endpoint: DOWN_API, author: 'nadia-okafor' },
  play: async ({ canvasElement }) => {
    await failed(await bioIn(canvasElement), 'http');
  },
};

/** An author that does not exist: HTTP 404. */
export const NotFound: Story = {
  args: { data: undefined, endpoint: API, author: 'no-such-author' },
  play: async ({ canvasElement }) => {
    const bio = await bioIn(canvasElement);
    expect(text(await failed(bio, 'not-found'))).toContain((await wordsOf(bio)).t.errors['not-found']);
  },
};

/** The first load fails; Retry succeeds. */
export const RetryAfterError: Story = {
  args: { data: undefined, endpoint: FLAKY_API, author: 'claire-moreau' },
  beforeEach: downUntilError,
  play: async ({ canvasElement }) => {
    const bio = await bioIn(canvasElement);
    await userEvent.click((await failed(bio, 'http')).querySelector('button[part="retry"]')!);
    await loaded(bio);
  },
};

/** The dark theme. */
export const Dark: Story = { globals: { scheme: 'dark' } };

/** For a Hebrew reader: the block lays out right to left. */
export const RightToLeft: Story = { args: { data: author('leila-haddad') }, globals: { lang: 'he' } };
