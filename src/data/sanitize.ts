import type { NewsPolicy } from './trusted-types.js';
import type { safeUrl } from './urls.js';

/**
 * The one HTML policy. Publisher HTML is parsed in an inert document (nothing loads, nothing runs)
 * and filtered to the allowlist below, by the browser's Sanitizer API where it exists and by
 * DOMPurify elsewhere (loaded only then; also for a `<noscript>` where the API reads it otherwise). The filtered tree is then rebuilt, node by node, in the
 * page's document by `rebuild`, which applies the same allowlist a second time together with the
 * URL policy, the link, image and iframe rules. So both engines end in one code path, and what
 * reaches the page was never serialised and parsed again (no mutation XSS), carries no shadow
 * root and nothing the allowlist does not name, whatever the engine let through.
 */
export const ALLOWED_ELEMENTS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary',
  'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
/**
 * Attributes kept on any allowed element. No `id`, `name` or `class` (DOM clobbering, and the page's
 * styles), no `style`, no event handlers, no `target`, `srcdoc`, `action`, `formaction` or `data-*`.
 */
export const ALLOWED_ATTRIBUTES = 'alt cite colspan datetime dir headers height href lang media open reversed rowspan scope sizes span src srcset start title type value width'.split(' ');
/**
 * Wrappers that CMSs put around body text (page structure, or long-deprecated presentation). They
 * pass both engines and are then replaced by their children, so a body wrapped in `<article>` or
 * `<font>` keeps its text. Everything else outside the allowlist goes with its content.
 */
const UNWRAPPED_ELEMENTS = 'address article aside big center font footer header hgroup main nav tt'.split(' ');
/** Attributes holding one URL: each must be http(s) once resolved against the article, or a same-page fragment. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
/** Attributes an allowed iframe keeps besides the global ones (its `src`, `title`, `width`, `height`). */
const IFRAME_ATTRIBUTES = ['allowfullscreen'];
/** What every allowed iframe gets, whatever the publisher wrote: it may run its player, never navigate the page. */
export const IFRAME_SANDBOX = 'allow-scripts allow-same-origin allow-popups';
/** Players such as YouTube's refuse to play without the embedding origin; nothing more (no path, no query) is sent. */
export const IFRAME_REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * Let through both engines, never copied into the page: DOMPurify removes an element with an `is`
 * attribute it does not allow (a customized built-in), the Sanitizer API only the attribute.
 * Allowing it in both and dropping it in `rebuild` keeps the element, without `is`, either way.
 */
const PARITY_ATTRIBUTES = ['is'];
/**
 * DOMPurify's own rules, applied by `rebuild` to both engines' output so that they agree:
 * attributes other than these must not look like a URL of another scheme once spaces are taken
 * out (DOMPurify checks every attribute so); no attribute value may hold `]>`, `-->` or a closing
 * raw-text tag (mutation XSS); an iframe's fallback text may hold no markup.
 */
const URI_SAFE_ATTRIBUTES = new Set(['alt', 'title', 'value']);
const URI_LIKE_ALLOWED = /^(?:(?:(?:f|ht)tps?|mailto|tel|callto|sms|cid|xmpp|matrix):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
// eslint-disable-next-line no-control-regex -- the characters DOMPurify takes out before that check
const ATTRIBUTE_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;
const ATTRIBUTE_BREAKOUT = /((--!?|])>)|<\/(style|script|title|xmp|textarea|noscript|iframe|noembed|noframes)/i;
const MARKUP = /<[/\w!]/;

const XHTML = 'http://www.w3.org/1999/xhtml';
const allowedElements = new Set(ALLOWED_ELEMENTS);
const allowedAttributes = new Set(ALLOWED_ATTRIBUTES);
const unwrappedElements = new Set(UNWRAPPED_ELEMENTS);

export type SanitizerEngine = 'sanitizer-api' | 'dompurify';

interface SanitizerConfig {
  elements: (string | { name: string; attributes: string[] })[];
  attributes: string[];
  comments: boolean;
  dataAttributes: boolean;
}
/** Element's HTML methods with their Sanitizer API options (newer than TypeScript's DOM types). */
interface SanitizerApiElement {
  setHTML(html: string, options: { sanitizer: SanitizerConfig }): void;
  setHTMLUnsafe(html: unknown, options: { sanitizer: SanitizerConfig }): void;
}

export function preferredEngine(): SanitizerEngine {
  return 'setHTML' in Element.prototype ? 'sanitizer-api' : 'dompurify';
}

