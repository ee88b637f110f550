import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define.js';
import { configure, resetConfiguration, type NewsArticle, type NewsArticleCard, type NewsTagList } from '../src/index.js';
import { endpoint, faultServed, faulty, flaky, settled, shadow, until } from './helpers.js';
import { deepActiveElement, sendKeys, settledDeep } from './reader.js';

/**
 * The keyboard: real key presses (sendKeys drives the browser's own input), no synthetic clicks. Every
 * control is reached with Tab in reading order, shows a focus ring, and works with Enter and Space.
 */

/** Renders an element after a button that takes the focus first, so Tab enters the element. */
async function afterButton<E extends LitElement>(template: unknown): Promise<{ el: E; before: HTMLButtonElement }> {
  const wrapper = fixtureSync<HTMLElement>(html`<div><button id="before">Before</button>${template}</div>`);
  const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
  const el = wrapper.lastElementChild as E;
  return { el, before };
}

async function tab(shift = false): Promise<Element | null> {
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  if (shift) await sendKeys({ up: 'Shift' });
  return deepActiveElement();
}

/** The focus ring an element shows (its own outline, or a card's around the link that covers it). */
function ring(element: Element): { style: string; width: number } {
  const card = (element.getRootNode() as ShadowRoot).querySelector?.('.card');
  const drawn = element.matches('[part="link"]') && card ? card : element;
  const style = getComputedStyle(drawn);
  return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
}

describe('keyboard', () => {
  afterEach(() => resetConfiguration());

  it('reaches every link of an article with Tab, in reading order, each with a visible focus ring, and back with Shift+Tab', async () => {
    const { el, before } = await afterButton<NewsArticle>(html`<news-article endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article>`);
    await settled(el);
    await settledDeep(el);
    const root = shadow(el);
    // The body is sanitized after the article has loaded (in a lazy chunk): its links come a moment later.
    await until(() => !!root.querySelector('[part="body"] a'));
    const inner = (selector: string, part: string) => Array.from(shadow(root.querySelector(selector)!).querySelectorAll(`a[part="${part}"]`));
    const cards = Array.from(shadow(root.querySelector('news-related-articles')!).querySelectorAll('news-article-card'));
    const expected = [
      ...inner('news-tag-list', 'tag'),
      ...root.querySelectorAll('[part="body"] a'),
      ...root.querySelectorAll('a[part="source-link"], a[part="disclosure-link"]'),
      ...inner('news-author-bio', 'name-link'),
      ...inner('news-author-bio', 'link'),
      ...cards.map((card) => shadow(card).querySelector('a[part="link"]')!),
    ];
    expect(expected.length).to.be.greaterThan(6);

    before.focus();
    const visited: (Element | null)[] = [];
    for (let i = 0; i < expected.length; i++) {
      const focused = await tab();
      visited.push(focused);
      expect(focused, `stop ${i + 1}`).to.equal(expected[i]);
      const { style, width } = ring(focused!);
      expect(style, `focus ring at stop ${i + 1}`).to.equal('solid');
      expect(width).to.be.at.least(2);
    }
    // Back the same way.
    for (let i = expected.length - 2; i >= 0; i--) expect(await tab(true)).to.equal(expected[i]);
    expect(await tab(true)).to.equal(before);
  });

  it('Retry answers Enter and Space, keeps the focus while it fails, and loads once the endpoint is back', async () => {
    configure({ retries: 0 });
    const key = `keyboard-retry-${Date.now()}`;
    await flaky('break', key);
    const api = faulty('flaky', key);
    const { el, before } = await afterButton<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="s"></news-article-card>`);
    expect((await settled(el)).type).to.equal('news-error');
    await el.updateComplete;
    const path = `/flaky/${key}/api/articles/s`;
    expect((await faultServed(path)).cors).to.equal(1);

    before.focus();
    const retry = await tab();
    expect(retry).to.equal(shadow(el).querySelector('button[part="retry"]'));
    expect(ring(retry!).style).to.equal('solid');

    // Enter: one more request, the error again, and the focus back on (the new) Retry.
    const failedAgain = oneEvent(el, 'news-error');
    await sendKeys({ press: 'Enter' });
    await failedAgain;
    await el.updateComplete;
    expect((await faultServed(path)).cors).to.equal(2);
    expect(deepActiveElement()).to.equal(shadow(el).querySelector('button[part="retry"]'));

    // Space, once the endpoint answers again: the card.
    await flaky('mend', key);
    const loaded = oneEvent(el, 'news-load');
    await sendKeys({ press: 'Space' });
    await loaded;
    await el.updateComplete;
    expect((await faultServed(path)).cors).to.equal(3);
    expect(shadow(el).querySelector('[part="title"]')!.textContent).to.contain('Flaky story');
  });

  it('the "+N more" toggle answers Enter and Space, says whether it is expanded, and keeps the focus', async () => {
    const { el, before } = await afterButton<NewsTagList>(html`<news-tag-list endpoint=${endpoint} max="3"></news-tag-list>`);
    await settled(el);
    await el.updateComplete;
    const tagLinks = () => shadow(el).querySelectorAll('a[part="tag"]');
    before.focus();
    for (const link of Array.from(tagLinks())) expect(await tab()).to.equal(link);
    const more = await tab();
    expect(more).to.equal(shadow(el).querySelector('button[part="more"]'));
    expect(ring(more!).style).to.equal('solid');
    expect(more!.getAttribute('aria-expanded')).to.equal('false');
    expect(more!.textContent!.trim()).to.equal('+9 more');

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(tagLinks()).to.have.length(12);
    expect(more!.getAttribute('aria-expanded')).to.equal('true');
    expect(more!.textContent!.trim()).to.equal('Show fewer');
    expect(deepActiveElement()).to.equal(more);
    // The tags it showed come before it, in reading order: Shift+Tab reaches the last of them.
    expect(await tab(true)).to.equal(tagLinks()[11]);
    expect(await tab()).to.equal(more);

    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(tagLinks()).to.have.length(3);
    expect(more!.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(more);
  });

  it('a card is one tab stop, with the focus ring drawn around the whole card', async () => {
    const { el, before } = await afterButton<NewsArticleCard>(html`<news-article-card endpoint=${endpoint} slug="seagrass-meadows-return"></news-article-card>`);
    await settled(el);
    await el.updateComplete;
    before.focus();
    const link = await tab();
    expect(link).to.equal(shadow(el).querySelector('a[part="link"]'));
    expect(getComputedStyle(link!).outlineStyle).to.equal('none');
    expect(getComputedStyle(shadow(el).querySelector('.card')!).outlineStyle).to.equal('solid');
    // The next Tab leaves the card.
    const after = await tab();
    expect(after === null || !el.shadowRoot!.contains(after)).to.be.true;
  });
});
