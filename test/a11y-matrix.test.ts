import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/define.js';
import { endpoint, fixture, hanging, settled, shadow } from './helpers.js';
import { deepElements, settledDeep, type Tag } from './reader.js';

/**
 * The accessibility matrix: every element × every state it has (loaded, loading, error, and empty
 * for the lists) × light and dark × left to right (English) and right to left (Arabic, Hebrew),
 * each checked by axe (WCAG 2.2 AA and best practices, colour contrast included) with no violation.
 * Content comes from the real test endpoint.
 */
type State = 'loaded' | 'loading' | 'error' | 'empty';

const STATES: Record<Tag, Partial<Record<State, (api: string) => TemplateResult>>> = {
  'news-article': {
    loaded: (api) => html`<news-article endpoint=${api} slug="harbour-bridge-reopens"></news-article>`,
    loading: () => html`<news-article endpoint=${hanging} slug="harbour-bridge-reopens"></news-article>`,
    error: (api) => html`<news-article endpoint=${api} slug="no-such-article"></news-article>`,
  },
  'news-article-card': {
    loaded: (api) => html`<news-article-card endpoint=${api} slug="seagrass-meadows-return"></news-article-card>`,
    loading: () => html`<news-article-card endpoint=${hanging} slug="seagrass-meadows-return"></news-article-card>`,
    error: (api) => html`<news-article-card endpoint=${api} slug="no-such-article"></news-article-card>`,
  },
  'news-author-bio': {
    loaded: (api) => html`<news-author-bio endpoint=${api} author="tomas-lindqvist"></news-author-bio>`,
    loading: () => html`<news-author-bio endpoint=${hanging} author="tomas-lindqvist"></news-author-bio>`,
    error: (api) => html`<news-author-bio endpoint=${api} author="no-such-author"></news-author-bio>`,
  },
  'news-tag-list': {
    loaded: (api) => html`<news-tag-list endpoint=${api} max="4"></news-tag-list>`,
    loading: () => html`<news-tag-list endpoint=${hanging} article="seagrass-meadows-return"></news-tag-list>`,
    error: (api) => html`<news-tag-list endpoint=${api} article="no-such-article"></news-tag-list>`,
    empty: () => html`<news-tag-list src=${fixture('empty-list.json')}></news-tag-list>`,
  },
  'news-related-articles': {
    loaded: (api) => html`<news-related-articles endpoint=${api} article="harbour-bridge-reopens"></news-related-articles>`,
    loading: () => html`<news-related-articles endpoint=${hanging} article="harbour-bridge-reopens"></news-related-articles>`,
    error: (api) => html`<news-related-articles endpoint=${api} article="no-such-article"></news-related-articles>`,
    empty: (api) => html`<news-related-articles endpoint=${api} tag="no-such-tag"></news-related-articles>`,
  },
};

const READERS = [
  { name: 'ltr (en)', lang: 'en', dir: 'ltr' },
  { name: 'rtl (ar)', lang: 'ar', dir: 'rtl' },
  { name: 'rtl (he)', lang: 'he', dir: 'rtl' },
] as const;

/** Renders one cell of the matrix and waits until it shows the state it is about. */
async function render(tag: Tag, state: State, theme: 'light' | 'dark', lang: string): Promise<LitElement> {
  const wrapper = fixtureSync<HTMLElement>(html`<div lang=${lang} style="max-inline-size: 60rem">${STATES[tag][state]!(endpoint)}</div>`);
  const el = wrapper.firstElementChild as LitElement;
  el.setAttribute('theme', theme);
  if (state === 'loading') {
    await settledDeep(el, { busy: true });
    expect(el.getAttribute('aria-busy')).to.equal('true');
    return el;
  }
  const event = await settled(el);
  expect(event.type, `${tag} ${state}`).to.equal(state === 'error' ? 'news-error' : 'news-load');
  await settledDeep(el);
  return el;
}

