import { expect } from '@open-wc/testing';
import type * as NewsWidgets from '../src/index.js';
import type { NewsArticle, NewsArticleCard, NewsRelatedArticles } from '../src/index.js';
import { part, textOf } from './helpers.js';
import { article, summaries } from './models.js';

// Two versions of news-widgets on one page, as when a site's own bundle and a partner's embed each
// bring theirs: two copies of the built script-tag bundle (dist/news-widgets.js at two URLs) and a
// later release (/versions/next/, whose English byline reads "Written by …", test/next-version.mjs).
// The page's registry can hold one of them; scoped registries hold one each.

type Bundle = typeof NewsWidgets;

const BUNDLE = '/dist/news-widgets.js?copy=1';
const COPY = '/dist/news-widgets.js?copy=2';
const NEXT = '/versions/next/news-widgets.js';

/** Loads a script as `<script type="module" src>` does; resolves once it has run. */
function scriptTag(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { type: 'module', src });
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)), { once: true });
    document.head.append(script);
  });
}

/** A loaded script's module (the same instance as the script's: one module per URL). */
const moduleOf = (src: string): Promise<Bundle> => import(/* @vite-ignore */ `${src}`);

/** Elements a reader sees inside an element's shadow root, one level down. */
const inside = <E extends Element>(host: Element, selector: string): E[] => Array.from(host.shadowRoot?.querySelectorAll<E>(selector) ?? []);

/**
 * Which copy an element is of, by name: a failed `instanceOf` assertion would carry the element
 * and the class to the test runner, and sending those hangs the test page instead of failing.
 */
function versionOf(element: Element): string {
  const copies = { bundle, copy, next };
  const found = Object.entries(copies).filter(([, module]) => Object.values(module).some((value) => typeof value === 'function' && element instanceof value && value.prototype instanceof HTMLElement));
  return found.map(([name]) => name).join(' and ') || 'none';
}

/** The byline a card shows, once it has rendered. */
async function bylineOf(card: NewsArticleCard): Promise<string> {
  await card.updateComplete;
  return textOf(part(card, '[part="byline"]'));
}

/** A host whose shadow root uses a registry of its own, where `version` registered the five elements. */
function scopedRoot(version: Bundle): { host: HTMLElement; root: ShadowRoot; registry: CustomElementRegistry } {
  const registry = new CustomElementRegistry();
  version.define(registry);
  const host = document.createElement('section');
  host.setAttribute('aria-label', 'Scoped');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open', customElementRegistry: registry });
  return { host, root, registry };
}

/** Scoped registries (Chromium 146+): `new CustomElementRegistry()` and `attachShadow({ customElementRegistry })`. */
function hasScopedRegistries(): boolean {
  try {
    new CustomElementRegistry();
    return true;
  } catch {
    return false;
  }
}

let bundle: Bundle;
let copy: Bundle;
let next: Bundle;

describe('two versions on one page', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);

  before(async () => {
    window.addEventListener('error', onError);
    try {
      await scriptTag(BUNDLE);
      await scriptTag(COPY);
      await scriptTag(NEXT);
    } finally {
      window.removeEventListener('error', onError);
    }
    [bundle, copy, next] = await Promise.all([moduleOf(BUNDLE), moduleOf(COPY), moduleOf(NEXT)]);
  });

  afterEach(() => {
    for (const host of document.querySelectorAll('body > section, body > news-article-card')) host.remove();
  });

  it('loads two copies of the bundle and a later version, each from its own script tag, without an error', async () => {
    expect(errors).to.deep.equal([]);
    expect(new Set([bundle.NewsArticleCard, copy.NewsArticleCard, next.NewsArticleCard]).size, 'three separate copies').to.equal(3);
    // The first to load owns the page's registry; the others left it alone.
    const card = document.createElement('news-article-card');
    expect(versionOf(card)).to.equal('bundle');
    card.data = summaries[0];
    document.body.append(card);
    expect(await bylineOf(card)).to.equal('By Ada Quill');
    expect(() => next.define()).not.to.throw();
  });

  it('renders each version in its own scoped registry, side by side', async function () {
    if (!hasScopedRegistries()) return this.skip();
    const shown: string[] = [];
    for (const version of [bundle, next]) {
      const { host, root, registry } = scopedRoot(version);
      root.innerHTML = '<news-article-card></news-article-card>';
      const card = root.querySelector('news-article-card')!;
      expect(card instanceof version.NewsArticleCard, 'a card of this version').to.equal(true);
      expect(card instanceof registry.get('news-article-card')!, 'a card from this registry').to.equal(true);
      card.data = summaries[0];
      shown.push(await bylineOf(card));
      await expect(host).to.be.accessible();
    }
    expect(shown).to.deep.equal(['By Ada Quill', 'Written by Ada Quill']);
    expect(versionOf(document.createElement('news-article-card')), "the page's own").to.equal('bundle');
  });

  it('builds an element from its own version all the way down: the cards, tags and bio inside <news-article>', async function () {
    if (!hasScopedRegistries()) return this.skip();
    const { host, root } = scopedRoot(next);
    root.innerHTML = '<news-article></news-article>';
    const el = root.querySelector<NewsArticle>('news-article')!;
    el.data = article;
    await el.updateComplete;

    const [related] = inside<NewsRelatedArticles>(el, 'news-related-articles');
    const [bio] = inside(el, 'news-author-bio');
    const [tags] = inside(el, 'news-tag-list');
    expect([related, bio, tags].map(versionOf)).to.deep.equal(['next', 'next', 'next']);
    await related.updateComplete;
    const cards = inside<NewsArticleCard>(related, 'news-article-card');
    expect(cards.map(versionOf)).to.deep.equal(['next', 'next', 'next']);
    expect(await Promise.all(cards.map(bylineOf))).to.deep.equal(Array(3).fill('Written by Ada Quill'));
    expect(textOf(part(el, '[part="byline"]'))).to.equal('Written by Ada Quill');
    await expect(host).to.be.accessible();
  });
});