/**
 * Where a body is going and by which rules: what `rebuild` needs besides the tree. The URL policy
 * (and, for `setHTMLUnsafe`, the library's Trusted Types policy) come in as arguments rather than
 * imports, so that this module, a lazy chunk of the script-tag bundle, imports nothing from the
 * bundle (see html.ts).
 */
export interface Destination {
  /** The article's URL: relative links and images in the body resolve against it. */
  base: string;
  /** The exact hosts whose iframes may stay. */
  hosts: ReadonlySet<string>;
  safeUrl: typeof safeUrl;
}

export interface SanitizeOptions {
  base: string;
  engine: SanitizerEngine;
  iframeHosts: readonly string[];
  safeUrl: typeof safeUrl;
  /** The library's Trusted Types policy (`newsPolicy` of trusted-types.ts), asked for only when iframes may stay. */
  trustedTypes: () => NewsPolicy | null;
}

/**
 * Turns untrusted HTML into a fragment owned by the current document, safe to render. Called
 * through `sanitizeHtml` in html.ts, which supplies the page's defaults.
 */
export async function sanitize(html: string, { base, engine, iframeHosts, safeUrl, trustedTypes }: SanitizeOptions): Promise<DocumentFragment> {
  const hosts = new Set(iframeHosts.map((host) => host.toLowerCase()));
  // Only a body that can hold an <iframe> start tag needs iframes let through the engine at all.
  const iframes = hosts.size > 0 && /<iframe/i.test(html);
  const container = inertDiv();
  if (engine === 'sanitizer-api' && (!NOSCRIPT.test(html) || readsNoscriptAsMarkup())) {
    parseWithSanitizerApi(container as unknown as SanitizerApiElement, html, iframes && embedPolicy(trustedTypes));
  } else {
    container.append(await parseWithDomPurify(html, iframes));
  }
  const fragment = document.createDocumentFragment();
  rebuild(container, fragment, { base, hosts, safeUrl });
  return fragment;
}

/** A `<div>` of an inert document: what is parsed into it loads nothing and runs nothing. */
const inertDiv = () => document.implementation.createHTMLDocument('').createElement('div');

const NOSCRIPT = /<noscript/i;
let noscriptIsMarkup: boolean | undefined;

/**
 * Whether `setHTML` here reads a `<noscript>` in an inert document as markup, as the HTML standard
 * says for a document without scripting, and as DOMPurify and the server rendering read it.
 * Firefox's reads it as text, and then what follows a `</noscript>` written inside an attribute
 * value becomes markup (`<noscript><p title="</noscript><img src=x>">`): safe, but another body.
 * Where it does, a body with a `<noscript>` goes through DOMPurify, so that every browser gives the
 * same body. Asked once, of the engine itself, with such a body.
 */
function readsNoscriptAsMarkup(): boolean {
  if (noscriptIsMarkup === undefined) {
    const probe = inertDiv();
    (probe as unknown as SanitizerApiElement).setHTML('<noscript><p title="</noscript><b>x</b>"></p></noscript>', { sanitizer: sanitizerConfig(false) });
    // As markup, the whole <noscript> goes (it is not allowed); as text, the <b> stays.
    noscriptIsMarkup = !probe.hasChildNodes();
  }
  return noscriptIsMarkup;
}

function sanitizerConfig(iframes: boolean): SanitizerConfig {
  return {
    elements: [...ALLOWED_ELEMENTS, ...UNWRAPPED_ELEMENTS, ...(iframes ? [{ name: 'iframe', attributes: IFRAME_ATTRIBUTES }] : [])],
    attributes: [...ALLOWED_ATTRIBUTES, ...PARITY_ATTRIBUTES],
    comments: false,
    dataAttributes: false,
  };
}

/**
 * The Sanitizer API's safe `setHTML` always removes iframes (with scripts, objects and embeds),
 * whatever the configuration says: it is what the body goes through by default, and always when no
 * iframe host is allowed or the body has no iframe. To keep the iframes of allowed hosts, the body
 * goes through `setHTMLUnsafe` with the same allowlist configuration plus `iframe`. That is safe
 * here because (1) the configuration lists every element and attribute it keeps, so the "unsafe"
 * baseline it skips (script, frames, object, embed, event handlers) has nothing to remove that the
 * allowlist does not already drop; (2) it parses into an element of an inert document, where nothing
 * loads or runs; (3) `rebuild` then copies only allowlisted elements and attributes into the page,
 * checks every URL, drops any shadow root a declarative `<template shadowrootmode>` could have
 * attached, and remakes each iframe itself (allowed host, `sandbox`, `loading`, `referrerpolicy`).
 * A placeholder element was the alternative; it needs the same unsafe parse to read the iframe's
 * attributes, so it buys nothing. `setHTMLUnsafe` is a Trusted Types sink: under
 * `require-trusted-types-for 'script'` the HTML goes through the library's own policy
 * `news-widgets` (`trusted-types.ts`), which the package does not export. A page whose CSP does
 * not allow that policy keeps its bodies without iframes (one console warning), never an error.
 */
