// Every element has a usable width wherever a page puts it (docs/theming.md, "Any host layout"): in a flex
// row beside text, as an inline-block, floated, in a grid `auto` track, absolutely positioned and
// in a table cell, as well as in block flow. Each element is rendered in all six at once, in a box
// 640px wide, against the reference endpoint behind a delay: its box is measured while it shows its
// skeleton and again once it shows its content. It must be at least 15em wide (what a card needs to
// be read), no wider than the box, show its content inside its own box, and keep the box its
// skeleton had, so that nothing beside or below it moves when the content arrives.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { delayed, until } from './helpers.js';

const BOX = 640;
const USABLE = 15 * 16;
const LINE = 1.5 * 16;

const TEXT = 'The walk starts at the lifeboat station and follows the quay wall clockwise, past the fish market and over the swing bridge. '.repeat(3);

interface Layout {
  name: string;
  /** The element placed in the layout; `style` goes on the element itself. */
  place(element: (style: string) => TemplateResult): TemplateResult;
}

const LAYOUTS: Layout[] = [
  { name: 'a flex row beside text', place: (el) => html`<div style="display: flex; gap: 16px"><p style="margin: 0">${TEXT}</p>${el('')}</div>` },
  { name: 'an inline-block', place: (el) => html`<div>${el('display: inline-block; vertical-align: top')}</div>` },
  { name: 'a float', place: (el) => html`<div style="display: flow-root">${el('float: left; margin-inline-end: 16px')}<p style="margin: 0">${TEXT}</p></div>` },
  {
    name: 'a grid auto track',
    place: (el) => html`<div style="display: grid; grid-template-columns: auto 1fr; gap: 16px">${el('')}<p style="margin: 0">${TEXT}</p></div>`,
  },
  { name: 'an absolutely positioned box', place: (el) => html`<div style="position: relative; block-size: 20px">${el('position: absolute; inset-block-start: 0; inset-inline-start: 0')}</div>` },
  { name: 'a table cell', place: (el) => html`<table><tr><td>${el('')}</td><td>${TEXT}</td></tr></table>` },
];

interface Subject {
  tag: string;
  /** The element, loading from `endpoint`, with `style` on it. */
  render(endpoint: string, style: string): TemplateResult;
  /** The part that shows the content: it must have a box, inside the element's. */
  shows: string;
  /**
   * How tall the content is against the skeleton: `same`; within two lines of text (a bio's length
   * is the author's: see skeleton-space.test.ts); or at least as tall (an article).
   */
  height: 'same' | 'lines' | 'taller';
}

const SUBJECTS: Subject[] = [
  {
    tag: 'news-article-card',
    render: (endpoint, style) => html`<news-article-card style=${style} endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article-card>`,
    shows: '[part="title"]',
    height: 'same',
  },
  {
    tag: 'news-author-bio',
    render: (endpoint, style) => html`<news-author-bio style=${style} endpoint=${endpoint} author="nadia-okafor"></news-author-bio>`,
    shows: '[part="name"]',
    height: 'lines',
  },
  {
    tag: 'news-tag-list',
    render: (endpoint, style) => html`<news-tag-list style=${style} endpoint=${endpoint} article="harbour-bridge-reopens"></news-tag-list>`,
    shows: '[part="list"]',
    height: 'same',
  },
  {
    tag: 'news-related-articles',
    render: (endpoint, style) => html`<news-related-articles style=${style} endpoint=${endpoint} article="harbour-bridge-reopens"></news-related-articles>`,
    shows: '[part="list"]',
    height: 'same',
  },
  {
    tag: 'news-article',
    render: (endpoint, style) => html`<news-article style=${style} endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article>`,
    shows: '[part="title"]',
    height: 'taller',
  },
];

const TAGS = SUBJECTS.map(({ tag }) => tag);

/** Every news-* element in and under `root`, those inside other elements' shadow roots too. */
function widgetsIn(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(TAGS.join(','))).flatMap((element) => [element, ...(element.shadowRoot ? widgetsIn(element.shadowRoot) : [])]);
}

/** Shows its content: nothing busy, no skeleton, and the article's body in place. */
function shown(element: Element): boolean {
  const all = [element, ...widgetsIn(element.shadowRoot!)];
  const body = element.localName !== 'news-article' || element.shadowRoot?.querySelector('[part="body"] > *');
  return Boolean(body) && all.every((widget) => !widget.hasAttribute('aria-busy') && !widget.shadowRoot?.querySelector('[part="skeleton"]'));
}

