import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/article.js';
import { sanitizeHtml } from '../src/data/html.js';
import { preferredEngine, type SanitizerEngine } from '../src/data/sanitize.js';
import type { Article, NewsArticle, NewsArticleCard, NewsAuthorBio, NewsRelatedArticles, NewsTagList } from '../src/index.js';
import { composedDangers, contentHtml, copy, eventually, layOutOnlyOnScreen, sanitizerEngines, serverPolicy, settle, watchExecution, withEngine } from './composed-dom.js';
import { origin, settled, shadow } from './helpers.js';

/**
 * test/corpus/html-payloads.json: public XSS vectors (sources in its header), each rendered as an
 * article body through <news-article>, with each sanitizer engine of the browser, from `.data` and
 * from the test server; and as every text field of every element. Nothing may run, nothing
 * dangerous may be left in the composed DOM, and every engine must give the body the server's HTML
 * policy gives.
 */
interface Corpus {
  sources: { id: string }[];
  payloads: { source: string; html: string }[];
}
const corpus: Corpus = await (await fetch('/test/corpus/html-payloads.json')).json();
const baseArticle: Article = await (await fetch('/test/corpus/base-article.json')).json();
const payloads = corpus.payloads.map((payload) => payload.html);
const base = baseArticle.url!;
const engines = sanitizerEngines;
const hasSanitizerApi = engines.includes('sanitizer-api');

/** The payload as the article body and as every text field the elements show. */
function hostileArticle(payload: string): Article {
  const article = copy(baseArticle);
  const related = article.related![0];
  Object.assign(article, { title: payload, section: payload, summary: payload, bodyHtml: payload });
  Object.assign(article.image!, { alt: payload, caption: payload });
  Object.assign(article.tags[0], { name: payload });
  Object.assign(article.author!, { name: payload, role: payload, bio: payload });
  Object.assign(article.author!.avatar!, { alt: payload });
  Object.assign(article.author!.links![0], { label: payload });
  Object.assign(article.source!, { name: payload });
  Object.assign(article.disclosure!, { text: payload });
  Object.assign(related, { title: payload, section: payload, summary: payload });
  Object.assign(related.author!, { name: payload });
  return article;
}

/**
 * Bodies on which the browser's HTML parser and parse5 build other trees, before any policy: a
 * `<select>`, which Chromium and Firefox parse by the HTML standard's 2025 rules (customizable
 * select: its content as elements, a `<style>` in it as raw text) and parse5 by the earlier ones;
 * and elements nested past 500 deep, where the browsers' parsers stop nesting (at about 512 open
 * elements, WebKit's one level before Chromium's) and put deeper ones beside their parent, while
 * parse5 has no limit. The select goes with its content and every element is checked again either
 * way, but what follows can differ (test/ssr/sanitize-parity.test.ts excuses the select too).
 */
const parsersDisagree = (html: string) => /<select/i.test(html) || /(?:<div>){500}/i.test(html);

async function serialized(payload: string, engine: SanitizerEngine): Promise<string> {
  const container = document.createElement('div');
  container.append(await sanitizeHtml(payload, base, engine, []));
  return container.innerHTML;
}

/** What every element shows as text, by the model field it comes from. */
function shownText(article: NewsArticle): string[] {
  const root = shadow(article);
  const tags = root.querySelector<NewsTagList>('news-tag-list')!;
  const bio = root.querySelector<NewsAuthorBio>('news-author-bio')!;
  const related = root.querySelector<NewsRelatedArticles>('news-related-articles')!;
  const card = shadow(related).querySelector<NewsArticleCard>('news-article-card')!;
  const text = (host: Element, selector: string) => shadow(host).querySelector(selector)?.textContent ?? '(missing)';
  return [
    text(article, '[part="title"]'),
    text(article, '[part="section"]'),
    text(article, '[part="summary"]'),
    text(article, '[part="caption"]'),
    shadow(article).querySelector('[part="image"]')!.getAttribute('alt')!,
    text(article, '[part="source-link"]'),
    text(article, '[part="disclosure-link"]'),
    text(tags, '[part="tag"]'),
    text(bio, '[part="name"]'),
    text(bio, '[part="role"]'),
    text(bio, '[part="text"]'),
    text(bio, '[part="link"]'),
    text(card, '[part="title"]'),
    text(card, '[part="summary"]'),
  ];
}

const bodyOf = (article: NewsArticle) => contentHtml(shadow(article).querySelector('[part="body"]') ?? document.createElement('div'));

/**
 * Renders every payload at once and checks the batch: each body is what the sanitizer gives for it,
 * and nothing dangerous is in the composed DOM. Then keeps one element (the others go) for axe.
 */
