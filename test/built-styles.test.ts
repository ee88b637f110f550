import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/define.js';
import { elements, type Article } from '../src/index.js';
import type * as NewsWidgets from '../src/index.js';
import { hanging } from './helpers.js';
import { article, author, summaries, tags } from './models.js';
import { deepElements, media, newsElements, settledDeep, type Tag } from './reader.js';

/**
 * The build minifies the elements' CSS (vite.config.ts); the other tests run the sources. Here the
 * sources render every element in every state, then each shadow root's stylesheets are swapped for
 * the built bundle's (dist/news-widgets.js, built by `npm test`), and every computed style of every
 * node and pseudo-element must stay the same. Custom properties are left out: minifying rewrites
 * their text (`0.25em` becomes `.25em`), and every property that reads them is compared.
 */
type Bundle = typeof NewsWidgets;
type Styled = { finalize(): void; elementStyles: ({ styleSheet?: CSSStyleSheet } | CSSStyleSheet)[] };

const built: Bundle = await import(/* @vite-ignore */ `${'/dist/news-widgets.js'}?styles`);

const sheetsOf = (classes: Bundle['elements'], tag: Tag): CSSStyleSheet[] => {
  const styled = classes[tag] as unknown as Styled;
  styled.finalize();
  return styled.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
};

const full: Article = {
  ...article,
  updatedAt: '2026-01-10T12:00:00+01:00',
  image: { src: '/test/fixtures/pixel.svg', alt: 'A pixel', caption: 'A caption', width: 16, height: 9 },
  disclosure: { text: 'How we work', url: 'https://site.test/about' },
};

/** Every element in every state: loaded (with every optional piece), empty, loading, failed. */
const RENDERS: (() => TemplateResult)[] = [
  () => html`<news-article .data=${full} link-target="_blank"></news-article>`,
  () => html`<news-article data-busy endpoint=${hanging} slug="x"></news-article>`,
  () => html`<news-article .data=${'garbage'}></news-article>`,
  () => html`<news-article-card .data=${{ ...summaries[0], image: full.image }}></news-article-card>`,
  () => html`<news-article-card data-busy endpoint=${hanging} slug="x"></news-article-card>`,
  () => html`<news-author-bio .data=${{ ...author, avatar: { src: '/test/fixtures/pixel.svg', alt: '' } }}></news-author-bio>`,
  () => html`<news-author-bio .data=${{ ...author, links: [] }}></news-author-bio>`,
  () => html`<news-author-bio data-busy endpoint=${hanging} author="x"></news-author-bio>`,
  () => html`<news-tag-list .data=${tags} max="1"></news-tag-list>`,
  () => html`<news-tag-list .data=${[]}></news-tag-list>`,
  () => html`<news-tag-list data-busy endpoint=${hanging}></news-tag-list>`,
  () => html`<news-related-articles .data=${summaries}></news-related-articles>`,
  () => html`<news-related-articles .data=${summaries} layout="grid"></news-related-articles>`,
  () => html`<news-related-articles .data=${[]}></news-related-articles>`,
  () => html`<news-related-articles data-busy endpoint=${hanging} tag="x" limit="2"></news-related-articles>`,
  () => html`<news-related-articles .data=${'garbage'}></news-related-articles>`,
];

/** Where and how: light and dark (by attribute and by the reader's setting), right to left, narrow and wide. */
const SETTINGS: { name: string; lang: string; width: string; theme?: string; media?: Parameters<typeof media>[0] }[] = [
  { name: 'light, wide', lang: 'en', width: '60em' },
  { name: 'theme="dark", narrow', lang: 'en', width: '18em', theme: 'dark' },
  { name: 'a reader who prefers dark', lang: 'en', width: '40em', media: { colorScheme: 'dark' } },
  { name: 'theme="light" for a reader who prefers dark', lang: 'en', width: '40em', theme: 'light', media: { colorScheme: 'dark' } },
  { name: 'right to left', lang: 'ar', width: '40em' },
  { name: 'forced colours', lang: 'en', width: '40em', media: { forcedColors: 'active' } },
  { name: 'reduced motion', lang: 'en', width: '40em', media: { reducedMotion: 'reduce' } },
];

/** Every computed style (custom properties aside) of every node and of its ::before and ::after when it has one, animations stopped. */
function computed(root: Element): string[] {
  const nodes = deepElements(root);
  for (const node of nodes) for (const animation of node.getAnimations()) animation.cancel();
  const lines: string[] = [];
  nodes.forEach((node, index) => {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(node, pseudo);
      if (pseudo && style.content === 'none') {
        lines.push(`${index} <${node.localName}${pseudo}> content: none`);
        continue;
      }
      for (const name of Array.from(style)) {
        if (!name.startsWith('--')) lines.push(`${index} <${node.localName}${pseudo ?? ''}> ${name}: ${style.getPropertyValue(name)}`);
      }
    }
  });
  return lines;
}

describe('the built stylesheets', () => {
  it('are the same rules, in the same order, as the sources', () => {
    const outline = (sheets: CSSStyleSheet[]) => {
      const visit = (rules: CSSRuleList): string[] =>
        Array.from(rules).flatMap((rule) =>
          rule instanceof CSSStyleRule
            ? [rule.selectorText, ...Array.from(rule.style)]
            : rule instanceof CSSGroupingRule
              ? [rule.cssText.slice(0, rule.cssText.indexOf('{')), ...visit(rule.cssRules)]
              : rule instanceof CSSKeyframesRule
                ? [rule.name, ...Array.from(rule.cssRules, (keyframe) => keyframe.cssText.replace(/\s+/g, ''))]
                : [rule.cssText],
        );
      return sheets.flatMap((sheet) => visit(sheet.cssRules));
    };
    for (const tag of Object.keys(elements) as Tag[]) {
      expect(outline(sheetsOf(built.elements, tag)), tag).to.deep.equal(outline(sheetsOf(elements, tag)));
    }
  });

  for (const setting of SETTINGS) {
    describe(setting.name, () => {
      before(() => media(setting.media ?? null));
      after(() => media(null));

      RENDERS.forEach((render, index) => {
        it(`style every element and state as the sources do (${index + 1} of ${RENDERS.length})`, async () => {
          const wrapper = fixtureSync<HTMLElement>(html`<div lang=${setting.lang} style="inline-size: ${setting.width}">${render()}</div>`);
          const el = wrapper.firstElementChild as LitElement;
          if (setting.theme) el.setAttribute('theme', setting.theme);
          await settledDeep(el, { busy: el.hasAttribute('data-busy') });
          const hosts = [el, ...newsElements(el).filter((inner) => inner !== el)].filter((host) => host.shadowRoot);
          const own = hosts.map((host) => host.shadowRoot!.adoptedStyleSheets);
          const expected = computed(wrapper);
          hosts.forEach((host) => (host.shadowRoot!.adoptedStyleSheets = sheetsOf(built.elements, host.localName as Tag)));
          const actual = computed(wrapper);
          hosts.forEach((host, i) => (host.shadowRoot!.adoptedStyleSheets = own[i]));
          const differences = actual.filter((line, i) => line !== expected[i]).slice(0, 10);
          expect(differences, `<${el.localName}>`).to.deep.equal([]);
          expect(actual.length, 'nodes and properties').to.equal(expected.length);
        });
      });
    });
  }
});