/** Each case gets its own delay, hence its own URLs: none is answered from the page's cache. */
let nextDelay = 900;

/** Renders `subject` in every layout, and returns each element with its box as a skeleton. */
async function renderInEveryLayout(subject: Subject) {
  const cases = LAYOUTS.map((layout) => ({ layout, endpoint: delayed(nextDelay++) }));
  const root = fixtureSync(html`<div style="inline-size: ${BOX}px">
    ${cases.map(({ layout, endpoint }) => html`<section style="margin-block-end: 24px">${layout.place((style) => subject.render(endpoint, style))}</section>`)}
  </div>`);
  const elements = cases.map((_, index) => root.children[index].querySelector(subject.tag) as HTMLElement & { updateComplete: Promise<unknown> });
  await Promise.all(elements.map((element) => element.updateComplete));
  for (const element of elements) expect(element.shadowRoot!.querySelector('[part="skeleton"]'), `<${subject.tag}> shows its skeleton first`).not.to.equal(null);
  const skeletons = elements.map((element) => element.getBoundingClientRect());
  return { cases, elements, skeletons };
}

describe('host layouts: every element has a usable width wherever a page puts it', function () {
  this.timeout(30000);

  for (const subject of SUBJECTS) {
    it(`<${subject.tag}> in a flex row, an inline-block, a float, a grid auto track, an absolutely positioned box and a table cell`, async () => {
      const { cases, elements, skeletons } = await renderInEveryLayout(subject);
      await until(() => elements.every(shown), 15000);

      const problems: string[] = [];
      cases.forEach(({ layout }, index) => {
        const element = elements[index];
        const box = element.getBoundingClientRect();
        const skeleton = skeletons[index];
        const where = `in ${layout.name}`;
        if (box.width < USABLE) problems.push(`${where}: ${box.width.toFixed(1)}px wide, narrower than 15em`);
        if (box.width > BOX + 0.5) problems.push(`${where}: ${box.width.toFixed(1)}px wide, wider than its ${BOX}px box`);
        if (box.width !== skeleton.width) problems.push(`${where}: ${skeleton.width.toFixed(1)}px wide as a skeleton, ${box.width.toFixed(1)}px with its content`);
        const taller = box.height - skeleton.height;
        if (subject.height === 'same' ? taller !== 0 : subject.height === 'lines' ? Math.abs(taller) > 2 * LINE : taller < 0) {
          problems.push(`${where}: ${skeleton.height.toFixed(1)}px tall as a skeleton, ${box.height.toFixed(1)}px with its content`);
        }
        const content = element.shadowRoot!.querySelector(subject.shows);
        const inner = content?.getBoundingClientRect();
        if (!inner || inner.width === 0 || inner.height === 0) problems.push(`${where}: ${subject.shows} has no box`);
        else if (inner.left < box.left - 0.5 || inner.right > box.right + 0.5) problems.push(`${where}: ${subject.shows} sticks out of the element`);
      });
      expect(problems).to.deep.equal([]);
      await expect(elements[0]).to.be.accessible();
    });
  }

  it('<news-article-card> still lays itself out by the width it gets: side by side when a flex row gives it 600px, stacked at 20em', async () => {
    const root = fixtureSync(html`<div style="inline-size: ${BOX}px">
      <div style="display: flex"><news-article-card style="flex: 0 0 600px" endpoint=${delayed(880)} slug="seagrass-meadows-return"></news-article-card></div>
      <div><news-article-card style="display: inline-block" endpoint=${delayed(880)} slug="seagrass-meadows-return"></news-article-card></div>
    </div>`);
    const [wide, narrow] = Array.from(root.querySelectorAll('news-article-card'));
    await Promise.all([wide.updateComplete, narrow.updateComplete]);
    await until(() => shown(wide) && shown(narrow));
    const boxes = (card: Element) => ['[part="media"]', '[part="content"]'].map((selector) => card.shadowRoot!.querySelector(selector)!.getBoundingClientRect());
    const [wideMedia, wideText] = boxes(wide);
    expect(wide.getBoundingClientRect().width).to.equal(600);
    // Within a 64th of a pixel, the unit in which engines lay out.
    expect(wideMedia.right, 'the image beside the text').to.be.at.most(wideText.left + 1 / 64);
    const [narrowMedia, narrowText] = boxes(narrow);
    expect(narrow.getBoundingClientRect().width).to.equal(20 * 16);
    expect(narrowMedia.bottom, 'the image above the text').to.be.at.most(narrowText.top + 1 / 64);
    await expect(wide).to.be.accessible();
  });
});
