import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/define.js';
import { configure, NewsError, resetConfiguration, type Article, type Theme } from '../src/index.js';
import { endpoint, hanging, part, shadow, warningsDuring } from './helpers.js';
import { article, author, summaries, tags } from './models.js';
import { emulate, newsElements, settledDeep } from './reader.js';

/**
 * What a page can style from outside, as a site owner writes it in the page's own stylesheet:
 * the parts of the elements inside others (exported under documented names), the page-wide theme
 * (`configure({ theme })`, `<meta name="news-widgets:theme">`), and the typography of an element
 * set by a rule on the element itself.
 */
interface Declaration {
  tagName?: string;
  name: string;
  cssParts?: { name: string }[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const documented = (tag: string) => (declarations.find((declaration) => declaration.tagName === tag)?.cssParts ?? []).map((p) => p.name);
const stateParts = (declarations.find((declaration) => declaration.name === 'NewsElement')?.cssParts ?? []).map((p) => p.name);
/** An element's own parts, without the states' parts that every element has. */
const ownParts = (tag: string) => documented(tag).filter((name) => !stateParts.includes(name));

const cs = (element: Element) => getComputedStyle(element);
const image = { src: '/test/fixtures/pixel.svg', alt: 'A pixel', caption: 'A caption', width: 16, height: 9 };
const withImages = summaries.map((summary) => ({ ...summary, image }));
const full: Article = { ...article, image, related: withImages, disclosure: { text: 'How we work', url: 'https://site.test/about' } };

async function show<E extends LitElement>(template: TemplateResult): Promise<E> {
  const wrapper = fixtureSync<HTMLElement>(html`<div lang="en" style="inline-size: 50rem">${template}</div>`);
  const el = wrapper.firstElementChild as E;
  await settledDeep(el);
  return el;
}

/** Adds a stylesheet to the page for the length of `run`. */
async function withPageStyles(text: string, run: () => Promise<void> | void): Promise<void> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  try {
    await run();
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}

/** The element inside `host` (across nested elements' shadow roots) with this `part`, or a failed test. */
function inner(host: Element, ...path: string[]): Element {
  let current = host;
  for (const name of path) {
    const found = shadow(current).querySelector(`[part~="${name}"]`);
    if (!found) throw new Error(`No part ${name} in <${current.localName}>`);
    current = found;
  }
  return current;
}

/**
 * Every part rendered inside the news elements nested in `host`, with the name a page reaches it
 * by from `host`: the part names of the nested elements on the way, then its own, joined by hyphens.
 */
function nestedParts(host: Element, chain: string[] = []): { element: Element; name: string }[] {
  const found: { element: Element; name: string }[] = [];
  for (const element of shadow(host).querySelectorAll('[part]')) {
    const parts = element.getAttribute('part')!.split(/\s+/);
    if (chain.length) for (const name of parts) found.push({ element, name: [...chain, name].join('-') });
    if (element.localName.startsWith('news-')) found.push(...nestedParts(element, [...chain, parts[0]]));
  }
  return found;
}

/** `exportparts` read back as [inner name, exported name] pairs. */
const exportsOf = (element: Element) =>
  (element.getAttribute('exportparts') ?? '')
    .split(',')
    .filter((mapping) => mapping.trim())
    .map((mapping) => mapping.trim().split(':') as [string, string]);

describe('styling from outside: the parts of nested elements', () => {
  it('a page styles the cards of a strip, and the tags, author bio, strip and cards of an article, with ::part()', async () => {
    await withPageStyles(
      `news-related-articles::part(card-title) { color: rgb(1, 2, 3); }
       news-article::part(related-card-title) { color: rgb(1, 2, 4); }
       news-article::part(related-heading) { color: rgb(1, 2, 5); }
       news-article::part(tags-tag) { border-radius: 0; }
       news-article::part(author-name) { color: rgb(1, 2, 6); }`,
      async () => {
        const strip = await show(html`<news-related-articles .data=${withImages}></news-related-articles>`);
        expect(cs(inner(strip, 'card', 'title')).color).to.equal('rgb(1, 2, 3)');
        const el = await show(html`<news-article .data=${full}></news-article>`);
        expect(cs(inner(el, 'related', 'card', 'title')).color).to.equal('rgb(1, 2, 4)');
        expect(cs(inner(el, 'related', 'heading')).color).to.equal('rgb(1, 2, 5)');
        expect(cs(inner(el, 'tags', 'tag')).borderTopLeftRadius).to.equal('0px');
        expect(cs(inner(el, 'author', 'name')).color).to.equal('rgb(1, 2, 6)');
        await expect(el).to.be.accessible();
      },
    );
  });

  it('every part shown inside a nested element is reached from the page by its exported name', async () => {
    const elements = [
      await show(html`<news-related-articles .data=${withImages}></news-related-articles>`),
      await show(html`<news-article .data=${full}></news-article>`),
      // The related strip of an article loads by itself: empty, failed and loading.
      await show(html`<news-article .data=${{ ...full, related: [] }}></news-article>`),
      await show(html`<news-article endpoint=${endpoint} .data=${{ ...full, slug: 'no-such-article', related: undefined }}></news-article>`),
    ];
    const loading = fixtureSync<LitElement>(html`<news-article endpoint=${hanging} .data=${{ ...full, related: undefined }}></news-article>`);
    await loading.updateComplete;
    await (inner(loading, 'related') as LitElement).updateComplete;
    elements.push(loading);

    const found = elements.flatMap((host) => nestedParts(host).map((entry) => ({ ...entry, host: host.localName })));
    const names = [...new Set(found.map(({ host, name }) => `${host}::part(${name})`))];
    expect(names).to.include.members(['news-article::part(related-skeleton)', 'news-article::part(related-retry)', 'news-article::part(related-empty)']);
    // A distinct value of a property that neither inherits nor is set by the elements, for each name.
    await withPageStyles(names.map((selector, index) => `${selector} { scroll-margin-top: ${index + 1}px; }`).join('\n'), () => {
      const missed = found.filter(({ element, name, host }) => cs(element).scrollMarginTop !== `${names.indexOf(`${host}::part(${name})`) + 1}px`);
      expect(missed.map(({ host, name }) => `${host}::part(${name})`)).to.deep.equal([]);
    });
  });

  it("exports each nested element's documented parts under the documented names", async () => {
    const strip = await show(html`<news-related-articles .data=${withImages}></news-related-articles>`);
    const el = await show(html`<news-article .data=${full}></news-article>`);
    const expected = {
      card: ownParts('news-article-card'),
      tags: ownParts('news-tag-list'),
      author: ownParts('news-author-bio'),
      // The strip loads by itself in an article: its states' parts come too, and its cards' parts.
      related: documented('news-related-articles'),
    };
    const check = (host: Element, name: keyof typeof expected) => {
      const exported = exportsOf(inner(host, name));
      const sorted = (pairs: string[][]) => pairs.map((pair) => pair.join(':')).sort();
      expect(sorted(exported), `<${host.localName}> ${name}`).to.deep.equal(sorted(expected[name].map((part) => [part, `${name}-${part}`])));
      // Each exported name is documented on the element around it (custom-elements.json, docs/api.md).
      expect(documented(host.localName), `<${host.localName}>`).to.include.members(exported.map(([, outer]) => outer));
    };
    check(strip, 'card');
    for (const name of ['tags', 'author', 'related'] as const) check(el, name);
    expect(documented('news-related-articles')).to.include.members(['card-title', 'card-image', 'card-link']);
    expect(documented('news-article')).to.include.members(['related-card-title', 'related-heading', 'related-retry', 'tags-tag', 'author-name']);
  });
});

describe('styling from outside: the page-wide theme', () => {
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(30, 32, 36)';
  const surface = (element: Element) => cs(element).backgroundColor;
  let meta: HTMLMetaElement | undefined;

  function pageMeta(content: string): void {
    meta = document.createElement('meta');
    meta.name = 'news-widgets:theme';
    meta.content = content;
    document.head.append(meta);
  }
  afterEach(() => {
    meta?.remove();
    meta = undefined;
    resetConfiguration();
  });

  /** These tests that need no media emulation assume a reader without a dark preference, as a fresh browser is. */
  beforeEach(() => {
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the browser prefers dark').to.be.false;
  });

  it('configure({ theme }) sets every element without a theme of its own, at once, the ones inside included', async () => {
    const plain = await show(html`<news-tag-list .data=${tags}></news-tag-list>`);
    const light = await show(html`<news-tag-list theme="light" .data=${tags}></news-tag-list>`);
    const auto = await show(html`<news-tag-list theme="auto" .data=${tags}></news-tag-list>`);
    const dark = await show(html`<news-tag-list theme="dark" .data=${tags}></news-tag-list>`);
    const el = await show(html`<news-article .data=${full}></news-article>`);
    const all = [plain, light, auto, dark];
    expect(all.map(surface)).to.deep.equal([WHITE, WHITE, WHITE, DARK]);

    configure({ theme: 'dark' });
    expect(all.map(surface)).to.deep.equal([DARK, WHITE, WHITE, DARK]);
    expect(cs(plain).colorScheme).to.equal('dark');
    expect(newsElements(el).map(surface)).to.deep.equal(newsElements(el).map(() => DARK));
    await expect(el).to.be.accessible();

    configure({ theme: 'light' });
    expect(all.map(surface)).to.deep.equal([WHITE, WHITE, WHITE, DARK]);
    configure({ theme: 'dark' });
    resetConfiguration();
    expect(all.map(surface)).to.deep.equal([WHITE, WHITE, WHITE, DARK]);
    expect(newsElements(el).map(surface)).to.deep.equal(newsElements(el).map(() => WHITE));
  });

  it('<meta name="news-widgets:theme"> sets it too; configure() wins over the meta tag, and an element’s own theme over both', async () => {
    pageMeta('dark');
    const plain = await show(html`<news-author-bio .data=${author}></news-author-bio>`);
    const light = await show(html`<news-author-bio theme="light" .data=${author}></news-author-bio>`);
    expect([surface(plain), surface(light)]).to.deep.equal([DARK, WHITE]);
    configure({ theme: 'light' });
    expect([surface(plain), surface(light)]).to.deep.equal([WHITE, WHITE]);
    configure({ theme: 'auto' });
    expect(surface(plain)).to.equal(WHITE);
    resetConfiguration();
    expect(surface(plain)).to.equal(DARK);
  });

  it('a page-wide light theme for a reader who prefers dark; theme="auto" follows the reader', async () => {
    await emulate({ colorScheme: 'dark' });
    try {
      pageMeta('light');
      const plain = await show(html`<news-tag-list .data=${tags}></news-tag-list>`);
      const auto = await show(html`<news-tag-list theme="auto" .data=${tags}></news-tag-list>`);
      const dark = await show(html`<news-tag-list theme="dark" .data=${tags}></news-tag-list>`);
      const el = await show(html`<news-article .data=${full}></news-article>`);
      expect([surface(plain), surface(auto), surface(dark)]).to.deep.equal([WHITE, DARK, DARK]);
      expect(cs(plain).colorScheme).to.equal('light');
      expect(newsElements(el).map(surface)).to.deep.equal(newsElements(el).map(() => WHITE));
    } finally {
      await emulate(null);
    }
  });

  it('a theme that is not light, dark or auto: configure() throws naming the option; the meta tag and the attribute are reported and count as absent', async () => {
    configure({ theme: 'dark' });
    let error: unknown;
    try {
      configure({ theme: 'blue' as Theme });
    } catch (caught) {
      error = caught;
    }
    expect(error).to.be.instanceOf(NewsError);
    expect((error as NewsError).code).to.equal('config');
    expect((error as NewsError).field).to.equal('theme');
    expect((error as NewsError).message).to.equal('configure({ theme }) must be "light", "dark" or "auto", got blue.');

    // The page's theme (still dark) applies to an element whose own theme is unknown, and to the
    // elements inside it; the one that was written wrong says so, once.
    let el!: LitElement;
    const warnings = await warningsDuring(async () => {
      el = await show(html`<news-article theme="blue" .data=${full}></news-article>`);
    });
    expect(newsElements(el).map(surface)).to.deep.equal(newsElements(el).map(() => DARK));
    expect(warnings).to.deep.equal(['news-widgets: <news-article> theme must be "light", "dark" or "auto"; got "blue". (theme) [config]']);

    resetConfiguration();
    pageMeta('Dark mode');
    const meta = await warningsDuring(async () => {
      const plain = await show(html`<news-tag-list .data=${tags}></news-tag-list>`);
      expect(surface(plain)).to.equal(WHITE);
    });
    expect(meta).to.deep.equal(['news-widgets: <meta name="news-widgets:theme"> must be "light", "dark" or "auto"; got "Dark mode". (theme) [config]']);
  });
});

describe("styling from outside: a page's rules on the element", () => {
  it('set its typography (size, line height, weight, style, family, colour), down to the elements inside it', async () => {
    await withPageStyles(
      `news-article-card, news-related-articles, news-article { font: italic 300 20px/2 serif; color: rgb(1, 2, 3); }`,
      async () => {
        const card = await show(html`<news-article-card .data=${withImages[0]}></news-article-card>`);
        const strip = await show(html`<news-related-articles .data=${withImages}></news-related-articles>`);
        const el = await show(html`<news-article .data=${full}></news-article>`);
        const contents = [inner(card, 'content'), inner(strip, 'card', 'content'), inner(el, 'related', 'card', 'content')];
        for (const content of contents) {
          const style = cs(content);
          expect([style.fontSize, style.lineHeight, style.fontWeight, style.fontStyle, style.fontFamily, style.color]).to.deep.equal(['20px', '40px', '300', 'italic', 'serif', 'rgb(1, 2, 3)']);
        }
        expect(cs(inner(el, 'author', 'text')).color).to.equal('rgb(1, 2, 3)');
        expect(cs(inner(el, 'tags')).fontSize).to.equal('20px');
        expect(cs(inner(el, 'body')).fontStyle).to.equal('italic');
      },
    );
  });

  it('do not set what breaks a widget as a whole (case, spacing, alignment, white space): a part takes those', async () => {
    await withPageStyles(
      `news-article-card { text-transform: uppercase; letter-spacing: 1em; word-spacing: 1em; text-align: right; text-indent: 2em; white-space: nowrap; font-variant: small-caps; }
       news-article-card::part(section) { text-align: center; }
       news-article-card::part(summary) { text-transform: uppercase; letter-spacing: 2px; }`,
      async () => {
        const card = await show(html`<news-article-card .data=${withImages[0]}></news-article-card>`);
        const title = cs(part(card, '[part="title"]'));
        expect([title.textTransform, title.letterSpacing, title.wordSpacing, title.textAlign, title.textIndent, title.whiteSpace, title.fontVariantCaps]).to.deep.equal([
          'none',
          'normal',
          '0px',
          'start',
          '0px',
          'normal',
          'normal',
        ]);
        const summary = cs(part(card, '[part="summary"]'));
        expect([summary.textTransform, summary.letterSpacing]).to.deep.equal(['uppercase', '2px']);
        expect(cs(part(card, '[part="section"]')).textAlign).to.equal('center');
      },
    );
  });
});
