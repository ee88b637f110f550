import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define.js';
import type { Plural, Strings } from '../src/i18n/en.js';
import { fill, formatDate, formatMinutes, formatNumber, formatRelative, loadStrings, plural, stringsLanguage } from '../src/i18n/index.js';
import type { Article, NewsArticle, NewsTagList } from '../src/index.js';
import { endpoint, fixture, hanging, settled, shadow, textOf, until } from './helpers.js';
import { article as model } from './models.js';
import { deepElements, newsElements, settledDeep } from './reader.js';

/**
 * Every language renders every string, translated; strings load lazily, once, and an element
 * re-renders when its language changes, wherever the change is made.
 */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ar', 'he'];
const HOURS = 3_600_000;

/** Everything a reader sees or hears from an element and its nested elements: text and accessible labels. */
function heard(root: Element): string {
  const parts: string[] = [];
  for (const element of deepElements(root)) {
    if (element.shadowRoot) parts.push(textOf(element.shadowRoot));
    const label = element.getAttribute('aria-label');
    if (label) parts.push(label);
  }
  return parts.join(' | ').replace(/\s+/g, ' ');
}

const texts = (sentence: string) => sentence.split(/\{\w+\}/).map((piece) => piece.trim()).filter(Boolean);
const path = (strings: Strings, key: string): string | Plural => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], strings) as string | Plural;

