import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/article.js';
import { NewsError, configure, resetConfiguration, type NewsErrorCode, type NewsRelatedArticles, type NewsTagList } from '../src/index.js';
import type { NewsElement } from '../src/internal/news-element.js';
import { endpoint, faultServed, faulty, part, shadow, textOf, until, warningsDuring } from './helpers.js';
import { article, author, summaries, tags } from './models.js';

/**
 * Bad input from the host page: each case is a clear error state naming the attribute or field,
 * one `news-error`, and exactly one console warning per element per distinct error.
 */

type Element = NewsElement<unknown>;

/** Renders the template and waits for its first news-error. */
async function failing(template: TemplateResult): Promise<{ el: Element; events: CustomEvent[] }> {
  const el = fixtureSync<Element>(template);
  const events: CustomEvent[] = [];
  el.addEventListener('news-error', (event) => events.push(event as CustomEvent));
  el.addEventListener('news-load', (event) => events.push(event as CustomEvent));
  await until(() => events.length > 0);
  await el.updateComplete;
  return { el, events };
}

interface Case {
  name: string;
  template: () => TemplateResult;
  code: NewsErrorCode;
  field: string;
  /** Words the message (on screen, in the event and in the console) must contain. */
  says: string;
}

const api = faulty('ok', 'bad-input');

