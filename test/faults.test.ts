import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/article.js';
import { configure, resetConfiguration, type NewsArticleCard, type NewsErrorCode } from '../src/index.js';
import type { NewsElement } from '../src/internal/news-element.js';
import { en } from '../src/i18n/en.js';
import { closedPort, endpoint, faultServed, faultOrigin, faulty, flaky, part, shadow, textOf, until, type FaultRequests } from './helpers.js';

/**
 * The fault matrix: every kind of misbehaving endpoint (test/fault-server.mjs, real HTTP on its
 * own origin) against every element. For each fault, the five elements load side by side, next to
 * a healthy card on the reference endpoint, while the host page's own timer ticks.
 */

type Element = NewsElement<unknown>;

interface Subject {
  tag: string;
  template(api: string): TemplateResult;
  /** The path (and query) the element requests under the endpoint. */
  path: string;
}

/** Each element on its own URL, so the server's counts are per element. */
const subjects: Subject[] = [
  { tag: 'news-article', template: (api) => html`<news-article endpoint=${api} slug="fault-article"></news-article>`, path: 'articles/fault-article' },
  {
    tag: 'news-article-card',
    template: (api) => html`<news-article-card endpoint=${api} slug="fault-card"></news-article-card>`,
    path: 'articles/fault-card',
  },
  { tag: 'news-author-bio', template: (api) => html`<news-author-bio endpoint=${api} author="fault-author"></news-author-bio>`, path: 'authors/fault-author' },
  { tag: 'news-tag-list', template: (api) => html`<news-tag-list endpoint=${api}></news-tag-list>`, path: 'tags' },
  {
    tag: 'news-related-articles',
    template: (api) => html`<news-related-articles endpoint=${api} article="fault-related"></news-related-articles>`,
    path: 'articles/fault-related/related?limit=4',
  },
];

interface Fault {
  name: string;
  /** The kind of failure: faults of one kind share a code, and kinds never do. */
  kind: string;
  code: NewsErrorCode;
  /** The endpoint for this fault; by default /<name>/matrix/api/ on the fault server. */
  api?: string;
  /**
   * Client timeout for this fault (ms): short where the fault is slowness, so that the test is quick;
   * long enough elsewhere that a busy machine never turns another fault into a timeout.
   */
  timeout?: number;
  /** What the server must have seen for one element's URL. */
  served?(requests: FaultRequests): void;
  /** The server must see the browser give up on the request (it stopped reading, or timed out). */
  abandoned?: boolean;
  /** More about the error. */
  error?(error: { status?: number; field?: string; retryAfter?: number; message: string }): void;
}

const once = (requests: FaultRequests) => expect(requests).to.include({ cors: 1, probes: 0 });

export const faults: Fault[] = [
  { name: 'connection refused', kind: 'unreachable', code: 'network', api: closedPort },
  { name: 'not-found', kind: 'missing', code: 'not-found', served: once, error: (e) => expect(e.status).to.equal(404) },
  {
    name: 'server-error',
    kind: 'server failure',
    code: 'http',
    // A 5xx is retried twice.
    served: (requests) => expect(requests).to.include({ cors: 3, probes: 0 }),
    error: (e) => expect(e.status).to.equal(500),
  },
  {
    name: 'unavailable',
    kind: 'server failure',
    code: 'http',
    timeout: 5000,
    served: (requests) => {
      expect(requests).to.include({ cors: 3, probes: 0 });
      // Retry-After: 1 was honoured before each retry.
      expect(requests.times[1] - requests.times[0]).to.be.at.least(950);
      expect(requests.times[2] - requests.times[1]).to.be.at.least(950);
    },
    error: (e) => {
      expect(e.status).to.equal(503);
      expect(e.retryAfter).to.equal(1000);
      expect(e.message).to.contain('retry after 1 s');
    },
  },
  { name: 'hang', kind: 'too slow', code: 'timeout', timeout: 700, served: once, abandoned: true },
  { name: 'trickle', kind: 'too slow', code: 'timeout', timeout: 700, served: once, abandoned: true },
  { name: 'malformed', kind: 'not JSON', code: 'invalid-json', served: once },
  {
    name: 'html',
    kind: 'not labelled JSON',
    code: 'wrong-type',
    served: once,
    error: (e) => expect(e.message).to.contain('is text/html, not application/json (a web page: is the endpoint URL right?)'),
  },
  {
    name: 'text-plain',
    kind: 'not labelled JSON',
    code: 'wrong-type',
    served: once,
    error: (e) => expect(e.message).to.contain('is text/plain, not application/json.'),
  },
  {
    name: 'wrong-shape',
    kind: 'breaks the contract',
    code: 'invalid-response',
    served: once,
    // An article, card or author misses its id; a list misses its items.
    error: (e) => expect(['id', 'items']).to.include(e.field),
  },
  {
    name: 'huge',
    kind: 'too large',
    code: 'too-large',
    served: once,
    abandoned: true,
    error: (e) => expect(e.message).to.contain('10485760 bytes, over the 2097152-byte limit'),
  },
  {
    name: 'huge-chunked',
    kind: 'too large',
    code: 'too-large',
    served: once,
    abandoned: true,
    error: (e) => expect(e.message).to.match(/ is over the 2097152-byte limit/),
  },
  {
    name: 'no-cors',
    kind: 'CORS refusal',
    code: 'cors',
    // The request, then the two probes: the one without redirects (a CORS request) and the opaque one. No retry.
    served: (requests) => expect(requests).to.include({ cors: 2, probes: 1 }),
  },
  {
    name: 'redirect-loop',
    kind: 'redirect loop',
    code: 'redirect',
    // The browser follows 20 redirects, then the probe sees one; no opaque probe, no retry.
    served: (requests) => {
      expect(requests.probes).to.equal(0);
      expect(requests.cors).to.be.within(2, 22);
    },
  },
];

