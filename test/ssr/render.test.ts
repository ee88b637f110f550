// news-widgets/ssr in Node, under @lit-labs/ssr's global DOM shim as a server installs it (first,
// before anything imports Lit): each element rendered from its model to HTML with declarative
// shadow DOM, its hydration data, its escaping and its errors; and the loaders against the test
// endpoint (test/server.mjs).
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NewsError,
  clearCache,
  configure,
  loadArticle,
  loadArticles,
  loadAuthor,
  loadRelated,
  loadTags,
  renderElement,
  styleHashes,
  type Article,
  type ArticleSummary,
  type TagName,
} from '../../src/ssr.js';
import { startTestServer } from '../server.mjs';
import { all, attribute, one, parse, part, shadowOf, tag, words, type Node } from './html.js';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));
const article = fixture<Article>('article.json');
/** The page the fixtures are rendered into: their relative URLs (`media/fixture.svg`) resolve against it. */
const base = 'https://site.test/articles/page.html';
const hostile = fixture<Article>('article-hostile-body.json');
const author = fixture<{ author: unknown }>('article.json').author as Article['author'];
const summaries: ArticleSummary[] = [
  { id: 's1', slug: 'first', url: 'https://site.test/first.html', title: 'The first story', publishedAt: '2026-03-01T09:00:00Z' },
  { id: 's2', slug: 'second', url: 'https://site.test/second.html', title: 'The second story', publishedAt: '2026-03-02T09:00:00Z', summary: 'Two.' },
];
const tags = [
  { slug: 'city', name: 'City', url: 'https://site.test/tags/city' },
  { slug: 'ocean', name: 'Ocean' },
];

/** The rendered element: the one top-level element of the output. */
async function rendered(tagName: TagName, options: Parameters<typeof renderElement>[1]): Promise<{ html: string; element: Node; shadow: Node }> {
  const html = await renderElement(tagName, { base, ...options });
  const element = one(parse(html), tag(tagName), tagName);
  return { html, element, shadow: shadowOf(element) };
}

/** The model the element will hydrate from: its JSON script child. */
function hydrationData(element: Node): unknown {
  const script = one(element, (child) => child.tagName === 'script' && attribute(child, 'data-news-model') !== undefined, 'model script');
  expect(attribute(script, 'type')).toBe('application/json');
  return JSON.parse((script.childNodes ?? []).map((child) => child.value ?? '').join(''));
}

async function rejection(promise: Promise<unknown>): Promise<NewsError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(NewsError);
    return error as NewsError;
  }
  throw new Error('expected a rejection');
}

