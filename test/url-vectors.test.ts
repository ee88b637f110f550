import { expect, fixtureSync, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '../src/define.js';
import { safeUrl } from '../src/data/urls.js';
import type { Article, NewsArticle, NewsArticleCard } from '../src/index.js';
import {
  composedDangers,
  contentHtml,
  copy,
  eventually,
  layOutOnlyOnScreen,
  sanitizerEngines,
  serverPolicy,
  setPath,
  settle,
  watchExecution,
  withEngine,
} from './composed-dom.js';
import { origin, settled, shadow } from './helpers.js';

/**
 * test/corpus/url-vectors.json in every URL field of every element, from `.data` and from the test
 * server, and in every URL attribute of body HTML. A URL that is not http(s) once resolved is a
 * validation error naming its field (model fields) or a dropped attribute (body HTML); one that
 * is gets written resolved, and nothing else ever reaches an attribute.
 */
interface Vector {
  source: string;
  note: string;
  url: string;
}
const load = async <T>(name: string): Promise<T> => (await fetch(`/test/corpus/${name}`)).json();
const corpus = await load<{ sources: { id: string }[]; vectors: Vector[] }>('url-vectors.json');
const vectors = corpus.vectors.map((vector) => vector.url);
const docs: Record<string, unknown> = {
  article: await load('base-article.json'),
  author: await load('base-author.json'),
  summaries: await load('base-summaries.json'),
  tags: await load('base-tags.json'),
};

interface Target {
  tag: 'news-article' | 'news-article-card' | 'news-author-bio' | 'news-tag-list' | 'news-related-articles';
  doc: keyof typeof docs & string;
  /** The URL fields of the document the element reads; those marked `shown` are written into the DOM. */
  fields: { path: string; shown: boolean }[];
  /** The `.data` for the element, from the document (lists are bare arrays). */
  data: (doc: unknown) => unknown;
}
const listItems = (doc: unknown) => (doc as { items: unknown[] }).items;
const targets: Target[] = [
  {
    tag: 'news-article',
    doc: 'article',
    data: (doc) => doc,
    fields: [
      { path: 'url', shown: false }, // the base of the body's relative links
      { path: 'image.src', shown: true },
      { path: 'author.avatar.src', shown: true },
      { path: 'author.url', shown: true },
      { path: 'author.links.0.url', shown: true },
      { path: 'tags.0.url', shown: true },
      { path: 'source.url', shown: true },
      { path: 'disclosure.url', shown: true },
      { path: 'related.0.url', shown: true },
      { path: 'related.0.image.src', shown: true },
      { path: 'related.0.author.avatar.src', shown: false }, // cards show the author's name only
    ],
  },
  {
    tag: 'news-article-card',
    doc: 'article',
    data: (doc) => doc,
    fields: [
      { path: 'url', shown: true },
      { path: 'image.src', shown: true },
      { path: 'author.avatar.src', shown: false },
    ],
  },
  {
    tag: 'news-author-bio',
    doc: 'author',
    data: (doc) => doc,
    fields: [
      { path: 'avatar.src', shown: true },
      { path: 'url', shown: true },
      { path: 'links.0.url', shown: true },
    ],
  },
  { tag: 'news-tag-list', doc: 'tags', data: listItems, fields: [{ path: 'items.0.url', shown: true }] },
  {
    tag: 'news-related-articles',
    doc: 'summaries',
    data: listItems,
    fields: [
      { path: 'items.0.url', shown: true },
      { path: 'items.0.image.src', shown: true },
      { path: 'items.0.author.avatar.src', shown: false },
    ],
  },
];

/** `author.links.0.url` as a validation error names it: `author.links[0].url` (`data[0].url` for a bare list). */
function fieldName(path: string, fromData: boolean, target: Target): string {
  const name = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  return fromData && target.data === listItems ? name.replace(/^items/, 'data') : name;
}

/** Every URL-valued attribute in the composed DOM under `root`. */
function writtenUrls(root: ParentNode): Set<string> {
  const urls = new Set<string>();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const name of ['href', 'src', 'srcset', 'cite']) {
      const value = element.getAttribute(name);
      if (value !== null) urls.add(value);
    }
    if (element.shadowRoot) for (const url of writtenUrls(element.shadowRoot)) urls.add(url);
  }
  return urls;
}

function render(tag: Target['tag'], options: { data?: unknown; src?: string }): TemplateResult {
  const { data, src } = options;
  switch (tag) {
    case 'news-article':
      return html`<news-article .data=${data} src=${src ?? nothing}></news-article>`;
    case 'news-article-card':
      return html`<news-article-card .data=${data} src=${src ?? nothing}></news-article-card>`;
    case 'news-author-bio':
      return html`<news-author-bio .data=${data} src=${src ?? nothing}></news-author-bio>`;
    case 'news-tag-list':
      return html`<news-tag-list .data=${data} src=${src ?? nothing}></news-tag-list>`;
    case 'news-related-articles':
      return html`<news-related-articles .data=${data} src=${src ?? nothing}></news-related-articles>`;
  }
}