describe('languages: lazy strings', () => {
  // First in this file: no language has been asked for yet on this page.
  it('loads a language file only when a reader of it appears, once for all its elements, and shows no English meanwhile', async () => {
    const requested = () => performance.getEntriesByType('resource').filter((entry) => /\/src\/i18n\/it\.ts/.test(entry.name)).length;
    const english = fixtureSync<NewsArticle>(html`<news-article lang="en" .data=${model}></news-article>`);
    await english.updateComplete;
    expect(textOf(english)).to.contain('Published');
    expect(requested(), 'no Italian before an Italian reader').to.equal(0);

    // Everything the Italian elements show, as it is shown.
    const seen: string[] = [];
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="it">${[1, 2, 3, 4, 5].map(() => html`<news-article .data=${model}></news-article>`)}</div>`);
    const elements = Array.from(wrapper.children) as NewsArticle[];
    const busy = new Set<Element>();
    const observer = new MutationObserver((records) => {
      seen.push(...elements.map((el) => textOf(el)));
      for (const record of records) if (record.attributeName === 'aria-busy' && (record.target as Element).getAttribute('aria-busy') === 'true') busy.add(record.target as Element);
    });
    for (const el of elements) {
      observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      observer.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
    }
    await Promise.all(elements.map((el) => el.updateComplete));
    observer.disconnect();
    expect(busy.size, 'each was busy (a skeleton) while the strings loaded').to.equal(5);
    for (const el of elements) {
      expect(el.hasAttribute('aria-busy')).to.be.false;
      expect(textOf(el)).to.contain('Pubblicato il');
    }
    expect(seen.filter((text) => text.includes('Published'))).to.deep.equal([]);
    expect(requested(), 'one request for five elements').to.equal(1);
  });

  it('keeps the old words on screen while a new language loads, never a skeleton', async () => {
    const el = fixtureSync<NewsArticle>(html`<news-article lang="en" .data=${model}></news-article>`);
    await el.updateComplete;
    const busy: boolean[] = [];
    const observer = new MutationObserver(() => busy.push(el.hasAttribute('aria-busy')));
    observer.observe(el, { attributes: true, attributeFilter: ['aria-busy'] });
    // Hebrew: not loaded yet on this page.
    el.setAttribute('lang', 'he');
    await until(() => textOf(shadow(el).querySelector('[part="meta"]')!).includes('פורסם ב-'));
    observer.disconnect();
    expect(busy).to.deep.equal([]);
  });
});

describe('languages: every string, translated', () => {
  for (const lang of LANGUAGES) {
    it(`${lang}: the article, its parts and every state speak ${lang}`, async () => {
      const t = await loadStrings(lang);
      const stringsIn = stringsLanguage(lang);
      const updatedAt = new Date(Date.now() - 3 * HOURS).toISOString();
      const data: Article = { ...model, updatedAt };
      const wrapper = fixtureSync<HTMLElement>(html`<div lang=${lang}>
        <news-article .data=${data} link-target="_blank"></news-article>
        <news-tag-list endpoint=${endpoint} max="4"></news-tag-list>
        <news-tag-list src=${fixture('empty-list.json')}></news-tag-list>
        <news-related-articles endpoint=${endpoint} tag="no-such-tag"></news-related-articles>
        <news-author-bio endpoint=${endpoint} author="no-such-author"></news-author-bio>
        <news-article-card endpoint=${endpoint} slug=""></news-article-card>
        <news-article-card endpoint=${hanging} slug="x"></news-article-card>
      </div>`);
      const elements = Array.from(wrapper.children) as LitElement[];
      await Promise.all(elements.slice(1, 5).map((el) => settled(el)));
      for (const el of elements.slice(0, 6)) await settledDeep(el);
      await elements[6].updateComplete;
      const all = heard(wrapper);

      // Sentences with values, as the element must have written them.
      const expected = [
        ...fill(t.byline, { name: 'Ada Quill' }),
        ...fill(t.published, { date: formatDate(model.publishedAt, lang) }),
        ...fill(t.updatedAgo, { time: formatRelative(updatedAt, lang)! }),
        ...fill(t.readingTime, { duration: formatMinutes(2, lang, t.readingUnit) }),
        plural(t.views, 42, lang, stringsIn, formatNumber(42, lang, true)),
        ...fill(t.source, { source: 'The Wire' }),
        plural(t.moreTags, 8, lang, stringsIn),
        ...fill(t.profiles, { name: 'Ada Quill' }),
      ];
      // Fixed strings.
      for (const key of ['tags', 'related', 'aboutAuthor', 'newTab', 'loading', 'retry', 'empty.tags', 'empty.related', 'errors.not-found', 'errors.config']) {
        expected.push(...texts(path(t, key) as string));
      }
      for (const text of expected.map((piece) => piece.replace(/\s+/g, ' ').trim()).filter(Boolean)) expect(all, `${lang}: "${text}"`).to.contain(text);

      // The "+N more" toggle, pressed.
      const list = elements[1] as NewsTagList;
      shadow(list).querySelector<HTMLButtonElement>('button[part="more"]')!.click();
      await list.updateComplete;
      expect(textOf(list)).to.contain(t.fewerTags);

      if (lang !== 'en') {
        // Nothing English left where a translation belongs.
        for (const english of ['Published', 'Related articles', 'About the author', 'Retry', 'No tags.', 'opens in a new tab']) {
          expect(all, `${lang}: "${english}"`).not.to.contain(english);
        }
      }
      // Interface and direction follow the reader's language.
      const frame = shadow(elements[0]).querySelector('.frame')!;
      expect(frame.getAttribute('lang')).to.equal(lang);
      expect(frame.getAttribute('dir')).to.equal(['ar', 'he'].includes(lang) ? 'rtl' : 'ltr');
    });
  }

  it('an unsupported language gets English strings, with dates and numbers in its own format', async () => {
    const el = fixtureSync<NewsArticle>(html`<news-article lang="ja" .data=${{ ...model, viewCount: 12345 }}></news-article>`);
    await el.updateComplete;
    const meta = textOf(shadow(el).querySelector('[part="meta"]')!);
    expect(meta).to.contain(`Published ${formatDate(model.publishedAt, 'ja')}`);
    expect(meta).to.contain('2026年1月10日');
    expect(meta).to.contain('1.2万 views');
  });

  it('a regional language gets its language’s strings and its region’s formats', async () => {
    const el = fixtureSync<NewsArticle>(html`<news-article lang="pt-BR" .data=${model}></news-article>`);
    await el.updateComplete;
    const meta = textOf(shadow(el).querySelector('[part="meta"]')!);
    expect(meta).to.contain(`Publicado em ${formatDate(model.publishedAt, 'pt-BR')}`);
    expect(meta).not.to.contain('Published');
  });
});

describe('languages: changes at run time', () => {
  const titleOf = (el: LitElement) => textOf(shadow(el).querySelector('[part="meta"]') ?? shadow(el));

  it("re-renders when an ancestor's lang changes, with the elements nested inside following", async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<section lang="en"><news-article .data=${model}></news-article></section>`);
    const el = wrapper.firstElementChild as NewsArticle;
    await settledDeep(el);
    expect(titleOf(el)).to.contain('Published');
    wrapper.setAttribute('lang', 'de');
    await until(() => titleOf(el).includes('Veröffentlicht am'));
    await settledDeep(el);
    const nested = newsElements(el).slice(1);
    expect(nested.length).to.be.greaterThan(2);
    await until(() => heard(el).includes('Verwandte Artikel') && heard(el).includes('Zur Person') && heard(el).includes('Schlagwörter'));
    for (const inner of nested) expect(shadow(inner).querySelector('.frame')!.getAttribute('lang')).to.equal('de');

    wrapper.setAttribute('lang', 'he');
    await until(() => titleOf(el).includes('פורסם ב-'));
    await until(() => nested.every((inner) => shadow(inner).querySelector('.frame')!.getAttribute('dir') === 'rtl'));
  });

  it('re-renders when its own lang or dir changes', async () => {
    const el = fixtureSync<NewsArticle>(html`<news-article .data=${model}></news-article>`);
    await el.updateComplete;
    const frame = () => shadow(el).querySelector('.frame')!;
    expect(titleOf(el)).to.contain('Published');
    expect(frame().getAttribute('dir')).to.equal('ltr');
    // Waits for the re-render, then says what is wrong if it never came.
    const rendered = (check: () => boolean) => until(check).catch(() => {});

    el.setAttribute('lang', 'es');
    await rendered(() => titleOf(el).includes('Publicado el'));
    expect(titleOf(el)).to.contain('Publicado el');
    expect(titleOf(el)).not.to.contain('Published');
    expect(frame().getAttribute('lang')).to.equal('es');

    el.setAttribute('dir', 'rtl');
    await rendered(() => frame().getAttribute('dir') === 'rtl');
    expect(frame().getAttribute('dir')).to.equal('rtl');
    expect(titleOf(el), 'still in Spanish').to.contain('Publicado el');

    el.removeAttribute('dir');
    await rendered(() => frame().getAttribute('dir') === 'ltr');
    expect(frame().getAttribute('dir'), "the language's own direction").to.equal('ltr');
  });

  it("re-renders when the document's lang changes", async () => {
    const el = fixtureSync<NewsArticle>(html`<news-article .data=${{ ...model, language: undefined }}></news-article>`);
    await el.updateComplete;
    expect(titleOf(el)).to.contain('Published');
    try {
      document.documentElement.lang = 'nl';
      await until(() => titleOf(el).includes('Gepubliceerd op'));
    } finally {
      document.documentElement.removeAttribute('lang');
    }
    await until(() => titleOf(el).includes('Published'));
  });

  it("follows a host element's lang across its shadow root", async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="fr"><span></span></div>`);
    const host = wrapper.firstElementChild!;
    const list = document.createElement('news-tag-list');
    list.setAttribute('endpoint', endpoint);
    host.attachShadow({ mode: 'open' }).append(list);
    await settled(list);
    await list.updateComplete;
    expect(shadow(list).querySelector('ul')!.getAttribute('aria-label')).to.equal('Mots-clés');
    host.setAttribute('lang', 'it');
    await until(() => shadow(list).querySelector('ul')?.getAttribute('aria-label') === 'Tag');
  });

  it('watches the page with one MutationObserver, however many elements there are', async () => {
    // The observer lives while an element is on the page: after the previous tests' cleanup, none is.
    // Observers are counted as they start observing: WebKit's optimised code may keep calling the
    // original constructor after the test replaces `window.MutationObserver`, so that is not counted.
    const { observe } = MutationObserver.prototype;
    const watching = new Set<MutationObserver>();
    MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
      watching.add(this);
      observe.call(this, target, options);
    };
    try {
      const wrapper = fixtureSync<HTMLElement>(html`<div lang="en">${Array.from({ length: 30 }, () => html`<news-tag-list .data=${model.tags}></news-tag-list>`)}</div>`);
      await Promise.all(Array.from(wrapper.children, (el) => (el as LitElement).updateComplete));
      expect(watching.size).to.equal(1);
      wrapper.setAttribute('lang', 'de');
      await until(() => Array.from(wrapper.children).every((el) => shadow(el).querySelector('ul')?.getAttribute('aria-label') === 'Schlagwörter'));
      expect(watching.size).to.equal(1);
    } finally {
      MutationObserver.prototype.observe = observe;
    }
  });
});
