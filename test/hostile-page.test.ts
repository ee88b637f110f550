import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/define.js';
import { endpoint, settled, shadow } from './helpers.js';
import { deepElements, imagesLoaded, pixelsDiffering, screenshot, setViewport, settledDeep } from './reader.js';

/**
 * A host page that fights back: a CSS reset, a Bootstrap-like and a Tailwind-like base, and plain
 * aggression (`* { box-sizing: content-box; text-transform: uppercase }`, `img { width: 100% }`,
 * `a { color: red !important }`, rules on the elements' own tag names…). Each element, loaded from
 * the real endpoint, is measured and photographed on a clean page, then the hostile stylesheet is
 * added to the same page: every box inside its shadow roots, every computed style that matters and
 * every pixel of its screenshot must stay the same. (The page's font family is inherited on
 * purpose, so both pages use the same one.) The screenshots are written to test/.screenshots/.
 *
 * Where the line is (src/internal/tokens.ts): a rule that matches the element itself may set its
 * size, line height, weight, style, family and colour, as a page that means it does
 * (test/styling-from-outside.test.ts), and CSS cannot tell `*` from the element's tag name there.
 * So here the page's type comes by inheritance (from `body`, which must stop at the element), and the
 * rules on `*` and on the tag names set what a page never sets on an element: case, spacing,
 * alignment, indent, white space, shadow, small caps, cursor (some of them `!important`).
 */
const FONT = '"DejaVu Sans", Verdana, sans-serif';
const PAGE_FONT = `body { font-family: ${FONT}; background: #fff; }`;

const HOSTILE = `
/* A CSS reset (Eric Meyer's, abridged) */
html, body, div, span, h1, h2, h3, h4, h5, h6, p, blockquote, a, em, img, strong, ol, ul, li, figure, figcaption,
article, section, header, footer, time, button { margin: 0; padding: 0; border: 0; font-size: 100%; font: inherit; vertical-align: baseline; }
ol, ul { list-style: none; }
/* A Tailwind-like preflight */
*, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; border-color: #e5e7eb; }
img, svg, video { display: block; max-width: 100%; height: auto; }
h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
a { color: inherit; text-decoration: inherit; }
button { background-color: transparent; background-image: none; padding: 0; font: inherit; color: inherit; }
/* A Bootstrap-like reboot */
body { font-family: ${FONT}; line-height: 1.5; color: #212529; text-align: left; -webkit-text-size-adjust: 100%; }
h1 { font-size: 2.5rem; margin-bottom: .5rem; } p { margin-top: 0; margin-bottom: 1rem; }
/* Aggression */
html { font-size: 10px !important; }
body { font-size: 20px !important; line-height: 1 !important; color: purple !important; font-weight: 900 !important; font-style: italic !important; }
* { box-sizing: content-box !important; letter-spacing: .1em; word-spacing: .5em;
    text-transform: uppercase; text-align: center; text-indent: 2em; white-space: nowrap;
    text-shadow: 0 0 2px red; cursor: crosshair; hyphens: auto; overflow-wrap: anywhere; font-variant: small-caps; }
img { width: 100% !important; height: 300px !important; border: 5px solid red !important; }
a { color: red !important; text-decoration: underline wavy !important; }
ul, ol, li { list-style: square inside !important; margin: 2em !important; }
p, h1, h2, h3, h4, h5, h6 { margin: 3em !important; }
button { all: unset; }
article, section, header, footer { display: flex; padding: 30px; }
p::before, li::before, span::before { content: '\\2605'; }
news-article, news-article-card, news-author-bio, news-tag-list, news-related-articles {
  text-align: right !important; letter-spacing: 1em; word-spacing: 1em !important; text-transform: lowercase !important; text-indent: 3em;
  white-space: pre; font-variant: all-small-caps; text-decoration: line-through; font-family: inherit; }
news-article::before, news-tag-list::after, news-author-bio::before { content: 'INJECTED'; }
`;

/** What must not change: the box of every element (relative to the host) and the styles that draw it. */
const STYLES = [
  'display', 'boxSizing', 'fontFamily', 'fontSize', 'lineHeight', 'fontWeight', 'fontStyle', 'fontVariantCaps', 'color', 'backgroundColor',
  'letterSpacing', 'wordSpacing', 'textTransform', 'textAlign', 'textIndent', 'whiteSpace', 'textShadow', 'textDecorationLine',
  'listStyleType', 'marginTop', 'marginInlineStart', 'paddingTop', 'paddingInlineStart', 'borderTopWidth', 'borderTopColor',
  'outlineStyle', 'cursor', 'hyphens', 'overflowWrap', 'direction',
] as const;