interface Case {
  name: string;
  template: TemplateResult;
  /** The URL a valid vector resolves to (against the document's URL), or undefined: an error is expected. */
  expected: string | undefined;
  /** Fields that may be named by the error; fields whose attribute must hold `expected`. */
  errorFields: string[];
  shown: boolean;
  /** A blank optional URL is read as "no URL": no error, and nothing written. */
  absent?: boolean;
}

/** Image sources and profile links are required where they appear; every other URL field is optional. */
const isOptionalUrl = (path: string) => !/(^|\.)src$/.test(path) && !/links\.\d+\.url$/.test(path);
const isBlank = (url: string) => url.trim() === '';

/** Renders all cases at once; returns what is wrong with each. */
async function check(cases: Case[]): Promise<{ problems: string[]; elements: HTMLElement[] }> {
  const warn = quiet();
  const container = fixtureSync<HTMLDivElement>(html`<div>${cases.map((c) => c.template)}</div>`);
  const elements = Array.from(container.children) as HTMLElement[];
  await Promise.all(
    elements.map((el, i) => ((el as unknown as { data?: unknown }).data !== undefined ? (el as NewsArticle).updateComplete : settled(elements[i]))),
  );
  await Promise.all(elements.map((el) => (el as NewsArticle).updateComplete));
  await settle(20);
  warn.restore();
  const problems: string[] = [];
  elements.forEach((el, i) => {
    const c = cases[i];
    const error = (el as NewsArticle).error;
    if (c.absent) {
      if (error) problems.push(`${c.name}: a blank optional URL should count as absent, got the error ${error.message}`);
    } else if (c.expected === undefined) {
      if (!error || error.code !== 'invalid-response' || !c.errorFields.includes(error.field!)) {
        problems.push(`${c.name}: expected a validation error naming ${c.errorFields.join(' or ')}, got ${error ? `${error.code} ${error.field}` : 'content'}`);
      }
    } else if (error) {
      problems.push(`${c.name}: expected ${c.expected}, got the error ${error.message}`);
    } else if (c.shown && !writtenUrls(shadow(el)).has(c.expected)) {
      problems.push(`${c.name}: ${c.expected} is not written`);
    }
  });
  problems.push(...composedDangers(container));
  return { problems, elements };
}

/** Keeps the elements' console warnings (one per invalid model) out of the test log. */
function quiet(): { restore: () => void } {
  const original = console.warn;
  console.warn = () => {};
  return { restore: () => (console.warn = original) };
}

/** axe on one element in the state `state`, alone on the page. */
async function accessibleSample(elements: HTMLElement[], state: 'error' | 'content'): Promise<void> {
  const sample = elements.find((el) => (state === 'error') === Boolean((el as NewsArticle).error))!;
  sample.parentElement!.replaceChildren(sample);
  await expect(sample).to.be.accessible();
}

layOutOnlyOnScreen('news-article, news-article-card, news-author-bio, news-tag-list, news-related-articles');