describe('renderElement', () => {
  it('renders <news-article> with a declarative shadow root, and the elements it is made of with their own', async () => {
    const { html, element, shadow } = await rendered('news-article', { data: article });
    expect(html).not.toMatch(/^\s*<news-article[^>]*defer-hydration/);
    expect(attribute(element, 'lang'), 'written with the language it was rendered in').toBe('en');
    expect(attribute(element, 'aria-busy')).toBeUndefined();
    expect(words(one(shadow, part('title')))).toBe(article.title);
    expect(words(one(shadow, part('summary')))).toBe(article.summary);
    expect(words(one(shadow, part('body')))).toBe('This article lives in one JSON document on a static server.');
    expect(words(one(shadow, part('byline')))).toBe('By Fay Fixture');
    expect(all(shadow, part('skeleton'))).toEqual([]);

    // Nested elements: their own shadow roots, deferred until the article hydrates them.
    const tagList = one(shadow, tag('news-tag-list'));
    expect(attribute(tagList, 'defer-hydration')).toBe('');
    expect(all(shadowOf(tagList), part('item')).map(words)).toEqual(['City', 'Ocean']);
    const bio = one(shadow, tag('news-author-bio'));
    expect(words(one(shadowOf(bio), part('name')))).toBe('Fay Fixture');
    const related = one(shadow, tag('news-related-articles'));
    const cards = all(shadowOf(related), tag('news-article-card'));
    expect(cards.map((card) => words(one(shadowOf(card), part('title'))))).toEqual(['A related fixture']);
    expect(attribute(one(shadowOf(cards[0]), part('link')), 'href')).toBe('https://site.test/articles/fixture-related.html');
  });

  it('writes the article\'s JSON-LD right after it with structured-data, escaped, and none without', async () => {
    const title = '</script><b>Bold</b> & more';
    const { html } = await rendered('news-article', { data: { ...article, title }, attributes: { 'structured-data': true } });
    const jsonLd = /<\/news-article>(?:<!--[^>]*-->)*<script type="application\/ld\+json" data-news-structured-data>([^<]*)<\/script>$/.exec(html);
    expect(jsonLd, 'one JSON-LD script, last, right after the element').not.toBeNull();
    expect(jsonLd![1]).not.toMatch(/[<>&]/);
    expect(JSON.parse(jsonLd![1])).toMatchObject({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, inLanguage: 'en' });
    expect(JSON.stringify(JSON.parse(jsonLd![1]))).not.toContain('This article lives');
    expect((await rendered('news-article', { data: article })).html).not.toContain('application/ld+json');
  });

  it('renders each element that stands alone', async () => {
    const card = await rendered('news-article-card', { data: summaries[1], attributes: { 'link-target': '_blank', position: 2 } });
    // The title, then what says it opens elsewhere (`link-target`).
    expect(words(one(card.shadow, part('title')))).toBe('The second story↗ (opens in a new tab)');
    expect(attribute(one(card.shadow, part('link')), 'target')).toBe('_blank');
    expect(attribute(one(card.shadow, part('link')), 'rel')).toBe('noopener noreferrer');
    expect(words(one(card.shadow, part('summary')))).toBe('Two.');

    const bio = await rendered('news-author-bio', { data: author, attributes: { 'heading-level': 2 } });
    expect(one(bio.shadow, part('name')).tagName).toBe('h2');
    expect(words(one(bio.shadow, part('role')))).toBe('Test Writer');

    const list = await rendered('news-tag-list', { data: tags, attributes: { max: 1 } });
    expect(all(list.shadow, part('tag')).map(words)).toEqual(['City']);
    expect(words(one(list.shadow, part('more')))).toBe('+1 more');

    const strip = await rendered('news-related-articles', { data: summaries, attributes: { layout: 'grid', theme: 'dark' } });
    expect(attribute(strip.element, 'layout')).toBe('grid');
    expect(attribute(strip.element, 'theme')).toBe('dark');
    expect(all(strip.shadow, tag('news-article-card')).map((card) => attribute(card, 'theme'))).toEqual(['dark', 'dark']);
    expect(words(one(strip.shadow, part('heading')))).toBe('Related articles');
  });

  it('embeds the validated model for the browser to hydrate from, escaped so that nothing in it can end its script', async () => {
    const title = '</script><script>alert(1)</script><!-- <script>';
    const name = '<img src=x onerror=alert(1)> & Co.';
    const data = { ...article, title, author: { ...author, name }, unknownField: 'dropped', related: undefined };
    const { html, element, shadow } = await rendered('news-article', { data });
    // One script in the page's HTML: the model's, which no text closed early.
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!-- <script>');
    const model = hydrationData(element) as Record<string, unknown>;
    expect(model.title).toBe(title);
    expect((model.author as { name: string }).name).toBe(name);
    expect(model).not.toHaveProperty('unknownField');
    // Text is text: the title and the name are shown as written, never as markup.
    expect(words(one(shadow, part('title')))).toBe(title);
    expect(all(shadow, (node) => node.tagName === 'img' && attribute(node, 'part') !== 'image')).toEqual([]);
    expect(words(one(shadowOf(one(shadow, tag('news-author-bio'))), part('name')))).toBe(name);
  });

  it('sanitizes the body by the browser\'s policy, and embeds the sanitized body only', async () => {
    // Without the article's url: relative URLs in the body resolve against the page (`base`).
    const { html, element, shadow } = await rendered('news-article', { data: hostile });
    const body = one(shadow, part('body'));
    const dangerous = all(body, (node) => /^(script|iframe|style|form|input|button|svg|math|object|embed|noscript|base|meta|template)$/.test(node.tagName!));
    expect(dangerous).toEqual([]);
    for (const node of all(body, () => true)) {
      expect((node.attrs ?? []).map(({ name }) => name).filter((name) => name.startsWith('on') || name === 'style' || name === 'srcdoc')).toEqual([]);
    }
    expect(words(one(body, tag('h2')))).toBe('Safe heading');
    expect(all(body, (node) => node.tagName === 'a' && attribute(node, 'href') === 'https://example.org/safe')).toHaveLength(1);
    expect(all(body, (node) => node.tagName === 'img' && attribute(node, 'alt') === 'A safe image').map((image) => attribute(image, 'src'))).toEqual([
      'https://site.test/test/fixtures/pixel.svg',
    ]);
    const model = hydrationData(element) as Article;
    expect(model.bodyHtml).toContain('<h2>Safe heading</h2>');
    expect(model.bodyHtml).not.toMatch(/<script|<iframe|<style|\son\w+=|="\s*javascript:/i);
    expect(html).not.toMatch(/onerror=|<style>[^<]*position\s*:\s*fixed/i);
  });

  it('speaks the language of its lang attribute, else the article\'s, down to the elements inside', async () => {
    const french = await rendered('news-article', { data: article, attributes: { lang: 'fr' } });
    expect(attribute(french.element, 'lang')).toBe('fr');
    expect(words(one(french.shadow, part('byline')))).toBe('Par Fay Fixture');
    const list = shadowOf(one(french.shadow, tag('news-tag-list')));
    expect(attribute(one(list, part('list')), 'aria-label')).toBe('Mots-clés');
    expect(words(one(shadowOf(one(french.shadow, tag('news-related-articles'))), part('heading')))).toBe('À lire aussi');

    const german = await rendered('news-article', { data: { ...article, language: 'de' } });
    expect(attribute(german.element, 'lang')).toBe('de');
    expect(words(one(shadowOf(one(german.shadow, tag('news-author-bio'))), part('eyebrow')))).toBe('Zur Person');

    const arabic = await rendered('news-tag-list', { data: tags, attributes: { lang: 'ar' } });
    expect(attribute(one(arabic.shadow, (node) => attribute(node, 'class') === 'frame'), 'dir')).toBe('rtl');
  });

  it('names the hash of every style element it writes, for a Content-Security-Policy without unsafe-inline', async () => {
    const hashes = styleHashes();
    expect(new Set(hashes).size).toBe(5);
    const { html } = await rendered('news-article', { data: article });
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`);
    // The article, its tag list, author bio, related strip and its card: every one a known hash.
    expect(styles).toHaveLength(5);
    expect(new Set(styles)).toEqual(new Set(hashes));
  });

  it('renders concurrent requests each in its own language', async () => {
    const outputs = await Promise.all(
      ['en', 'fr', 'de', 'en', 'es', 'fr'].map(async (lang) => {
        const { shadow } = await rendered('news-related-articles', { data: summaries, attributes: { lang } });
        return words(one(shadow, part('heading')));
      }),
    );
    expect(outputs).toEqual(['Related articles', 'À lire aussi', 'Verwandte Artikel', 'Related articles', 'Artículos relacionados', 'À lire aussi']);
  });

  it('writes attributes as given: booleans as empty attributes, false and null left out', async () => {
    const { element, shadow } = await rendered('news-article', {
      data: article,
      attributes: { 'heading-level': 2, 'count-view': true, theme: false, 'link-params': null, slug: 'fixture-article' },
    });
    expect(attribute(element, 'count-view')).toBe('');
    expect(attribute(element, 'slug')).toBe('fixture-article');
    expect(attribute(element, 'theme')).toBeUndefined();
    expect(attribute(element, 'link-params')).toBeUndefined();
    expect(one(shadow, part('title')).tagName).toBe('h2');
  });

  it('writes the page-wide theme (configure({ theme })) on an element without its own, and the parts of the elements inside as exported', async () => {
    try {
      configure({ theme: 'dark' });
      const { element, shadow } = await rendered('news-article', { data: article });
      expect(attribute(element, 'theme')).toBe('dark');
      expect(attribute(one(shadow, tag('news-author-bio')), 'theme')).toBe('dark');
      expect(attribute((await rendered('news-tag-list', { data: tags, attributes: { theme: 'light' } })).element, 'theme')).toBe('light');
      expect(attribute(one(shadow, tag('news-tag-list')), 'exportparts')).toContain('tag:tags-tag');
      expect(attribute(one(shadow, tag('news-related-articles')), 'exportparts')).toContain('card-title:related-card-title');
      configure({ theme: 'auto' });
      expect(attribute((await rendered('news-tag-list', { data: tags })).element, 'theme')).toBeUndefined();
    } finally {
      configure({ theme: 'auto' });
    }
  });

  it('resolves relative URLs of the model against the page given as base', async () => {
    const data = { ...summaries[0], url: '/first.html', image: { src: 'media/a.svg', alt: 'A' } };
    const { shadow } = await rendered('news-article-card', { data, base: 'https://site.test/section/page.html' });
    expect(attribute(one(shadow, part('link')), 'href')).toBe('https://site.test/first.html');
    expect(attribute(one(shadow, part('image')), 'src')).toBe('https://site.test/section/media/a.svg');
    const error = await rejection(renderElement('news-article-card', { data }));
    expect(error.field).toBe('url');
    expect(error.message).toMatch(/base option/);
  });

  it('refuses a model that breaks the contract with an error naming the field, and writes no HTML', async () => {
    const cases: [TagName, unknown, string][] = [
      ['news-article', { ...article, title: '' }, 'title'],
      ['news-article', { ...article, tags: [{ name: 'No slug' }] }, 'tags[0].slug'],
      ['news-article', { ...article, related: [summaries[0], { ...summaries[1], publishedAt: 'yesterday' }] }, 'related[1].publishedAt'],
      ['news-article', { ...article, image: { src: 'javascript:alert(1)', alt: '' } }, 'image.src'],
      ['news-author-bio', { ...author, links: [{ label: 'x', url: 'data:text/html,x' }] }, 'links[0].url'],
      ['news-tag-list', { items: tags }, 'data'],
      ['news-related-articles', [summaries[0], { id: 'x' }], 'data[1].slug'],
      ['news-article-card', 'a string', 'data'],
    ];
    for (const [tagName, data, field] of cases) {
      const error = await rejection(renderElement(tagName, { data, base }));
      expect(error.code, tagName).toBe('invalid-response');
      expect(error.field, `${tagName}: ${error.message}`).toBe(field);
      expect(error.message).toContain(`Invalid data for <${tagName}>: ${field}`);
    }
  });

  it('refuses what it cannot render, naming it', async () => {
    expect((await rejection(renderElement('news-widget' as TagName, { data: article }))).field).toBe('tagName');
    expect((await rejection(renderElement('news-article', { data: undefined }))).field).toBe('data');
    expect((await rejection(renderElement('news-article', { data: article, attributes: { onclick: 'alert(1)' } }))).field).toBe('onclick');
    expect((await rejection(renderElement('news-article', { data: article, attributes: { 'a b': 'x' } }))).field).toBe('a b');
    const object = { theme: {} } as unknown as Record<string, string>;
    expect((await rejection(renderElement('news-article', { data: article, attributes: object }))).field).toBe('theme');
  });

  it('renders the related strip of an article without related articles as a placeholder the browser fills', async () => {
    const withoutEndpoint = await rendered('news-article', { data: { ...article, related: undefined } });
    expect(all(withoutEndpoint.shadow, tag('news-related-articles'))).toEqual([]);
    const withEndpoint = await rendered('news-article', { data: { ...article, related: undefined }, attributes: { endpoint: 'https://api.test/' } });
    const strip = one(withEndpoint.shadow, tag('news-related-articles'));
    expect(all(shadowOf(strip), part('skeleton'))).toHaveLength(1);
  });
});

describe('the loaders', () => {
  let origin: string;
  let server: { close(): void };
  const requests = async (path: string): Promise<number> => (await (await fetch(`${origin}/__test/requests?path=${encodeURIComponent(path)}`)).json()).count;

  beforeAll(async () => {
    ({ origin, server } = await startTestServer());
  });
  afterAll(() => server.close());

  it('load the article with its related articles through the data layer, ready to render without another request', async () => {
    const endpoint = `${origin}/delay/0/api/`;
    const loaded = await loadArticle({ endpoint }, 'harbour-bridge-reopens', { related: 3 });
    expect(loaded.title).toMatch(/Swing bridge/);
    expect(loaded.related).toHaveLength(3);
    expect(loaded.image!.src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/media\//);
    const html = await renderElement('news-article', { data: loaded, attributes: { endpoint } });
    const cards = all(shadowOf(one(shadowOf(one(parse(html), tag('news-article'))), tag('news-related-articles'))), tag('news-article-card'));
    expect(cards).toHaveLength(3);
    expect(await requests('/delay/0/api/articles/harbour-bridge-reopens')).toBe(1);
    expect(await requests('/delay/0/api/articles/harbour-bridge-reopens/related?limit=3')).toBe(1);
  });

  it('load authors, tags and lists', async () => {
    const source = { endpoint: `${origin}/api/` };
    expect((await loadAuthor(source, 'nadia-okafor')).name).toBe('Nadia Okafor');
    expect((await loadTags(source, { limit: 3 })).length).toBe(3);
    expect((await loadRelated(source, 'harbour-bridge-reopens', { limit: 2 })).length).toBe(2);
    const tagged = await loadArticles(source, { tag: 'harbour', limit: 2 });
    expect(tagged.length).toBeGreaterThan(0);
  });

  it('keep answers in one cache, bounded by configure({ cacheEntries }), that clearCache() empties', async () => {
    const source = { endpoint: `${origin}/delay/1/api/` };
    const asked = () => requests('/delay/1/api/authors/nadia-okafor');
    await loadAuthor(source, 'nadia-okafor');
    await loadAuthor(source, 'nadia-okafor');
    expect(await asked()).toBe(1);
    clearCache();
    await loadAuthor(source, 'nadia-okafor');
    expect(await asked()).toBe(2);
    configure({ cacheEntries: 1 });
    try {
      await loadAuthor(source, 'claire-moreau');
      await loadAuthor(source, 'nadia-okafor');
      expect(await asked()).toBe(3);
    } finally {
      configure({ cacheEntries: 100 });
    }
  });

  it('report what failed as NewsErrors', async () => {
    const missing = await rejection(loadArticle({ endpoint: `${origin}/api/` }, 'no-such-article'));
    expect(missing.code).toBe('not-found');
    const invalid = await rejection(loadArticle({ src: `${origin}/fixtures/not-json.json` }, ''));
    expect(invalid.code).toBe('invalid-json');
    const relative = await rejection(loadArticle({ endpoint: '/api/' }, 'x'));
    expect(relative.field).toBe('endpoint');
    const related = await rejection(loadArticle({ endpoint: `${origin}/api/` }, 'harbour-bridge-reopens', { related: 0 }));
    expect([related.code, related.field]).toEqual(['config', 'related']);
  });
});