describe('accessibility: every element × state × theme × direction, checked by axe', () => {
  for (const tag of Object.keys(STATES) as Tag[]) {
    describe(`<${tag}>`, () => {
      for (const state of Object.keys(STATES[tag]) as State[]) {
        for (const theme of ['light', 'dark'] as const) {
          // Both right-to-left languages, alternating between the two themes.
          for (const reader of READERS.filter((r) => r.dir === 'ltr' || (r.lang === 'ar') === (theme === 'light'))) {
            it(`${state}, ${theme}, ${reader.name}`, async () => {
              const el = await render(tag, state, theme, reader.lang);
              const frame = shadow(el).querySelector('.frame')!;
              expect(frame.getAttribute('dir')).to.equal(reader.dir);
              expect(getComputedStyle(frame.firstElementChild ?? frame).direction).to.equal(reader.dir);
              if (state === 'loading') expect(shadow(el).querySelector('[part="skeleton"]')!.getAttribute('aria-hidden')).to.equal('true');
              if (state === 'error') expect(shadow(el).querySelector('[role="status"] [part="error"]')).to.exist;
              await expect(el).to.be.accessible();
            });
          }
        }
      }
    });
  }
});

describe('accessibility: structure', () => {
  it('uses article, headings at the chosen level, lists, time and figure/figcaption', async () => {
    const el = await render('news-article', 'loaded', 'light', 'en');
    el.setAttribute('heading-level', '2');
    await settledDeep(el);
    const root = shadow(el);
    expect(root.querySelector('article[part="article"] > header h2[part="title"]')).to.exist;
    expect(root.querySelector('figure[part="figure"] > img[part="image"] + figcaption[part="caption"]')).to.exist;
    expect(root.querySelector('time[datetime="2026-03-12T07:30:00+00:00"]')).to.exist;
    const tags = root.querySelector('news-tag-list')!;
    expect(shadow(tags).querySelectorAll('ul[part="list"] > li > a[part="tag"]').length).to.be.greaterThan(0);
    const bio = root.querySelector('news-author-bio')!;
    expect(bio.getAttribute('heading-level')).to.equal('3');
    expect(shadow(bio).querySelector('h3[part="name"]')).to.exist;
    const strip = root.querySelector('news-related-articles')!;
    expect(shadow(strip).querySelector('section[aria-labelledby] > h3[part="heading"]')).to.exist;
    const cards = shadow(strip).querySelectorAll('ul[part="list"] > li > news-article-card');
    expect(cards.length).to.be.greaterThan(0);
    expect(shadow(cards[0]).querySelector('article[part="card"] h4[part="title"]')).to.exist;
  });

  it('gives every link text that makes sense out of context', async () => {
    const el = await render('news-article', 'loaded', 'light', 'en');
    el.setAttribute('link-target', '_blank');
    await settledDeep(el);
    const links = deepElements(el).filter((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    expect(links.length).to.be.greaterThan(10);
    for (const link of links) {
      const name = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
      expect(name.length, link.outerHTML).to.be.greaterThan(2);
      expect(name.toLowerCase()).not.to.match(/^(click here|here|read more|more|link|this)$/);
      // A link that opens a new tab says so (the publisher's own links in the body open in place).
      if (link.target === '_blank') expect(name).to.contain('opens in a new tab');
      else expect(link.closest('[part="body"]'), link.outerHTML).to.exist;
    }
  });

  it('hides the skeleton from assistive technology and marks the host busy', async () => {
    const el = await render('news-related-articles', 'loading', 'light', 'en');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const skeleton = shadow(el).querySelector('[part="skeleton"]')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
  });

  it('announces an error politely: it appears inside a live region that was there before it', async () => {
    const el = fixtureSync<LitElement>(html`<news-author-bio endpoint=${endpoint} author="no-such-author"></news-author-bio>`);
    await el.updateComplete;
    const region = shadow(el).querySelector('[role="status"]')!;
    expect(region, 'the live region is there while loading').to.exist;
    expect(region.textContent!.trim()).to.equal('');
    await settled(el);
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="status"]')).to.equal(region);
    expect(region.querySelector('[part="error-message"]')!.textContent!.trim()).to.equal('This content could not be found.');
    // Retry is described by the message, so it makes sense on its own.
    const retry = region.querySelector('button[part="retry"]')!;
    expect(shadow(el).getElementById(retry.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal('This content could not be found.');
  });
});
