// Skeletons take the space of their content (docs/site-owners.md: "a skeleton that takes the same space as the
// content, so nothing shifts when it arrives"). Each element is rendered against the reference
// endpoint behind a delay, in containers of three widths: its box is measured while it shows its
// skeleton, and again once it (and every element inside it) shows the content.
//
// In one font in every engine, as a site sets its own: the elements inherit the page's font family,
// and the engines' default one is not the same (Chromium's serif has the metrics of Times New Roman,
// Firefox's and WebKit's is DejaVu Serif, about a quarter wider). In one font, the demo's texts wrap
// alike everywhere; in another, one of them may take a line more or less than a typical text, which
// is what a skeleton stands for, in every engine alike.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../src/define.js';
import { delayed, until } from './helpers.js';

const WIDTHS = [300, 400, 800];
const TAGS = ['news-article', 'news-article-card', 'news-author-bio', 'news-tag-list', 'news-related-articles'];

/** Every news-* element in and under `root`, those inside other elements' shadow roots too. */
function widgetsIn(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll(TAGS.join(','))).flatMap((element) => [element, ...(element.shadowRoot ? widgetsIn(element.shadowRoot) : [])]);
}

/** Shows its content: no skeleton, nothing busy, and the article's body in place. */
function shown(element: Element): boolean {
  const all = [element, ...(element.shadowRoot ? widgetsIn(element.shadowRoot) : [])];
  const body = element.localName !== 'news-article' || element.shadowRoot?.querySelector('[part="body"] > *');
  return Boolean(body) && all.every((widget) => !widget.hasAttribute('aria-busy') && !widget.shadowRoot?.querySelector('[part="skeleton"]'));
}

const height = (element: Element) => element.getBoundingClientRect().height;

/** Each element gets its own delay, hence its own URLs: none is answered from the page's cache. */
let nextDelay = 1500;

interface Measured {
  width: number;
  what: string;
  skeleton: number;
  loaded: number;
}

/**
 * Renders `render(endpoint)` for each width (and each of `variants`) at once, each behind its own
 * delay (a distinct URL, so that no answer comes from the page's cache and every one starts as a
 * skeleton); measures every element as a skeleton, then loaded.
 */
async function measure<V>(variants: V[], render: (variant: V, endpoint: string) => TemplateResult, name: (variant: V) => string): Promise<Measured[]> {
  const cases = WIDTHS.flatMap((width) => variants.map((variant) => ({ width, variant, endpoint: delayed(nextDelay++) })));
  const root = fixtureSync(html`<div style="font-family: 'Liberation Serif'">
    ${cases.map(({ width, variant, endpoint }) => html`<div style="inline-size: ${width}px">${render(variant, endpoint)}</div>`)}
  </div>`);
  const elements = Array.from(root.children, (container) => container.firstElementChild!);
  await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
  for (const element of elements) {
    expect(element.shadowRoot!.querySelector('[part="skeleton"]'), `<${element.localName}> shows its skeleton first`).not.to.equal(null);
  }
  const skeletons = elements.map(height);
  await until(() => elements.every(shown), 9000);
  return cases.map(({ width, variant }, index) => ({ width, what: name(variant), skeleton: skeletons[index], loaded: height(elements[index]) }));
}

/**
 * Fails, listing every one, when a skeleton and its content differ by more than `tolerance` px (and
 * the hundredth of a pixel by which Firefox may report two boxes of the same height).
 */
function expectSameSpace(measured: Measured[], tolerance: number): void {
  const off = measured.filter(({ skeleton, loaded }) => Math.abs(skeleton - loaded) > tolerance + 0.01);
  const line = ({ width, what, skeleton, loaded }: Measured) => `${what} at ${width}px: skeleton ${skeleton.toFixed(1)}, loaded ${loaded.toFixed(1)}`;
  expect(off.map(line), `differ by more than ${tolerance}px`).to.deep.equal([]);
}