const cases: Case[] = [
  // Key attributes written empty (a missing one is waiting, not an error: test/waiting.test.ts).
  { name: '<news-article> with an empty slug', template: () => html`<news-article endpoint=${api} slug=""></news-article>`, code: 'config', field: 'slug', says: 'has an empty slug attribute' },
  { name: '<news-article-card> with a blank slug', template: () => html`<news-article-card endpoint=${api} slug="  "></news-article-card>`, code: 'config', field: 'slug', says: 'has an empty slug attribute' },
  { name: '<news-author-bio> with an empty author', template: () => html`<news-author-bio endpoint=${api} author=""></news-author-bio>`, code: 'config', field: 'author', says: 'has an empty author attribute' },
  {
    name: '<news-related-articles> with an empty article',
    template: () => html`<news-related-articles endpoint=${api} article=""></news-related-articles>`,
    code: 'config',
    field: 'article',
    says: 'has an empty article attribute',
  },
  {
    name: '<news-related-articles> with an empty tag',
    template: () => html`<news-related-articles endpoint=${api} tag=" "></news-related-articles>`,
    code: 'config',
    field: 'tag',
    says: 'has an empty tag attribute',
  },
  // Unknown provider.
  {
    name: 'an unknown provider',
    template: () => html`<news-tag-list endpoint=${api} provider="rss"></news-tag-list>`,
    code: 'config',
    field: 'provider',
    says: 'The provider attribute must be one of native, wordpress, ghost, jsonfeed; got "rss"',
  },
  // Endpoints and sources that are not URLs.
  {
    name: 'an endpoint with spaces in it',
    template: () => html`<news-article-card endpoint="the news api" slug="s"></news-article-card>`,
    code: 'config',
    field: 'endpoint',
    says: 'The endpoint attribute must be an http(s) URL or a path; got "the news api"',
  },
  {
    name: 'an endpoint with a mistyped scheme',
    template: () => html`<news-article-card endpoint="https//news.example.com/api/" slug="s"></news-article-card>`,
    code: 'config',
    field: 'endpoint',
    says: 'got "https//news.example.com/api/"',
  },
  {
    name: 'an endpoint without its scheme',
    template: () => html`<news-author-bio endpoint="news.example.com/api/" author="a"></news-author-bio>`,
    code: 'config',
    field: 'endpoint',
    says: 'did you mean "https://news.example.com/api/"?',
  },
  {
    name: 'an endpoint that does not parse',
    template: () => html`<news-tag-list endpoint="http://[::1"></news-tag-list>`,
    code: 'config',
    field: 'endpoint',
    says: 'got "http://[::1"',
  },
  {
    name: 'an endpoint of another scheme',
    template: () => html`<news-article endpoint="ftp://news.example.com/" slug="s"></news-article>`,
    code: 'config',
    field: 'endpoint',
    says: 'got "ftp://news.example.com/"',
  },
  {
    name: 'a src with a line break in it',
    template: () => html`<news-article src=${'https://news.example.com/a\nb.json'}></news-article>`,
    code: 'config',
    field: 'src',
    says: 'The src attribute must be an http(s) URL or a path',
  },
  // Numbers that are not whole numbers in range.
  ...(
    [
      ['-1', '"-1"'],
      ['0', '"0"'],
      ['1000000000', '"1000000000"'],
      ['four', '"four"'],
      ['2.5', '"2.5"'],
      ['', '""'],
    ] as const
  ).map(
    ([limit, got]): Case => ({
      name: `limit="${limit}"`,
      template: () => html`<news-related-articles endpoint=${api} article="a" limit=${limit}></news-related-articles>`,
      code: 'config',
      field: 'limit',
      says: `The limit attribute must be a whole number from 1 to 100; got ${got}`,
    }),
  ),
  ...(
    [
      ['-3', '"-3"'],
      ['many', '"many"'],
      ['1e9', '"1e9"'],
      ['1.5', '"1.5"'],
    ] as const
  ).map(
    ([max, got]): Case => ({
      name: `max="${max}" (with .data: checked even without a request)`,
      template: () => html`<news-tag-list max=${max} .data=${tags}></news-tag-list>`,
      code: 'config',
      field: 'max',
      says: `The max attribute must be a whole number from 0 to 1000; got ${got}`,
    }),
  ),
  // Garbage in .data.
  { name: '.data = null on <news-article>', template: () => html`<news-article .data=${null}></news-article>`, code: 'invalid-response', field: 'data', says: 'Invalid .data: data must be an object (got null)' },
  {
    name: '.data = a string on <news-article-card>',
    template: () => html`<news-article-card .data=${'harbour-bridge-reopens'}></news-article-card>`,
    code: 'invalid-response',
    field: 'data',
    says: 'data must be an object (got "harbour-bridge-reopens")',
  },
  {
    name: '.data = an array on <news-author-bio>',
    template: () => html`<news-author-bio .data=${[author]}></news-author-bio>`,
    code: 'invalid-response',
    field: 'data',
    says: 'data must be an object (got an array)',
  },
  {
    name: '.data = a number on <news-tag-list>',
    template: () => html`<news-tag-list .data=${42}></news-tag-list>`,
    code: 'invalid-response',
    field: 'data',
    says: 'data must be an array (got number 42)',
  },
  {
    name: '.data = a list of strings on <news-related-articles>',
    template: () => html`<news-related-articles .data=${['one', 'two']}></news-related-articles>`,
    code: 'invalid-response',
    field: 'data[0]',
    says: 'data[0] must be an object (got "one")',
  },
  {
    name: '.data with a title that is a number',
    template: () => html`<news-article .data=${{ ...article, title: 42 }}></news-article>`,
    code: 'invalid-response',
    field: 'title',
    says: 'Invalid .data: title must be a non-empty string (got number 42)',
  },
  {
    name: '.data with links that are a string',
    template: () => html`<news-author-bio .data=${{ ...author, links: 'https://site.test/' }}></news-author-bio>`,
    code: 'invalid-response',
    field: 'links',
    says: 'links must be an array (got "https://site.test/")',
  },
  {
    name: '.data with an image that is an array',
    template: () => html`<news-article-card .data=${{ ...summaries[0], image: [] }}></news-article-card>`,
    code: 'invalid-response',
    field: 'image',
    says: 'image must be an object (got an array)',
  },
];