/** Collects what must never happen on the host page: uncaught exceptions and unhandled rejections. */
function watchPage() {
  const problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  // The host page's own script: a timer that must keep ticking through every fault.
  let ticks = 0;
  const timer = setInterval(() => ticks++, 10);
  return {
    problems,
    warnings,
    ticks: () => ticks,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.warn = warn;
      clearInterval(timer);
    },
  };
}

/** Runs a host-page script the way a page would: a <script> element. True when it ran. */
function hostScriptRuns(): boolean {
  const flag = `hostScript${Math.random().toString(36).slice(2)}`;
  const script = document.createElement('script');
  script.textContent = `window.${flag} = true;`;
  document.body.append(script);
  script.remove();
  return (window as unknown as Record<string, unknown>)[flag] === true;
}

describe('fault tolerance: every fault × every element', () => {
  afterEach(() => resetConfiguration());

  /** What each element told the page in each fault's run: the `news-error` code, by fault and tag. */
  const received = new Map<string, Map<string, string>>();

  it('control: the fault server’s document, served properly, loads in every element', async () => {
    const container = fixtureSync<HTMLDivElement>(html`<div>${subjects.map((s) => s.template(faulty('ok', 'control')))}</div>`);
    const elements = Array.from(container.children) as Element[];
    await until(() => elements.every((el) => el.model !== undefined));
    for (const el of elements) expect(el.error, el.localName).to.equal(undefined);
  });

  for (const fault of faults) {
    it(`${fault.name}: ${fault.code} in all five elements; neighbours and host page unharmed`, async () => {
      configure({ timeout: fault.timeout ?? 4000, retryDelay: 20 });
      const page = watchPage();
      try {
        const api = fault.api ?? faulty(fault.name, 'matrix');
        const container = fixtureSync<HTMLDivElement>(html`<div>
          ${subjects.map((s) => s.template(api))}
          <news-article-card class="healthy" endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article-card>
        </div>`);
        const elements = Array.from(container.querySelectorAll<Element>('[endpoint]:not(.healthy)'));
        const healthy = container.querySelector<NewsArticleCard>('.healthy')!;
        const events = new Map<Element, CustomEvent[]>(elements.map((el) => [el, []]));
        for (const el of elements) {
          el.addEventListener('news-error', (event) => events.get(el)!.push(event as CustomEvent));
          el.addEventListener('news-load', (event) => events.get(el)!.push(event as CustomEvent));
        }
        const ticksBefore = page.ticks();

        await until(() => elements.every((el) => events.get(el)!.length > 0) && healthy.model !== undefined, 8000);
        await Promise.all([...elements, healthy].map((el) => el.updateComplete));
        received.set(
          fault.name,
          new Map(elements.map((el) => [el.localName, events.get(el)!.map((event) => event.detail?.error?.code ?? event.type).join(', ')])),
        );

        for (const el of elements) {
          const name = el.localName;
          const [event, ...more] = events.get(el)!;
          expect(more, `${name}: one event`).to.deep.equal([]);
          expect(event.type, name).to.equal('news-error');
          const { error } = event.detail;
          expect(error.code, `${name}: ${error.message}`).to.equal(fault.code);
          expect(el.error, name).to.equal(error);
          expect(el.model, name).to.equal(undefined);
          if (!fault.api) expect(error.url, name).to.match(new RegExp(`^${faultOrigin}/`));
          fault.error?.(error);
          // The error state: what went wrong, in words, and a Retry button.
          expect(el.hasAttribute('aria-busy'), name).to.be.false;
          const box = part(el, '[part="error"]');
          expect(textOf(box), name).to.contain(en.errors[fault.code]);
          expect(part(el, 'button[part="retry"]').textContent, name).to.equal('Retry');
          // One console warning per element, saying what failed.
          expect(page.warnings.filter((w) => w.includes(`<${name}>`)), name).to.deep.equal([
            `news-widgets: <${name}> ${error.message}${error.field ? ` (${error.field})` : ''} [${fault.code}]`,
          ]);
        }

        // The neighbour on a healthy endpoint rendered.
        expect(healthy.error).to.equal(undefined);
        expect(textOf(part(healthy, '[part="title"]'))).to.equal(healthy.model!.title);
        // The host page kept running: its timer ticked, its scripts run, nothing went uncaught.
        expect(page.ticks()).to.be.greaterThan(ticksBefore);
        expect(hostScriptRuns()).to.be.true;
        expect(page.problems).to.deep.equal([]);
        await expect(container).to.be.accessible();

        if (!fault.api) {
          for (const subject of subjects) {
            const path = new URL(subject.path, api);
            const requests = () => faultServed(path.pathname + path.search);
            if (fault.abandoned) await until(async () => (await requests()).abandoned === 1, 5000);
            fault.served?.(await requests());
          }
        }
        expect(page.problems).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });
  }

  // From what the elements sent in the runs above, not from the table: a site tells what went wrong
  // by the code alone, so every fault of a kind must give one code, in every element, and no two
  // kinds the same.
  it('faults of one kind share a code, and no two kinds do', () => {
    expect(
      faults.filter((fault) => !received.has(fault.name)).map((fault) => fault.name),
      'faults whose run ended before every element had told its code',
    ).to.deep.equal([]);
    const codesOfKind = new Map<string, Set<string>>();
    for (const fault of faults) {
      const codes = received.get(fault.name)!;
      expect([...codes.keys()], fault.name).to.have.members(subjects.map((subject) => subject.tag));
      for (const code of codes.values()) codesOfKind.set(fault.kind, (codesOfKind.get(fault.kind) ?? new Set()).add(code));
    }
    const byKind = Object.fromEntries([...codesOfKind].map(([kind, codes]) => [kind, [...codes]]));
    for (const [kind, codes] of Object.entries(byKind)) expect(codes, `${kind}: the codes sent`).to.have.length(1);
    const codes = Object.values(byKind).map(([code]) => code);
    expect(new Set(codes).size, `one code per kind: ${JSON.stringify(byKind)}`).to.equal(codes.length);
    expect(codes, 'all errors').not.to.include('news-load');
  });
});

describe('fault tolerance: the client policies, seen from the elements', () => {
  afterEach(() => resetConfiguration());

  it('refuses an answer over configure({ maxBytes }), and loads it under the default cap', async () => {
    configure({ maxBytes: 100 });
    const capped = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${faulty('ok', 'capped')} slug="s"></news-article-card>`);
    const page = watchPage();
    try {
      await until(() => capped.error !== undefined);
    } finally {
      page.stop();
    }
    expect(capped.error!.code).to.equal('too-large');
    expect(capped.error!.message).to.contain('the 100-byte limit');
    await capped.updateComplete;
    expect(textOf(part(capped, '[part="error"]'))).to.contain(en.errors['too-large']);

    resetConfiguration();
    const card = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${faulty('ok', 'uncapped')} slug="s"></news-article-card>`);
    await until(() => card.model !== undefined);
  });

  it('Retry after a fault goes back to the network (errors are not cached)', async () => {
    configure({ retries: 0 });
    const page = watchPage();
    const el = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${faulty('server-error', 'retry')} slug="s"></news-article-card>`);
    try {
      await until(() => el.error !== undefined);
      await el.updateComplete;
      part<HTMLButtonElement>(el, 'button[part="retry"]').click();
      await until(async () => (await faultServed('/server-error/retry/api/articles/s')).cors === 2);
      await until(() => el.error !== undefined);
      // The same error again: the console heard of it once.
      expect(page.warnings.filter((w) => w.includes('<news-article-card>'))).to.have.length(1);
    } finally {
      page.stop();
    }
  });

  describe('stale-while-revalidate', () => {
    /** The title a card shows. */
    const title = (el: Element) => textOf(shadow(el).querySelector('[part="title"]') ?? shadow(el));

    it('shows the cached answer when a refresh fails, and the new one when a refresh succeeds', async () => {
      // Retries slow enough that a card shows the cached answer well before the revalidation ends.
      configure({ retryDelay: 300 });
      const page = watchPage();
      const api = faulty('flaky', 'swr');
      const path = '/flaky/swr/api/articles/s';
      const errors: Event[] = [];
      const container = fixtureSync<HTMLDivElement>(html`<div @news-error=${(e: Event) => errors.push(e)}></div>`);
      const add = () => {
        const card = document.createElement('news-article-card');
        card.setAttribute('endpoint', api);
        card.setAttribute('slug', 's');
        container.append(card);
        return card;
      };
      try {
        // The endpoint's answer is stale at once (max-age=0).
        const first = add();
        await until(() => first.model !== undefined);
        await first.updateComplete;
        expect(title(first)).to.equal('Flaky story, version 1');

        // The endpoint breaks. A new card on the same URL shows the cached answer at once, while the
        // client revalidates it: the request and its two retries fail, and nothing changes on screen.
        await flaky('break', 'swr');
        const second = add();
        await until(() => second.model !== undefined);
        await second.updateComplete;
        expect(second.hasAttribute('aria-busy')).to.be.false;
        expect(title(second)).to.equal('Flaky story, version 1');
        expect((await faultServed(path)).cors).to.be.below(4);
        await until(async () => (await faultServed(path)).cors === 4);
        await Promise.all([first.updateComplete, second.updateComplete]);
        for (const card of [first, second]) {
          expect(card.error).to.equal(undefined);
          expect(title(card)).to.equal('Flaky story, version 1');
        }

        // Mended, with a new version: the next revalidation brings it to every card showing the URL.
        await flaky('mend', 'swr');
        const loads: Event[] = [];
        first.addEventListener('news-load', (event) => loads.push(event));
        const third = add();
        await until(() => [first, second, third].every((card) => card.model?.title === 'Flaky story, version 2'));
        await Promise.all([first.updateComplete, second.updateComplete, third.updateComplete]);
        for (const card of [first, second, third]) expect(title(card)).to.equal('Flaky story, version 2');
        expect(loads).to.have.length(1);
        expect((await faultServed(path)).cors).to.equal(5);
        expect(errors).to.deep.equal([]);
        expect(page.problems).to.deep.equal([]);
        expect(page.warnings).to.deep.equal([]);
      } finally {
        page.stop();
      }
    });

    it('an element off the page hears of no change; back on the page, it refreshes quietly', async () => {
      configure({ retryDelay: 20 });
      const api = faulty('flaky', 'away');
      const card = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="s"></news-article-card>`);
      await until(() => card.model !== undefined);
      const parent = card.parentElement!;
      card.remove();

      // While it is away, another card revalidates the answer and gets version 2.
      await flaky('mend', 'away');
      const other = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="s"></news-article-card>`);
      await until(() => other.model?.title === 'Flaky story, version 2');
      expect(card.model!.title).to.equal('Flaky story, version 1');

      // Back on the page: no skeleton, no error, and the newer answer.
      const events: Event[] = [];
      card.addEventListener('news-error', (event) => events.push(event));
      parent.append(card);
      await card.updateComplete;
      expect(card.hasAttribute('aria-busy')).to.be.false;
      await until(() => card.model?.title === 'Flaky story, version 2');
      await card.updateComplete;
      expect(title(card)).to.equal('Flaky story, version 2');
      expect(events).to.deep.equal([]);
    });

    it('keeps a fresh answer (Cache-Control: max-age) without asking again', async () => {
      const api = faulty('max-age', '60');
      const path = '/max-age/60/api/articles/fresh';
      const one = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="fresh"></news-article-card>`);
      await until(() => one.model !== undefined);
      const two = fixtureSync<NewsArticleCard>(html`<news-article-card endpoint=${api} slug="fresh"></news-article-card>`);
      await until(() => two.model !== undefined);
      expect((await faultServed(path)).cors).to.equal(1);
    });
  });
});