describe('URL vectors', () => {
  let execution: ReturnType<typeof watchExecution>;
  beforeEach(() => {
    execution = watchExecution();
  });
  afterEach(() => {
    expect(execution.calls()).to.deep.equal([]);
    execution.restore();
  });

  it('has vectors of every kind the issue names, each from a cited source', () => {
    expect(vectors.length).to.be.at.least(60);
    const sources = new Set(corpus.sources.map((source) => source.id));
    expect(corpus.vectors.filter((vector) => !sources.has(vector.source))).to.deep.equal([]);
    const kinds: [string, (url: string) => boolean][] = [
      ['javascript:', (url) => /^javascript:/i.test(url)],
      ['mixed case', (url) => /^JaVaScRiPt:/.test(url)],
      ['entities', (url) => /&[#a-z]/i.test(url)],
      ['control characters', (url) => Array.from(url).some((char) => char.charCodeAt(0) > 0 && char.charCodeAt(0) < 9)],
      ['tabs and newlines in the scheme', (url) => /^java[\t\n\r]script:/.test(url)],
      ['data:', (url) => /^\s*data:/i.test(url)],
      ['vbscript:', (url) => /^vbscript:/i.test(url)],
      ['protocol-relative', (url) => url.startsWith('//')],
    ];
    for (const [kind, test] of kinds) expect(vectors.some(test), kind).to.be.true;
  });

  it('in every URL field of every element, from .data: rejected naming the field, or written resolved', async () => {
    const cases: Case[] = targets.flatMap((target) =>
      target.fields.flatMap(({ path, shown }) =>
        vectors.map((vector, v) => {
          const doc = copy(docs[target.doc]);
          setPath(doc, path, vector);
          return {
            name: `<${target.tag}> ${path} = ${JSON.stringify(vector)} (#${v})`,
            template: render(target.tag, { data: target.data(doc) }),
            expected: safeUrl(vector, document.baseURI),
            errorFields: [fieldName(path, true, target)],
            shown,
            absent: isBlank(vector) && isOptionalUrl(path),
          };
        }),
      ),
    );
    const { problems, elements } = await check(cases);
    expect(problems).to.deep.equal([]);
    await accessibleSample(elements, 'error');
  });

  it('in every URL field of every element, from the test server (src): rejected, or written resolved', async () => {
    const cases: Case[] = targets.flatMap((target) => {
      const paths = target.fields.map((field) => field.path);
      return vectors.map((vector, v) => {
        const src = `${origin}/corpus/${target.doc}.json?path=${paths.join(',')}&url=${v}`;
        return {
          name: `<${target.tag}> src with every URL field = ${JSON.stringify(vector)} (#${v})`,
          template: render(target.tag, { src }),
          expected: safeUrl(vector, src),
          errorFields: paths.map((path) => fieldName(path, false, target)),
          shown: target.fields.some((field) => field.shown),
          absent: isBlank(vector) && paths.every(isOptionalUrl),
        };
      });
    });
    const { problems, elements } = await check(cases);
    expect(problems).to.deep.equal([]);
    await accessibleSample(elements, 'content');
  });

  it('never reaches an attribute from a .data model changed after it was set', async () => {
    const article = copy(docs.article) as Article;
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card .data=${article}></news-article-card>`);
    await el.updateComplete;
    const before = writtenUrls(shadow(el));
    for (const vector of vectors) {
      article.url = vector;
      article.image!.src = vector;
      el.requestUpdate();
      await el.updateComplete;
      expect(writtenUrls(shadow(el))).to.deep.equal(before);
    }
    article.url = 'javascript:alert(1)';
    const warn = quiet();
    el.data = { ...article };
    await el.updateComplete;
    warn.restore();
    expect(el.error?.field).to.equal('url');
    expect(composedDangers(el.parentElement!)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('never reaches an attribute from a validated model changed in place (checked again where written)', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div>
      <news-article-card .data=${copy(docs.article)}></news-article-card>
      <news-author-bio .data=${copy(docs.author)}></news-author-bio>
    </div>`);
    const [card, bio] = Array.from(container.children) as [NewsArticleCard, NewsArticle];
    await Promise.all([card.updateComplete, bio.updateComplete]);
    for (const vector of vectors) {
      const model = card.model!;
      model.url = vector;
      model.image!.src = vector;
      const author = bio.model as unknown as { url: string; avatar: { src: string }; links: { url: string }[] };
      author.url = author.avatar.src = author.links[0].url = vector;
      card.requestUpdate();
      bio.requestUpdate();
      await Promise.all([card.updateComplete, bio.updateComplete]);
      const safe = safeUrl(vector);
      const written = new Set([...writtenUrls(shadow(card)), ...writtenUrls(shadow(bio))]);
      expect([...written], JSON.stringify(vector)).to.deep.equal(safe ? [safe] : []);
    }
    expect(composedDangers(container)).to.deep.equal([]);
  });

  // Each engine of the browser (DOMPurify alone in WebKit) against the server's policy, another
  // engine, rather than against itself: the bodies shown must be the ones it writes.
  for (const engine of sanitizerEngines) {
    it(`in every URL attribute of body HTML (${engine}): dropped unless http(s) or a fragment, as the server's policy does`, async () => {
      const attribute = (vector: string) => vector.replace(/"/g, '&quot;');
      const bodies = vectors.map((vector) => {
        const value = attribute(vector);
        return `<p><a href="${value}">link</a><q cite="${value}">quote</q></p><img src="${value}" alt="i"><img srcset="${value} 1x, ${value} 2w" alt="s"><picture><source srcset="${value}"><img alt="p"></picture>`;
      });
      const base = (docs.article as Article).url!;
      const expected = await serverPolicy(bodies, base);
      expect(expected).to.have.length(bodies.length);
      const container = await withEngine(engine, async () => {
        const models = bodies.map((bodyHtml) => ({ ...(docs.article as Article), bodyHtml }));
        const root = fixtureSync<HTMLDivElement>(html`<div>${models.map((model) => html`<news-article .data=${model}></news-article>`)}</div>`);
        const articles = Array.from(root.children) as NewsArticle[];
        const bodyOf = (article: NewsArticle) => contentHtml(shadow(article).querySelector('[part="body"]')!);
        await Promise.all(articles.map((article) => article.updateComplete));
        await eventually(() => articles.every((article, i) => bodyOf(article) === expected[i]));
        expect(articles.map(bodyOf)).to.deep.equal(expected);
        return root;
      });
      expect(composedDangers(container)).to.deep.equal([]);
      // A vector that the HTML parser turns into a refused URL (entities decoded, NUL made U+FFFD)
      // leaves no attribute at all.
      const parsed = (vector: string) => new DOMParser().parseFromString(`<a href="${attribute(vector)}">`, 'text/html').querySelector('a')!.getAttribute('href')!;
      const refused = vectors.flatMap((vector, i) => (safeUrl(parsed(vector), base) || parsed(vector).trim().startsWith('#') ? [] : [expected[i]]));
      expect(refused.length).to.be.greaterThan(40);
      for (const body of refused) expect(body).not.to.match(/ (href|src|cite)=/);
    });
  }
});
