import { expect, fixtureSync, html } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../src/define.js';
import type { Article } from '../src/index.js';
import { endpoint, hanging, settled, shadow, until } from './helpers.js';
import { article, author, summaries, tags } from './models.js';
import { contrast, media, sendKeys, settledDeep, TAGS, type Tag } from './reader.js';

/**
 * Theming: the documented custom properties and parts (custom-elements.json, from the JSDoc) are
 * exactly the ones that exist and work; light and dark; layouts from the container's width; slots;
 * reduced motion and forced colours.
 */
interface Declaration {
  tagName?: string;
  name: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
  slots?: { name: string }[];
}
const manifest: { modules: { declarations?: Declaration[] }[] } = await (await fetch('/custom-elements.json')).json();
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const declared = (tag: Tag) => declarations.find((declaration) => declaration.tagName === tag)!;

const full: Article = {
  ...article,
  updatedAt: '2026-01-10T12:00:00+01:00',
  image: { src: '/test/fixtures/pixel.svg', alt: 'A pixel', caption: 'A caption', width: 16, height: 9 },
  disclosure: { text: 'How we work', url: 'https://site.test/about' },
};
const cs = (element: Element) => getComputedStyle(element);
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`)!;

async function show<E extends LitElement>(template: TemplateResult, style = ''): Promise<E> {
  const wrapper = fixtureSync<HTMLElement>(html`<div lang="en" style=${style}>${template}</div>`);
  const el = wrapper.firstElementChild as E;
  await settledDeep(el, { busy: el.hasAttribute('data-busy') });
  return el;
}

/** Each element in every state it has, with every optional piece present. */
const RENDERS: Record<Tag, (() => TemplateResult)[]> = {
  'news-article': [
    () => html`<news-article .data=${full}></news-article>`,
    () => html`<news-article data-busy endpoint=${hanging} slug="x"></news-article>`,
    () => html`<news-article .data=${'garbage'}></news-article>`,
  ],
  'news-article-card': [
    () => html`<news-article-card .data=${{ ...summaries[0], image: full.image }}></news-article-card>`,
    () => html`<news-article-card data-busy endpoint=${hanging} slug="x"></news-article-card>`,
    () => html`<news-article-card .data=${'garbage'}></news-article-card>`,
  ],
  'news-author-bio': [
    () => html`<news-author-bio .data=${{ ...author, avatar: { src: '/test/fixtures/pixel.svg', alt: '' } }}></news-author-bio>`,
    () => html`<news-author-bio .data=${{ ...author, links: [] }}></news-author-bio>`,
    () => html`<news-author-bio data-busy endpoint=${hanging} author="x"></news-author-bio>`,
    () => html`<news-author-bio .data=${'garbage'}></news-author-bio>`,
  ],
  'news-tag-list': [
    () => html`<news-tag-list .data=${tags} max="1"></news-tag-list>`,
    () => html`<news-tag-list .data=${[]}></news-tag-list>`,
    () => html`<news-tag-list data-busy endpoint=${hanging}></news-tag-list>`,
    () => html`<news-tag-list .data=${'garbage'}></news-tag-list>`,
  ],
  'news-related-articles': [
    () => html`<news-related-articles .data=${summaries}></news-related-articles>`,
    () => html`<news-related-articles .data=${[]}></news-related-articles>`,
    () => html`<news-related-articles data-busy endpoint=${hanging} tag="x"></news-related-articles>`,
    () => html`<news-related-articles .data=${'garbage'}></news-related-articles>`,
  ],
};

/**
 * The part in the body's place when the body cannot be sanitized (DOMPurify missing beside the
 * bundle: test/one-file.test.ts), here made to fail by a parser that cannot be made.
 */
async function bodyUnavailablePart(): Promise<string> {
  const create = Object.getOwnPropertyDescriptor(DOMImplementation.prototype, 'createHTMLDocument')!;
  DOMImplementation.prototype.createHTMLDocument = () => {
    throw new Error('No parser here.');
  };
  try {
    const el = await show(html`<news-article .data=${full}></news-article>`);
    await until(() => shadow(el).querySelector('[part="body"] [part]') !== null);
    return shadow(el).querySelector('[part="body"] [part]')!.getAttribute('part')!;
  } finally {
    Object.defineProperty(DOMImplementation.prototype, 'createHTMLDocument', create);
  }
}

describe('theming: parts', () => {
  for (const tag of TAGS) {
    it(`<${tag}>: every documented part is rendered, and every rendered part is documented`, async () => {
      const rendered = new Set<string>();
      for (const render of RENDERS[tag]) {
        const el = await show(render());
        for (const element of shadow(el).querySelectorAll('[part]')) element.getAttribute('part')!.split(/\s+/).forEach((name) => rendered.add(name));
        // The parts of the elements inside, as this one exports them (test/styling-from-outside.test.ts tries each from a page).
        for (const element of shadow(el).querySelectorAll('[exportparts]')) {
          for (const mapping of element.getAttribute('exportparts')!.split(',')) rendered.add(mapping.split(':')[1].trim());
        }
      }
      if (tag === 'news-article') rendered.add(await bodyUnavailablePart());
      const documented = (declared(tag).cssParts ?? []).map((p) => p.name);
      expect([...rendered].sort()).to.deep.equal([...new Set(documented)].sort());
    });
  }

  it('styles a part from the page with ::part()', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('news-article-card::part(title) { color: rgb(9, 8, 7); } news-tag-list::part(tag) { border-radius: 0; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const card = await show(html`<news-article-card .data=${summaries[0]}></news-article-card>`);
      expect(cs(part(card, 'title')).color).to.equal('rgb(9, 8, 7)');
      const list = await show(html`<news-tag-list .data=${tags}></news-tag-list>`);
      expect(cs(part(list, 'tag')).borderTopLeftRadius).to.equal('0px');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});

describe('theming: custom properties', () => {
  /** How to see each documented property at work: where to set it, what it should change. */
  const PROBES: Record<string, { render: () => TemplateResult; value: string; read: (el: LitElement) => string | Promise<string> }> = {
    '--news-font-family': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: 'monospace', read: (el) => cs(part(el, 'summary')).fontFamily },
    '--news-font-family-heading': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: 'cursive', read: (el) => cs(part(el, 'title')).fontFamily },
    '--news-font-size': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: '21px', read: (el) => cs(part(el, 'content')).fontSize },
    '--news-line-height': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: '2', read: (el) => cs(part(el, 'summary')).lineHeight },
    '--news-color-text': { render: () => html`<news-author-bio .data=${author}></news-author-bio>`, value: 'rgb(1, 2, 3)', read: (el) => cs(part(el, 'text')).color },
    '--news-color-muted': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: 'rgb(1, 2, 4)', read: (el) => cs(part(el, 'summary')).color },
    '--news-color-accent': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: 'rgb(1, 2, 5)', read: (el) => cs(part(el, 'section')).color },
    '--news-color-surface': { render: () => html`<news-tag-list .data=${tags}></news-tag-list>`, value: 'rgb(1, 2, 6)', read: (el) => cs(el).backgroundColor },
    '--news-color-border': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: 'rgb(1, 2, 7)', read: (el) => cs(part(el, 'card')).borderTopColor },
    '--news-color-skeleton': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: 'rgb(1, 2, 8)', read: (el) => cs(part(el, 'media')).backgroundColor },
    '--news-color-error': { render: () => html`<news-tag-list .data=${'garbage'}></news-tag-list>`, value: 'rgb(1, 2, 9)', read: (el) => cs(part(el, 'error-message')).color },
    '--news-radius': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: '3px', read: (el) => cs(part(el, 'card')).borderStartStartRadius },
    '--news-space-1': { render: () => html`<news-tag-list .data=${tags}></news-tag-list>`, value: '7px', read: (el) => cs(part(el, 'tag')).paddingBlockStart },
    '--news-space-2': { render: () => html`<news-tag-list .data=${tags}></news-tag-list>`, value: '9px', read: (el) => cs(part(el, 'list')).columnGap },
    '--news-space-3': { render: () => html`<news-article-card .data=${summaries[0]}></news-article-card>`, value: '11px', read: (el) => cs(part(el, 'content')).paddingInlineStart },
    '--news-space-4': { render: () => html`<news-article .data=${article}></news-article>`, value: '13px', read: (el) => cs(part(el, 'article')).rowGap },
    '--news-focus-ring': {
      render: () => html`<news-tag-list .data=${tags}></news-tag-list>`,
      value: '3px dashed rgb(1, 2, 10)',
      read: async (el) => {
        const link = part(el, 'tag') as HTMLElement;
        (document.activeElement as HTMLElement | null)?.blur();
        const before = document.createElement('button');
        el.before(before);
        before.focus();
        await sendKeys({ press: 'Tab' });
        before.remove();
        const style = cs(link);
        return `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`;
      },
    },
    '--news-article-max-width': { render: () => html`<news-article .data=${article}></news-article>`, value: '300px', read: (el) => cs(part(el, 'article')).maxInlineSize },
    '--news-related-card-width': {
      render: () => html`<news-related-articles layout="grid" .data=${summaries}></news-related-articles>`,
      value: '400px',
      read: (el) => String(cs(part(el, 'list')).gridTemplateColumns.split(' ').length),
    },
  };

  it('every documented property has a probe here, and every probe is documented', () => {
    const documented = new Set(declarations.flatMap((declaration) => (declaration.cssProperties ?? []).map((p) => p.name)));
    expect([...documented].sort()).to.deep.equal(Object.keys(PROBES).sort());
  });

  for (const [name, probe] of Object.entries(PROBES)) {
    it(`${name} changes what it says, set on an ancestor`, async () => {
      const el = await show(probe.render(), 'inline-size: 40rem');
      const before = await probe.read(el);
      el.parentElement!.style.setProperty(name, probe.value);
      await el.updateComplete;
      const after = await probe.read(el);
      expect(after, name).not.to.equal(before);
      if (name.includes('color') || name.includes('radius') || name.includes('space') || name.includes('max-width') || name === '--news-font-size') {
        expect(after).to.equal(probe.value);
      }
    });
  }
});

describe('theming: the guide', () => {
  it('lists every documented property and part in docs/theming.md, before its slots', async () => {
    const guide = await (await fetch('/docs/theming.md')).text();
    const section = guide.slice(guide.indexOf('\n## Custom properties'), guide.indexOf('\n## Slots'));
    expect(section).to.contain('| every element |');
    for (const name of new Set(declarations.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)))) expect(section, name).to.contain(`\`${name}\``);
    const base = declarations.find((d) => d.name === 'NewsElement')!;
    const row = (label: string) => section.split('\n').find((line) => line.startsWith(`| ${label} |`)) ?? '';
    for (const name of (base.cssParts ?? []).map((p) => p.name)) expect(row('every element'), name).to.contain(`\`${name}\``);
    // The parts an element exports from the ones inside it are told by their prefix, one row each.
    const NESTED: Partial<Record<Tag, string[]>> = { 'news-related-articles': ['card'], 'news-article': ['tags', 'author', 'related'] };
    const exported = (tag: Tag, name: string) => (NESTED[tag] ?? []).some((prefix) => name.startsWith(`${prefix}-`));
    for (const tag of TAGS) {
      const own = (declared(tag).cssParts ?? []).map((p) => p.name).filter((name) => !(base.cssParts ?? []).some((p) => p.name === name));
      for (const name of own.filter((name) => !exported(tag, name))) expect(row(`\`<${tag}>\``), `${tag} ${name}`).to.contain(`\`${name}\``);
      for (const prefix of NESTED[tag] ?? []) {
        expect(own.filter((name) => name.startsWith(`${prefix}-`)), `${tag} exports ${prefix}-…`).not.to.be.empty;
        const rows = section.split('\n').filter((line) => line.startsWith(`| \`<${tag}>\` |`) && line.includes(`(\`${prefix}\`)`));
        expect(rows, `${tag}: the row of ${prefix}-…`).to.have.length(1);
        expect(rows[0]).to.contain(`\`${prefix}-\` + `);
      }
    }
  });
});