describe('skeletons take the space of their content', function () {
  this.timeout(20000);

  it('<news-article-card>: exactly, for every article of the demo content', async () => {
    const slugs = ['harbour-bridge-reopens', 'seagrass-meadows-return', 'lighthouse-festival-lineup', 'school-heat-pumps', 'calligraphy-festival-quayside', 'library-repair-cafe'];
    const measured = await measure(slugs, (slug, endpoint) => html`<news-article-card endpoint=${endpoint} slug=${slug}></news-article-card>`, (slug) => slug);
    expectSameSpace(measured, 0);
  });

  it('<news-related-articles>: exactly, as a strip, as a grid and as a list', async () => {
    const layouts = ['strip', 'grid', 'list'];
    const measured = await measure(
      layouts,
      (layout, endpoint) => html`<news-related-articles endpoint=${endpoint} article="harbour-bridge-reopens" layout=${layout}></news-related-articles>`,
      (layout) => layout,
    );
    expectSameSpace(measured, 0);
  });

  it("<news-tag-list>: an article's tags exactly", async () => {
    const slugs = ['harbour-bridge-reopens', 'seagrass-meadows-return'];
    const measured = await measure(slugs, (slug, endpoint) => html`<news-tag-list endpoint=${endpoint} article=${slug}></news-tag-list>`, (slug) => slug);
    expectSameSpace(measured, 0);
  });

  it("<news-tag-list>: the endpoint's tag list", async () => {
    const measured = await measure([undefined, 4], (max, endpoint) => html`<news-tag-list endpoint=${endpoint} max=${max ?? nothing}></news-tag-list>`, (max) => `max ${max ?? 'none'}`);
    expectSameSpace(measured, 0);
  });

  // A bio's length is the author's: the skeleton is a bio of about 225 characters (Nadia Okafor's
  // is 245, and takes as many lines at these widths). The demo's shorter bios (214 and 160
  // characters) leave one or two of those lines empty: the bio shrinks by at most two lines of text.
  it('<news-author-bio>: exactly for a bio of typical length, within two lines for shorter ones', async () => {
    const typical = await measure(['nadia-okafor'], (author, endpoint) => html`<news-author-bio endpoint=${endpoint} author=${author}></news-author-bio>`, (author) => author);
    expectSameSpace(typical, 0);
    const shorter = await measure(['tomas-lindqvist', 'ben-carraway'], (author, endpoint) => html`<news-author-bio endpoint=${endpoint} author=${author}></news-author-bio>`, (author) => author);
    const line = 1.5 * 16;
    expectSameSpace(shorter, 2 * line);
  });

  // An article's length is its body's: the skeleton stands for its top (a screen at least), so that
  // what follows it is below the fold until it arrives, and then only grows downwards.
  it('<news-article>: at least a screen tall, and never taller than the article', async () => {
    const measured = await measure(['harbour-bridge-reopens'], (slug, endpoint) => html`<news-article endpoint=${endpoint} slug=${slug}></news-article>`, (slug) => slug);
    for (const { width, skeleton, loaded } of measured) {
      expect(skeleton, `skeleton at ${width}px, against the viewport`).to.be.at.least(innerHeight);
      expect(skeleton, `skeleton at ${width}px, against the article`).to.be.at.most(loaded);
    }
  });
});

describe('skeletons draw nothing but bars', () => {
  it("no clamp's ellipsis after a placeholder title or summary that wraps past its lines, in a narrow strip, list and card", async () => {
    const endpoint = delayed(nextDelay++);
    const root = fixtureSync(html`<div style="inline-size: 300px; font-family: 'Liberation Serif'">
      <news-related-articles endpoint=${endpoint} article="harbour-bridge-reopens" layout="list" style="inline-size: 220px"></news-related-articles>
      <news-related-articles endpoint=${endpoint} article="harbour-bridge-reopens"></news-related-articles>
      <news-article-card endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article-card>
    </div>`);
    const elements = Array.from(root.children) as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(elements.map((element) => element.updateComplete));
    const boxes = elements.flatMap((element) => Array.from(element.shadowRoot!.querySelectorAll('[part="skeleton"] .card :is(.title, .summary)')));
    expect(boxes.length, 'placeholder titles and summaries').to.be.greaterThan(4);
    // The clamp is what draws the "…", in the box's text colour, after the last line it shows.
    const overflowing = boxes.filter((box) => box.scrollHeight > box.clientHeight + 1);
    expect(overflowing.length, 'some placeholders wrap past their lines at this width').to.be.greaterThan(0);
    for (const box of overflowing) expect(getComputedStyle(box).webkitLineClamp, box.className).to.equal('none');
    // In a list, a placeholder title shows three lines at most, as a title does.
    const listTitles = elements[0].shadowRoot!.querySelectorAll<HTMLElement>('[part="skeleton"] .card .title');
    expect(listTitles.length, "the list's placeholder titles").to.be.greaterThan(0);
    for (const title of listTitles) {
      expect(title.getBoundingClientRect().height, 'a placeholder title in a list').to.be.at.most(3 * parseFloat(getComputedStyle(title).lineHeight) + 0.5);
    }
    // The card's own title and summary are still clamped, with their ellipsis.
    const card = elements[2];
    await until(() => card.shadowRoot!.querySelector('[part="summary"]') !== null, 9000);
    for (const part of ['title', 'summary']) expect(getComputedStyle(card.shadowRoot!.querySelector(`[part="${part}"]`)!).webkitLineClamp, part).to.equal('3');
  });
});
