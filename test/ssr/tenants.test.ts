// One server-rendering process for several sites, each with its own options (endpoint, provider,
// theme, the iframe hosts of article bodies), given with each call rather than by configure(), and
// rendering at the same time: each site gets its own content, and nothing of another's options.
// No DOM shim is installed in the globals here (render.test.ts runs under one a server installed):
// news-widgets/ssr needs none.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NewsError, loadArticle, renderElement, type Article, type NewsOptions } from '../../src/ssr.js';
import { startTestServer } from '../server.mjs';
import { all, attribute, one, parse, part, shadowOf, tag, words } from './html.js';

const article: Article = JSON.parse(readFileSync(new URL('../fixtures/article.json', import.meta.url), 'utf8'));
const EMBED = 'https://www.youtube-nocookie.com/embed/clip';

/** The rendered article element. */
const articleIn = (html: string) => one(parse(html), tag('news-article'), 'news-article');

describe('two sites on one server', () => {
  let origin: string;
  let server: { close(): void };

  beforeAll(async () => {
    ({ origin, server } = await startTestServer());
  });
  afterAll(() => server.close());

  it('load and render at the same time, each from its own endpoint and provider, in its own theme', async () => {
    const sites: { slug: string; config: NewsOptions; title: RegExp }[] = [
      { slug: 'harbour-bridge-reopens', config: { endpoint: `${origin}/delay/20/api/`, theme: 'dark' }, title: /Swing bridge/ },
      { slug: 'harbour-ferry-goes-electric', config: { endpoint: `${origin}/delay/5/`, provider: 'wordpress', theme: 'light' }, title: /ferry goes electric/ },
    ];
    // Each site twice, interleaved: the slower site's answer arrives after the faster one has rendered.
    const pages = await Promise.all(
      [...sites, ...sites].map(async ({ slug, config }) => {
        const loaded = await loadArticle({}, slug, { related: false, config });
        return renderElement('news-article', { data: loaded, config });
      }),
    );
    pages.forEach((html, index) => {
      const { title, config } = sites[index % 2];
      const element = articleIn(html);
      expect(words(one(shadowOf(element), part('title')))).toMatch(title);
      expect(attribute(element, 'theme')).toBe(config.theme);
    });
  });

  it('render the same model for each site with that site\'s options', async () => {
    const model = { ...article, related: undefined, bodyHtml: `<p>A clip:</p><iframe src="${EMBED}" title="Clip"></iframe>` };
    const embeds: NewsOptions = { endpoint: `${origin}/api/`, iframeHosts: ['www.youtube-nocookie.com'] };
    const plain: NewsOptions = { theme: 'dark' };
    const pages = await Promise.all([embeds, plain, embeds, plain].map((config) => renderElement('news-article', { data: model, base: 'https://site.test/articles/page.html', config })));
    pages.forEach((html, index) => {
      const element = articleIn(html);
      const shadow = shadowOf(element);
      const body = one(shadow, part('body'));
      const frames = all(body, tag('iframe')).map((frame) => attribute(frame, 'src'));
      if (index % 2 === 0) {
        // Its iframe host is allowed, and its endpoint gives the article a related strip to load in the browser.
        expect(frames).toEqual([EMBED]);
        expect(all(shadow, tag('news-related-articles'))).toHaveLength(1);
        expect(attribute(element, 'theme')).toBeUndefined();
      } else {
        expect(frames).toEqual([]);
        expect(all(shadow, tag('news-related-articles'))).toEqual([]);
        expect(attribute(element, 'theme')).toBe('dark');
      }
    });
  });

  it('check the options of a call as configure() checks them, naming the option', async () => {
    let error: unknown;
    try {
      await renderElement('news-tag-list', { data: [], config: { iframeHosts: ['https://video.example/'] } });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NewsError);
    expect([(error as NewsError).code, (error as NewsError).field]).toEqual(['config', 'iframeHosts']);
    expect((error as NewsError).message).toMatch(/^\{ config: \{ iframeHosts \} \} must be/);
  });
});
