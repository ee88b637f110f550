/**
 * The CSP test page's module (see csp-page.mjs): renders every element in every state from the
 * real content server, under the strict Content-Security-Policy, with the sanitizer engine named in
 * `?engine=` (`dompurify` takes `setHTML` away, as in a browser without the Sanitizer API). When
 * all have settled it publishes `window.__csp` for test/csp.test.ts, with what shows which engine
 * really sanitized the bodies (recorded by violations.ts, and the requests the page made), then
 * checks that the policy is really enforced: an `innerHTML` string and an inline <style> must both
 * be refused.
 */
import { configure } from '../../src/index.js';
import '../../src/define.js';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
/** What shows which sanitizer worked, rather than which one the page was asked for. */
export interface SanitizerEvidence {
  /** Calls of the Sanitizer API (`setHTML`, `setHTMLUnsafe`), in order. */
  sanitizerApiCalls: string[];
  /** The Trusted Types policies created: "dompurify" once DOMPurify has sanitized. */
  policies: string[];
  /** The page's requests for DOMPurify's module (the library loads it only when it needs it). */
  dompurifyRequests: string[];
}
export interface CspResult {
  /** While every element loaded and rendered publisher content (the hostile body not yet). */
  sanitizers: SanitizerEvidence;
  /** What the hostile body's script, handlers and links would have set, had any run. */
  pwned: unknown;
  /** Violations while every element loaded and rendered publisher content: there must be none. */
  violations: Violation[];
  /**
   * Violations while the hostile body (test/fixtures/article-hostile-body.json) was sanitized.
   * Chromium reports the inline handlers and styles of any HTML it parses, even in an inert
   * document and through the Sanitizer API, as blocked: nothing of them ever runs or applies.
   */
  hostileViolations: Violation[];
  /** The two deliberate breaches, and the violations they caused. */
  probes: { innerHtmlThrew: boolean; inlineStyleApplied: boolean; violations: Violation[] };
}

const page = window as unknown as {
  __cspViolations: Violation[];
  __cspSanitizerApiCalls: string[];
  __cspPolicies: string[];
  __pwned?: unknown;
  __csp?: CspResult;
};
const engine = new URLSearchParams(location.search).get('engine') ?? 'sanitizer-api';
if (engine === 'dompurify') delete (Element.prototype as unknown as Record<string, unknown>).setHTML;

const api = document.querySelector<HTMLMetaElement>('meta[name="news-widgets:endpoint"]')!.content.replace(/\/api\/$/, '');
// The embed fixture's iframe points at this page's own host.
configure({ iframeHosts: [location.host] });

const elements = [
  // With its JSON-LD: writing a script's text is a Trusted Types sink, even for JSON.
  '<news-article slug="harbour-bridge-reopens" id="article" structured-data=""></news-article>',
  `<news-article src="${api}/fixtures/article-embed.json" id="embed"></news-article>`,
  '<news-article slug="no-such-article" id="missing"></news-article>',
  '<news-article-card slug="seagrass-meadows-return" id="card"></news-article-card>',
  '<news-author-bio author="nadia-okafor" id="bio"></news-author-bio>',
  '<news-tag-list article="harbour-bridge-reopens" max="1" id="tags"></news-tag-list>',
  '<news-tag-list id="all-tags"></news-tag-list>',
  '<news-related-articles article="harbour-bridge-reopens" limit="2" id="related"></news-related-articles>',
  '<news-related-articles tag="no-such-tag" id="empty"></news-related-articles>',
  // A provider whose adapter is a lazy chunk, loaded under the same policy.
  `<news-article provider="jsonfeed" src="${api}/feed.json" slug="seagrass-meadows-return" id="jsonfeed"></news-article>`,
];
// No innerHTML (a Trusted Types sink): the elements are made one by one from their tag and attributes.
function add(markup: string): Element {
  const [, tag, attributes] = /^<([a-z-]+)(.*?)><\/\1>$/.exec(markup)!;
  const element = document.createElement(tag);
  for (const [, name, value] of attributes.matchAll(/([a-z-]+)="([^"]*)"/g)) element.setAttribute(name, value);
  return document.body.appendChild(element);
}

const settled = (element: Element) =>
  new Promise<void>((resolve) => {
    element.addEventListener('news-load', () => resolve(), { once: true });
    element.addEventListener('news-error', () => resolve(), { once: true });
  });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Bodies are sanitized after the first render; the related strip and its cards render after it. */
async function bodiesOf(ids: string[]): Promise<void> {
  const ready = () => ids.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part="body"] > *'));
  for (let i = 0; i < 200 && !ready(); i++) await pause(10);
  await pause(100);
}

await Promise.all(elements.map((markup) => settled(add(markup))));
await bodiesOf(['article', 'embed', 'jsonfeed']);
const violations = [...page.__cspViolations];
const sanitizers: SanitizerEvidence = {
  sanitizerApiCalls: [...page.__cspSanitizerApiCalls],
  policies: [...page.__cspPolicies],
  dompurifyRequests: performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/dompurify\//.test(name)),
};

await settled(add(`<news-article src="${api}/fixtures/article-hostile-body.json" id="hostile"></news-article>`));
await bodiesOf(['hostile']);
const hostileViolations = page.__cspViolations.slice(violations.length);
const before = page.__cspViolations.length;

// The policy is enforced: a string into innerHTML throws (Trusted Types), an inline <style> is ignored.
let innerHtmlThrew = false;
try {
  document.createElement('div').innerHTML = '<b>not trusted</b>';
} catch {
  innerHtmlThrew = true;
}
const style = document.createElement('style');
style.textContent = 'body { margin: 77px }';
document.head.append(style);
await new Promise((resolve) => setTimeout(resolve, 50));
const inlineStyleApplied = getComputedStyle(document.body).marginTop === '77px';

page.__csp = {
  sanitizers,
  pwned: page.__pwned,
  violations,
  hostileViolations,
  probes: { innerHtmlThrew, inlineStyleApplied, violations: page.__cspViolations.slice(before) },
};