function snapshot(host: Element): string[] {
  const origin = host.getBoundingClientRect();
  const lines = [`host ${Math.round(origin.width)}×${Math.round(origin.height)}`];
  const inside = deepElements(host).filter((element) => element !== host && element.getRootNode() instanceof ShadowRoot);
  for (const element of inside) {
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    const where = `<${element.localName}${element.getAttribute('part') ? ` part=${element.getAttribute('part')}` : ''}${element.className && typeof element.className === 'string' ? ` .${element.className}` : ''}>`;
    const numbers = [box.x - origin.x, box.y - origin.y, box.width, box.height].map((n) => Math.round(n * 2) / 2).join(',');
    lines.push(`${where} @${numbers} ${STYLES.map((name) => `${name}=${style[name]}`).join(' ')}`);
  }
  return lines;
}

const CASES: [string, TemplateResult][] = [
  ['article', html`<news-article endpoint=${endpoint} slug="harbour-bridge-reopens" link-target="_blank"></news-article>`],
  ['card', html`<news-article-card endpoint=${endpoint} slug="seagrass-meadows-return"></news-article-card>`],
  ['author-bio', html`<news-author-bio endpoint=${endpoint} author="tomas-lindqvist"></news-author-bio>`],
  ['tag-list', html`<news-tag-list endpoint=${endpoint} max="5"></news-tag-list>`],
  ['related-grid', html`<news-related-articles endpoint=${endpoint} tag="city" limit="4" layout="grid"></news-related-articles>`],
  ['error', html`<news-article-card endpoint=${endpoint} slug="no-such-article"></news-article-card>`],
  ['rtl-card', html`<news-article-card lang="ar" endpoint=${endpoint} slug="calligraphy-festival-quayside"></news-article-card>`],
];

describe('a host page that fights back', () => {
  const clean = new CSSStyleSheet();
  clean.replaceSync(PAGE_FONT);
  const hostile = new CSSStyleSheet();
  hostile.replaceSync(HOSTILE);

  before(async () => {
    await setViewport({ width: 1000, height: 3600 });
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, clean];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== clean && sheet !== hostile);
  });

  for (const [name, template] of CASES) {
    it(`${name}: the same boxes, styles and pixels under an aggressive global stylesheet`, async () => {
      const stage = fixtureSync<HTMLElement>(
        html`<div style="position: absolute !important; inset-block-start: 0 !important; inset-inline-start: 0 !important; inline-size: 760px !important; margin: 0 !important; padding: 0 !important;">${template}</div>`,
      );
      const el = stage.firstElementChild as LitElement;
      await settled(el);
      await settledDeep(el);
      await imagesLoaded(el);
      scrollTo(0, 0);

      const before = snapshot(el);
      const cleanShot = await screenshot(el, `${name}-clean`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, hostile];
      try {
        // The hostile sheet does reach the page around the element.
        expect(getComputedStyle(stage).textTransform).to.equal('uppercase');
        expect(getComputedStyle(stage).fontSize, "the body's type, inherited").to.equal('20px');
        expect(getComputedStyle(document.documentElement).fontSize).to.equal('10px');
        const after = snapshot(el);
        const changed = after.findIndex((line, index) => line !== before[index]);
        expect(changed, `first change:\n  clean:   ${before[changed]}\n  hostile: ${after[changed]}`).to.equal(-1);
        expect(after.length).to.equal(before.length);
        const hostileShot = await screenshot(el, `${name}-hostile`);
        expect([hostileShot.width, hostileShot.height]).to.deep.equal([cleanShot.width, cleanShot.height]);
        // Rasterisation may round an antialiased edge differently by a level or two: no more.
        expect(pixelsDiffering(cleanShot, hostileShot, 4), 'pixels that differ').to.equal(0);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hostile);
      }
    });
  }

  it("inherits the page's font family, on purpose, and nothing else of the page's type", async () => {
    const stage = fixtureSync<HTMLElement>(html`<div style="font: italic 900 30px/3 Georgia, serif; color: lime; text-transform: uppercase;">
      <news-tag-list endpoint=${endpoint} article="seagrass-meadows-return"></news-tag-list>
    </div>`);
    const el = stage.firstElementChild as LitElement;
    await settled(el);
    await el.updateComplete;
    const tag = getComputedStyle(shadow(el).querySelector('[part="tag"]')!);
    expect(tag.fontFamily).to.equal('Georgia, serif');
    expect([tag.fontStyle, tag.fontWeight, tag.textTransform]).to.deep.equal(['normal', '400', 'none']);
    expect(getComputedStyle(el).fontSize).to.equal('16px');
  });
});