async function renderAll(template: (payload: string, index: number) => unknown, expectedBodies: string[]): Promise<NewsArticle[]> {
  const container = fixtureSync<HTMLDivElement>(html`<div>${payloads.map(template)}</div>`);
  const articles = Array.from(container.children) as NewsArticle[];
  await Promise.all(articles.map((article) => (article.data ? article.updateComplete : settled(article))));
  // Bodies are sanitized after the first render (DOMPurify is loaded on first use).
  await eventually(() => articles.every((article, i) => bodyOf(article) === expectedBodies[i]));
  // Whatever the payloads could have queued (image errors, focus, animations, timers) gets its chance.
  await settle(50);
  const wrong = articles.flatMap((article, i) => {
    const body = bodyOf(article);
    return body === expectedBodies[i] ? [] : [`#${i}: ${JSON.stringify(body)} ≠ ${JSON.stringify(expectedBodies[i])}`];
  });
  expect(wrong, 'each rendered body is the sanitizer output').to.deep.equal([]);
  expect(composedDangers(container)).to.deep.equal([]);
  return articles;
}

/** axe on one element of the batch, alone on the page (axe over the whole batch takes seconds). */
async function accessible(article: NewsArticle): Promise<void> {
  article.parentElement!.replaceChildren(article);
  await expect(article).to.be.accessible();
}

layOutOnlyOnScreen('news-article');

describe('XSS payload corpus', () => {
  let execution: ReturnType<typeof watchExecution>;
  const expected = new Map<SanitizerEngine, string[]>();

  before(async () => {
    for (const engine of engines) expected.set(engine, await Promise.all(payloads.map((payload) => serialized(payload, engine))));
  });
  beforeEach(() => {
    execution = watchExecution();
  });
  afterEach(() => {
    execution.restore();
  });

  it('has at least 150 payloads, each from a cited source', () => {
    expect(payloads.length).to.be.at.least(150);
    const sources = new Set(corpus.sources.map((source) => source.id));
    expect(corpus.payloads.filter((payload) => !sources.has(payload.source))).to.deep.equal([]);
  });

  // Against the server's policy rather than engine against engine: where DOMPurify is the only
  // engine (WebKit), it still has another to agree with, and where there are two, both must.
  it("gives, for every payload, the body the server's policy gives, with every engine of the browser", async () => {
    const server = await serverPolicy(payloads, base);
    expect(server).to.have.length(payloads.length);
    const differ = payloads.flatMap((payload, i) => {
      const bodies = engines.map((engine) => expected.get(engine)![i]);
      if (bodies.every((body) => body === server[i])) return [];
      // Where the parsers build other trees, the engines of one browser must still agree.
      if (parsersDisagree(payload) && bodies.every((body) => body === bodies[0])) return [];
      return [
        [
          `#${i} ${JSON.stringify(payload)}`,
          `  ${'server:'.padEnd(14)} ${server[i]}`,
          ...engines.map((engine, e) => `  ${`${engine}:`.padEnd(14)} ${bodies[e]}`),
        ].join('\n'),
      ];
    });
    expect(differ, differ.join('\n')).to.deep.equal([]);
  });

  for (const engine of engines) {
    it(`renders every payload through <news-article> (.data, ${engine}): nothing runs, nothing dangerous is left`, async () => {
      const models = payloads.map(hostileArticle);
      const articles = await withEngine(engine, () =>
        renderAll((_, i) => html`<news-article .data=${models[i]}></news-article>`, expected.get(engine)!),
      );
      expect(execution.calls()).to.deep.equal([]);
      // Every text field of every element shows the payload as text.
      const notText = articles.flatMap((article, i) =>
        shownText(article).flatMap((text, field) => (text === payloads[i] ? [] : [`#${i} field ${field}: ${JSON.stringify(text)}`])),
      );
      expect(notText).to.deep.equal([]);
      await accessible(articles[0]);
    });

    it(`renders every payload through <news-article> from the test server (src, ${engine})`, async () => {
      const articles = await withEngine(engine, () =>
        renderAll(
          (_, i) => html`<news-article src=${`${origin}/corpus/article.json?path=bodyHtml&html=${i}`}></news-article>`,
          expected.get(engine)!,
        ),
      );
      expect(articles.filter((article) => article.error)).to.deep.equal([]);
      expect(execution.calls()).to.deep.equal([]);
      await accessible(articles[1]);
    });
  }

  it('uses the Sanitizer API where the browser has it', function () {
    if (!hasSanitizerApi) this.skip();
    expect(preferredEngine()).to.equal('sanitizer-api');
  });
});