function parseWithSanitizerApi(container: SanitizerApiElement, html: string, policy: NewsPolicy | null | false): void {
  if (policy) container.setHTMLUnsafe(policy.createHTML(html), { sanitizer: sanitizerConfig(true) });
  else container.setHTML(html, { sanitizer: sanitizerConfig(false) });
}

let warned = false;

function embedPolicy(trustedTypes: () => NewsPolicy | null): NewsPolicy | null {
  const policy = trustedTypes();
  if (!policy && !warned) {
    warned = true;
    console.warn(
      'news-widgets: iframes from the allowed hosts are dropped, because the page\'s Content-Security-Policy does not list "news-widgets" in trusted-types.',
    );
  }
  return policy;
}

async function parseWithDomPurify(html: string, iframes: boolean): Promise<DocumentFragment> {
  const { default: DOMPurify } = await import('dompurify');
  // DOMPurify parses a whole document, the Sanitizer API a fragment in a <div>. Two settings make
  // the trees the same: FORCE_BODY, so that leading <meta>, <noscript> or <template> stay in the
  // body instead of going to <head>; and a leading <area> (which the allowlist drops), so that a
  // <frameset> cannot replace the body (it turns the parser's frameset-ok flag off).
  const fragment = DOMPurify.sanitize(`<area>${html}`, {
    // As the Sanitizer API does, an element outside the allowlist goes with its content (DOMPurify
    // would otherwise keep the text of a <form>, <main> or <object>): one policy, whichever engine.
    ALLOWED_TAGS: [...ALLOWED_ELEMENTS, ...UNWRAPPED_ELEMENTS, ...(iframes ? ['iframe'] : []), '#text'],
    ALLOWED_ATTR: [...ALLOWED_ATTRIBUTES, ...PARITY_ATTRIBUTES, ...(iframes ? IFRAME_ATTRIBUTES : [])],
    KEEP_CONTENT: false,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    FORCE_BODY: true,
    RETURN_DOM_FRAGMENT: true,
  });
  return fragment ?? document.createDocumentFragment();
}

/**
 * Copies the engine's output into `target`, in the page's document: allowlisted HTML elements with
 * their allowlisted attributes, text, and vetted iframes. Comments, processing instructions, SVG,
 * MathML and anything else are left behind. What each element becomes is `keep`'s decision, which
 * the server rendering of `news-widgets/ssr` applies to its own parse of the same HTML.
 */
function rebuild(source: ParentNode, target: ParentNode, to: Destination): void {
  for (const node of [...source.childNodes]) {
    // Node.TEXT_NODE and Node.ELEMENT_NODE, as numbers: the build would keep the longer names.
    if (node.nodeType === 3) {
      target.append(node.nodeValue!);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const kept = keep(element, to);
    if (kept === 'unwrap') {
      rebuild(element, target, to);
    } else if (kept) {
      const copy = document.createElement(kept.name);
      // In the order given: an image gets `loading` before any `src`, an iframe its `sandbox` first.
      for (const [name, value] of kept.attributes) copy.setAttribute(name, value);
      if (kept.children) rebuild(element, copy, to);
      target.append(copy);
    }
  }
}

/** An element as the policy reads it: a DOM `Element` is one, and so is an element of a server-side parse. */
export interface PolicyElement {
  readonly namespaceURI: string | null;
  readonly localName: string;
  /** Its attributes, in source order. */
  readonly attributes: ArrayLike<{ readonly namespaceURI: string | null; readonly localName: string; readonly value: string }>;
  /** Its text (an iframe's fallback text may hold no markup). */
  readonly textContent: string | null;
}

/** An element the policy keeps: its name, its attributes in the order to write them, and whether its (filtered) content follows. */
export interface KeptElement {
  name: string;
  attributes: [name: string, value: string][];
  children: boolean;
}

/**
 * The policy for one element: `undefined` drops it with its content, `'unwrap'` keeps only its
 * content, and a `KeptElement` says how to write it. Decided from the element alone, never from
 * the tree it is in, so that the browser and a server decide alike.
 */
export function keep(element: PolicyElement, to: Destination): KeptElement | 'unwrap' | undefined {
  if (element.namespaceURI !== XHTML) return undefined;
  const name = element.localName;
  if (unwrappedElements.has(name)) return 'unwrap';
  if (name === 'iframe') return vetIframe(element, to);
  if (!allowedElements.has(name)) return undefined;
  const attributes: [string, string][] = [];
  // Before any src: an image of the page's document starts loading as soon as it has one.
  if (name === 'img') attributes.push(['loading', 'lazy'], ['decoding', 'async']);
  // Code and tables scroll sideways in a narrow column: keyboard users must be able to reach them.
  if (name === 'pre' || name === 'table') attributes.push(['tabindex', '0']);
  attributes.push(...keptAttributes(element, to));
  const { alt, href } = Object.fromEntries(attributes);
  // An image the publisher left without alt text is shown as decoration (screen readers skip it),
  // never as an image with no text at all, which they announce by its file name.
  if (name === 'img' && alt === undefined) attributes.push(['alt', '']);
  if (name === 'a' && href !== undefined && !href.startsWith('#')) attributes.push(['rel', 'noopener noreferrer']);
  return { name, attributes, children: true };
}

function keptAttributes(element: PolicyElement, to: Destination): [string, string][] {
  const kept: [string, string][] = [];
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.localName;
    if (attribute.namespaceURI !== null || !allowedAttributes.has(name)) continue;
    // As DOMPurify does, every value but `value`'s is trimmed (String#trim: a leading U+FEFF too).
    let value: string | undefined = name === 'value' ? attribute.value : attribute.value.trim();
    if (ATTRIBUTE_BREAKOUT.test(value)) continue;
    if (value && !URI_SAFE_ATTRIBUTES.has(name) && !URI_LIKE_ALLOWED.test(value.replace(ATTRIBUTE_WHITESPACE, ''))) continue;
    if (URL_ATTRIBUTES.has(name)) value = bodyUrl(value, to);
    else if (name === 'srcset') value = safeSrcset(value, to);
    if (value !== undefined) kept.push([name, value]);
  }
  return kept;
}