describe('theming: light and dark', () => {
  afterEach(() => media(null));
  const surface = (el: Element) => cs(el).backgroundColor;
  const WHITE = 'rgb(255, 255, 255)';
  const DARK = 'rgb(30, 32, 36)';

  it('follows prefers-color-scheme, and theme overrides it either way', async () => {
    const plain = await show(html`<news-tag-list .data=${tags}></news-tag-list>`);
    const light = await show(html`<news-tag-list theme="light" .data=${tags}></news-tag-list>`);
    const dark = await show(html`<news-tag-list theme="dark" .data=${tags}></news-tag-list>`);
    await media({ colorScheme: 'light' });
    expect([surface(plain), surface(light), surface(dark)]).to.deep.equal([WHITE, WHITE, DARK]);
    await media({ colorScheme: 'dark' });
    expect([surface(plain), surface(light), surface(dark)]).to.deep.equal([DARK, WHITE, DARK]);
    expect(cs(dark).colorScheme).to.equal('dark');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every colour of text has a contrast of at least 4.5:1 with what is behind it`, async () => {
      const card = await show(html`<news-article-card theme=${theme} .data=${summaries[0]}></news-article-card>`);
      const bio = await show(html`<news-author-bio theme=${theme} .data=${author}></news-author-bio>`);
      const failing = await show(html`<news-tag-list theme=${theme} .data=${'garbage'}></news-tag-list>`);
      const back = surface(card);
      const pairs: [string, string, string][] = [
        ['text', cs(part(card, 'title')).color, back],
        ['muted', cs(part(card, 'summary')).color, back],
        ['accent', cs(part(card, 'section')).color, back],
        ['error', cs(part(failing, 'error-message')).color, surface(failing)],
        ['initials on skeleton', cs(part(bio, 'avatar')).color, cs(part(bio, 'avatar')).backgroundColor],
        ['links', cs(part(bio, 'link')).color, surface(bio)],
      ];
      for (const [what, foreground, background] of pairs) expect(contrast(foreground, background), `${theme} ${what}`).to.be.at.least(4.5);
    });
  }
});

describe('theming: layout from the container', () => {
  const rect = (element: Element) => element.getBoundingClientRect();

  it('a card stacks when narrow and lays out side by side from 36em', async () => {
    const narrow = await show(html`<news-article-card .data=${summaries[0]}></news-article-card>`, 'inline-size: 20rem');
    expect(rect(part(narrow, 'media')).bottom).to.be.at.most(rect(part(narrow, 'content')).top);
    const wide = await show(html`<news-article-card .data=${summaries[0]}></news-article-card>`, 'inline-size: 40rem');
    expect(rect(part(wide, 'media')).right).to.be.at.most(rect(part(wide, 'content')).left);
    expect(rect(part(wide, 'media')).top).to.equal(rect(part(wide, 'content')).top);
  });

  it('the related strip scrolls sideways when its cards do not fit; a grid wraps them into rows', async () => {
    const six = [...summaries, ...summaries.map((s) => ({ ...s, slug: `${s.slug}-b`, id: `${s.id}-b` }))];
    const strip = await show(html`<news-related-articles limit="6" .data=${six}></news-related-articles>`, 'inline-size: 30rem');
    const list = part(strip, 'list') as HTMLElement;
    expect(cs(list).overflowX).to.equal('auto');
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    const tops = (el: Element) => new Set(Array.from(shadow(el).querySelectorAll('[part="item"]'), (item) => Math.round(rect(item).top)));
    expect(tops(strip).size).to.equal(1);
    const grid = await show(html`<news-related-articles layout="grid" limit="6" .data=${six}></news-related-articles>`, 'inline-size: 50rem');
    expect(tops(grid).size).to.equal(2);
    const gridList = part(grid, 'list') as HTMLElement;
    expect(gridList.scrollWidth).to.equal(gridList.clientWidth);
    const column = await show(html`<news-related-articles layout="grid" limit="6" .data=${six}></news-related-articles>`, 'inline-size: 15rem');
    expect(tops(column).size).to.equal(6);
  });

  it('an author bio puts its avatar above the text when narrow', async () => {
    const narrow = await show(html`<news-author-bio .data=${author}></news-author-bio>`, 'inline-size: 15rem');
    expect(rect(part(narrow, 'avatar')).bottom).to.be.at.most(rect(part(narrow, 'name')).top);
    const wide = await show(html`<news-author-bio .data=${author}></news-author-bio>`, 'inline-size: 40rem');
    expect(rect(part(wide, 'avatar')).right).to.be.at.most(rect(part(wide, 'name')).left);
  });
});

describe('theming: slots', () => {
  it('the error slot replaces the sentence; Retry stays', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <news-article-card endpoint=${endpoint} slug="no-such-article"><span slot="error">Our news is resting.</span></news-article-card>
    </div>`);
    const el = wrapper.firstElementChild as LitElement;
    await settled(el);
    await el.updateComplete;
    const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="error"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Our news is resting.']);
    expect(part(el, 'retry')).to.exist;
    expect(el.querySelector('span')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('the empty slot replaces the empty text, the heading slot the strip’s heading', async () => {
    const list = await show(html`<news-tag-list .data=${[]}><span slot="empty">Untagged.</span></news-tag-list>`);
    expect(shadow(list).querySelector<HTMLSlotElement>('slot[name="empty"]')!.assignedElements()).to.have.length(1);
    const strip = await show(html`<news-related-articles .data=${summaries}><span slot="heading">More from the harbour</span></news-related-articles>`);
    expect(shadow(strip).querySelector<HTMLSlotElement>('slot[name="heading"]')!.assignedElements()).to.have.length(1);
    expect(part(strip, 'heading').getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('theming: motion and forced colours', () => {
  afterEach(() => media(null));

  it('the skeleton pulses only when the reader allows motion', async () => {
    const el = await show(html`<news-article-card data-busy endpoint=${hanging} slug="x"></news-article-card>`);
    const bone = shadow(el).querySelector('.bone')!;
    await media({ reducedMotion: 'no-preference' });
    expect(cs(bone).animationName).to.equal('pulse');
    await media({ reducedMotion: 'reduce' });
    expect(cs(bone).animationName).to.equal('none');
  });

  it('stays legible in forced colours: system colours, borders on cards and buttons, a visible skeleton and focus', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    const system = (color: string) => {
      probe.style.color = color;
      return cs(probe).color;
    };
    try {
      const card = await show(html`<news-article-card .data=${summaries[0]}></news-article-card>`);
      const loading = await show(html`<news-article-card data-busy endpoint=${hanging} slug="x"></news-article-card>`);
      const failing = await show(html`<news-tag-list .data=${'garbage'}></news-tag-list>`);
      await media({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      expect(cs(part(card, 'card')).borderTopStyle).to.equal('solid');
      expect(cs(part(card, 'card')).borderTopColor).to.equal(system('CanvasText'));
      const retry = part(failing, 'retry');
      expect(cs(retry).borderTopStyle).to.equal('solid');
      expect(cs(retry).borderTopColor).to.equal(system('ButtonText'));
      expect(cs(shadow(loading).querySelector('.bone')!).backgroundColor).to.equal(system('GrayText'));
      // The focus ring, in the system's highlight colour.
      const before = document.createElement('button');
      card.before(before);
      before.focus();
      await sendKeys({ press: 'Tab' });
      before.remove();
      expect(cs(part(card, 'card')).outlineColor).to.equal(system('Highlight'));
      expect(cs(part(card, 'card')).outlineStyle).to.equal('solid');
    } finally {
      probe.remove();
    }
  });
});
