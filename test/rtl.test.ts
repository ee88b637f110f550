import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define.js';
import { elements } from '../src/index.js';
import { endpoint, shadow } from './helpers.js';
import { article, author, summaries, tags } from './models.js';
import { settledDeep } from './reader.js';

/**
 * Right to left: Arabic and Hebrew readers get the whole layout mirrored (by logical CSS
 * properties, not by a second stylesheet), arrows that point forward flipped, and the publisher's
 * text of unknown language in its own direction.
 */
const box = (element: Element) => element.getBoundingClientRect();

async function inLanguage<E extends LitElement>(lang: string, template: unknown, width = '50rem'): Promise<E> {
  const wrapper = fixtureSync<HTMLElement>(html`<div lang=${lang} style="inline-size: ${width}">${template}</div>`);
  const el = wrapper.firstElementChild as E;
  await settledDeep(el);
  return el;
}

describe('right to left', () => {
  for (const lang of ['ar', 'he']) {
    it(`${lang}: a wide card puts its image on the right and its text on the left`, async () => {
      const ltr = await inLanguage<LitElement>('en', html`<news-article-card .data=${{ ...summaries[0], image: article.image }}></news-article-card>`);
      const rtl = await inLanguage<LitElement>(lang, html`<news-article-card .data=${summaries[0]}></news-article-card>`);
      for (const [el, imageFirst] of [
        [ltr, true],
        [rtl, false],
      ] as const) {
        const media = box(shadow(el).querySelector('[part="media"]')!);
        const content = box(shadow(el).querySelector('[part="content"]')!);
        expect(media.top).to.equal(content.top);
        expect(imageFirst ? media.right <= content.left : media.left >= content.right, `<${el.parentElement!.lang}>`).to.be.true;
      }
    });

    it(`${lang}: tags, meta and related cards run from right to left`, async () => {
      const el = await inLanguage<LitElement>(lang, html`<news-article .data=${article}></news-article>`);
      const tagLinks = Array.from(shadow(shadow(el).querySelector('news-tag-list')!).querySelectorAll('[part="tag"]'));
      expect(box(tagLinks[0]).left).to.be.greaterThan(box(tagLinks[1]).left);
      const byline = box(shadow(el).querySelector('[part="byline"]')!);
      const published = box(shadow(el).querySelector('[part="published"]')!);
      expect(byline.left).to.be.greaterThan(published.left);
      const strip = shadow(el).querySelector('news-related-articles')!;
      const cards = Array.from(shadow(strip).querySelectorAll('news-article-card'));
      expect(box(cards[0]).left).to.be.greaterThan(box(cards[1]).left);
      const bio = shadow(el).querySelector('news-author-bio')!;
      expect(box(shadow(bio).querySelector('[part="avatar"]')!).left).to.be.greaterThan(box(shadow(bio).querySelector('[part="name"]')!).left);
      // Text starts on the right.
      const title = shadow(el).querySelector<HTMLElement>('[part="summary"]')!;
      expect(getComputedStyle(title).direction).to.equal('ltr'); // the article's own text is English
      const meta = shadow(el).querySelector('[part="meta"]')!;
      expect(getComputedStyle(meta).direction).to.equal('rtl');
    });

    it(`${lang}: the "opens in a new tab" arrow is mirrored`, async () => {
      const rtl = await inLanguage<LitElement>(lang, html`<news-tag-list .data=${tags} link-target="_blank"></news-tag-list>`);
      const ltr = await inLanguage<LitElement>('en', html`<news-tag-list .data=${tags} link-target="_blank"></news-tag-list>`);
      expect(getComputedStyle(shadow(rtl).querySelector('.new-tab')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      expect(getComputedStyle(shadow(ltr).querySelector('.new-tab')!).transform).to.equal('none');
    });
  }

  it('the strip scrolls from its right edge in right to left', async () => {
    const el = await inLanguage<LitElement>('ar', html`<news-related-articles endpoint=${endpoint} tag="city" limit="6"></news-related-articles>`, '30rem');
    await settledDeep(el);
    const list = shadow(el).querySelector<HTMLElement>('[part="list"]')!;
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    const first = box(shadow(el).querySelector('news-article-card')!);
    expect(Math.round(first.right)).to.equal(Math.round(box(list).right));
  });

  it("lets the page's own dir win when it is set as close as the language, or closer", async () => {
    const el = await inLanguage<LitElement>('ar', html`<news-tag-list dir="ltr" .data=${tags}></news-tag-list>`);
    expect(shadow(el).querySelector('.frame')!.getAttribute('dir')).to.equal('ltr');
    const wrapper = fixtureSync<HTMLElement>(html`<div dir="rtl"><news-author-bio lang="en" .data=${author}></news-author-bio></div>`);
    const bio = wrapper.firstElementChild as LitElement;
    await bio.updateComplete;
    expect(shadow(bio).querySelector('.frame')!.getAttribute('dir')).to.equal('ltr');
  });

  it("gives the publisher's text of unknown language its own direction", async () => {
    const hebrew = 'כותרת בעברית';
    const card = await inLanguage<LitElement>('en', html`<news-article-card .data=${{ ...summaries[0], title: hebrew, summary: hebrew, section: hebrew }}></news-article-card>`);
    for (const part of ['title', 'summary', 'section']) {
      const element = shadow(card).querySelector(`[part="${part}"]`)!;
      expect(element.getAttribute('dir'), part).to.equal('auto');
      expect(getComputedStyle(element).direction, part).to.equal('rtl');
    }
    const bio = await inLanguage<LitElement>('en', html`<news-author-bio .data=${{ ...author, name: hebrew, role: hebrew, bio: hebrew }}></news-author-bio>`);
    for (const part of ['name', 'role', 'text']) expect(getComputedStyle(shadow(bio).querySelector(`[part="${part}"]`)!).direction, part).to.equal('rtl');
    const list = await inLanguage<LitElement>('en', html`<news-tag-list .data=${[{ slug: 'a', name: hebrew, url: 'https://site.test/a' }]}></news-tag-list>`);
    expect(shadow(list).querySelector('[part="tag"] bdi')!.textContent).to.equal(hebrew);
  });

  it('uses logical properties throughout: no left, right or physical margins, paddings, borders or floats', () => {
    const physical = /(^|[\s;{])(left|right|float|clear|margin-(left|right)|padding-(left|right)|border-(left|right)[\w-]*|text-align:\s*(left|right)|(border-)?(top|bottom)-(left|right)-radius)\s*:/;
    for (const [tag, element] of Object.entries(elements)) {
      for (const sheet of element.elementStyles) {
        const text = 'cssText' in sheet ? sheet.cssText : Array.from((sheet as CSSStyleSheet).cssRules, (rule) => rule.cssText).join('\n');
        const match = physical.exec(text);
        expect(match, `${tag}: ${match?.[0]}`).to.equal(null);
      }
    }
  });
});