/** A same-page fragment stays as it is (it cannot leave the page); anything else must resolve to http(s). */
function bodyUrl(value: string, to: Destination): string | undefined {
  // URL parsing ignores spaces and C0 controls before a URL: what starts with "#" after them is a fragment.
  let start = 0;
  while (start < value.length && value[start] <= ' ') start++;
  return value[start] === '#' ? value.slice(start).trim() : to.safeUrl(value, to.base);
}

/**
 * A `srcset` keeps only its http(s) candidates, each resolved and written back by us with a width
 * or density descriptor of the valid form; the rest of the attribute is never copied.
 */
function safeSrcset(value: string, to: Destination): string | undefined {
  const kept: string[] = [];
  let rest = value;
  for (;;) {
    rest = rest.replace(/^[\t\n\f\r ,]+/, '');
    if (!rest) break;
    // A candidate is a URL (no whitespace; trailing commas end it) and optional descriptors up to a comma.
    let url = /^[^\t\n\f\r ]+/.exec(rest)![0];
    rest = rest.slice(url.length);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const end = rest.indexOf(',');
      descriptor = (end < 0 ? rest : rest.slice(0, end)).trim();
      rest = end < 0 ? '' : rest.slice(end + 1);
    }
    const safe = to.safeUrl(url, to.base);
    if (safe && (!descriptor || /^\d+(\.\d+)?[wx]$/.test(descriptor))) kept.push(descriptor ? `${safe} ${descriptor}` : safe);
  }
  return kept.length ? kept.join(', ') : undefined;
}

/** An iframe survives only from an allowed host, remade by us: sandboxed, lazy, with a title. */
function vetIframe(element: PolicyElement, to: Destination): KeptElement | undefined {
  const attribute = (name: string) => Array.from(element.attributes).find((a) => a.namespaceURI === null && a.localName === name)?.value;
  const src = to.safeUrl(attribute('src'), to.base);
  const host = src ? new URL(src).host : undefined;
  if (!src || !host || !to.hosts.has(host) || MARKUP.test(element.textContent ?? '')) return undefined;
  const attributes: [string, string][] = [
    ['sandbox', IFRAME_SANDBOX],
    ['loading', 'lazy'],
    ['referrerpolicy', IFRAME_REFERRER_POLICY],
    ['title', attribute('title')?.trim() || host],
  ];
  for (const name of ['width', 'height']) {
    const size = attribute(name);
    if (size && /^\d{1,5}$/.test(size)) attributes.push([name, size]);
  }
  if (attribute('allowfullscreen') !== undefined) attributes.push(['allowfullscreen', '']);
  // Last, once the sandbox is in place (the frame is detached until rendered, so nothing loads yet).
  attributes.push(['src', src]);
  return { name: 'iframe', attributes, children: false };
}