describe('bad input from the page', () => {
  afterEach(() => resetConfiguration());

  for (const c of cases) {
    it(`${c.name}: ${c.code} naming ${c.field}, on screen, in the event and in one console warning`, async () => {
      let result!: { el: Element; events: CustomEvent[] };
      const warnings = await warningsDuring(async () => {
        result = await failing(c.template());
        // Retry meets the same error: one more event, but no second warning.
        part<HTMLButtonElement>(result.el, 'button[part="retry"]').click();
        await until(() => result.events.length === 2);
        await result.el.updateComplete;
      });
      const { el, events } = result;
      expect(events.map((event) => event.type)).to.deep.equal(['news-error', 'news-error']);
      const { error } = events[0].detail;
      expect(error).to.be.instanceOf(NewsError);
      expect(error.code).to.equal(c.code);
      expect(error.field).to.equal(c.field);
      expect(error.message).to.contain(c.says);
      expect(el.model).to.equal(undefined);
      expect(el.hasAttribute('aria-busy')).to.be.false;
      const box = part(el, '[part="error"]');
      expect(textOf(box)).to.contain(c.code === 'config' ? 'This widget is not set up correctly.' : 'could not be shown');
      expect(textOf(box)).to.contain(c.says);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${el.localName}>`);
      expect(warnings[0]).to.contain(c.says);
      expect(warnings[0]).to.contain(`(${c.field})`);
      await expect(el).to.be.accessible();
    });
  }

  it('one warning per element per distinct error: a new error warns again, a repeated one does not', async () => {
    const warnings = await warningsDuring(async () => {
      const { el: first, events } = await failing(html`<news-related-articles endpoint=${api} article="a" limit="-1"></news-related-articles>`);
      const { el: second } = await failing(html`<news-related-articles endpoint=${api} article="a" limit="-1"></news-related-articles>`);
      const related = first as unknown as NewsRelatedArticles;
      related.limit = 500;
      await until(() => events.length === 2);
      related.limit = -1;
      await until(() => events.length === 3);
      expect(second.error!.field).to.equal('limit');
    });
    expect(warnings.map((w) => /<([\w-]+)>.*got (\S+)\./.exec(w)?.slice(1).join(' '))).to.deep.equal([
      'news-related-articles "-1"',
      'news-related-articles "-1"',
      'news-related-articles 500',
    ]);
  });

  it('an error from an attribute clears once the attribute is fixed, and the element loads', async () => {
    let result!: { el: Element; events: CustomEvent[] };
    await warningsDuring(async () => {
      result = await failing(html`<news-related-articles endpoint=${api} article="a" limit="0"></news-related-articles>`);
    });
    const { el, events } = result;
    expect(events[0].detail.error.field).to.equal('limit');
    el.setAttribute('limit', '2');
    await until(() => events.length === 2);
    expect(events[1].type).to.equal('news-load');
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="error"]')).to.equal(null);
    expect(shadow(el).querySelectorAll('news-article-card')).to.have.length(1);
    // The request carried the fixed limit; none went out with the bad one.
    expect((await faultServed('/ok/bad-input/api/articles/a/related?limit=2')).cors).to.equal(1);
    expect((await faultServed('/ok/bad-input/api/articles/a/related?limit=0')).cors).to.equal(0);
  });

  it('max="0" is allowed: every tag behind "+N more"', async () => {
    const el = fixtureSync<NewsTagList>(html`<news-tag-list max="0" .data=${tags}></news-tag-list>`);
    await el.updateComplete;
    expect(el.error).to.equal(undefined);
    expect(textOf(part(el, 'button[part="more"]'))).to.equal('+3 more');
  });

  it('a page endpoint that is not a URL is named as the page’s, not the attribute', async () => {
    configure({ endpoint: 'the news api' });
    const warnings = await warningsDuring(async () => {
      const { events } = await failing(html`<news-article-card slug="s"></news-article-card>`);
      expect(events[0].detail.error.field).to.equal('endpoint');
      expect(events[0].detail.error.message).to.contain(`The page's endpoint (configure() or the meta tag)`);
    });
    expect(warnings).to.have.length(1);
  });

  it('configure() refuses options it cannot use, naming them', () => {
    const refused: [options: Record<string, unknown>, field: string][] = [
      [{ maxBytes: -1 }, 'maxBytes'],
      [{ maxBytes: 1.5 }, 'maxBytes'],
      [{ retries: 3 }, 'retries'],
      [{ retries: -1 }, 'retries'],
      [{ retryDelay: Number.NaN }, 'retryDelay'],
      [{ freshness: '60' }, 'freshness'],
      [{ timeout: 0 }, 'timeout'],
    ];
    for (const [options, field] of refused) {
      let thrown: unknown;
      try {
        configure(options);
      } catch (error) {
        thrown = error;
      }
      expect(thrown, JSON.stringify(options)).to.be.instanceOf(NewsError);
      expect((thrown as NewsError).code).to.equal('config');
      expect((thrown as NewsError).field).to.equal(field);
      expect((thrown as NewsError).message).to.contain(`configure({ ${field} })`);
    }
    // Nothing was applied.
    const el = fixtureSync(html`<news-article-card endpoint=${endpoint} slug="tide-gauge-century"></news-article-card>`);
    return until(() => (el as Element).model !== undefined);
  });
});
