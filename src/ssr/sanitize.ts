/// <reference types="node" />
import { createRequire } from 'node:module';
import { keep, type PolicyElement } from '../data/sanitize.js';
import { safeUrl } from '../data/urls.js';

/**
 * The HTML policy of `src/data/sanitize.ts`, on a server. There is no DOM in Node, so the body is
 * parsed by parse5 (the HTML standard's parser, as Lit's server rendering uses it) and walked with
 * the browser's own decision for each element (`keep`: the same allowlists, URL policy, link,
 * image and iframe rules), then written out by the standard's serialisation (what `innerHTML`
 * gives, `<` and `>` escaped in attribute values as browsers now do). test/ssr/sanitize-parity.test.ts
 * proves, for every entry of the hostile corpora, that this gives exactly what the browser gives.
 *
 * What a browser parses again from this output holds nothing the policy would remove: only
 * allowlisted HTML elements (none of them raw text, foreign or template content, so nothing can
 * change namespace or hide markup in text), escaped text and attribute values, and no comments.
 */

const XHTML = 'http://www.w3.org/1999/xhtml';

/** The parts of parse5's default tree that the walk reads. */
interface Parse5Node {
  nodeName: string;
  tagName?: string;
  namespaceURI?: string;
  attrs?: { name: string; value: string; namespace?: string }[];
  childNodes?: Parse5Node[];
  value?: string;
}
interface Parse5 {
  parseFragment(context: Parse5Node, html: string, options: { scriptingEnabled: boolean }): Parse5Node;
  defaultTreeAdapter: { createElement(tagName: string, namespaceURI: string, attrs: []): Parse5Node };
}

/** A base no relative URL resolves against (so they are dropped) and absolute ones ignore. */
const NO_BASE = 'about:blank';

/** Elements with no end tag, as the serialisation writes them. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

let parse5: Parse5 | undefined;

/**
 * parse5 as @lit-labs/ssr has it: a dependency of that package (this entry's peer), so it is there
 * wherever server rendering is, however the package manager laid out node_modules, and it is the
 * same parser that reads the elements' templates.
 */
function parser(): Parse5 {
  if (!parse5) {
    const ssr = createRequire(import.meta.url).resolve('@lit-labs/ssr/package.json');
    parse5 = createRequire(ssr)('parse5') as Parse5;
  }
  return parse5;
}

/**
 * Sanitizes untrusted HTML to HTML text, in Node, by the policy the browser applies (see
 * `sanitizeHtml` in src/data/sanitize.ts). `base` is the URL relative links and images resolve
 * against (the article's URL, else the page's); `iframeHosts` are the hosts whose iframes may stay
 * (none by default).
 */
export function sanitizeHtmlToString(html: string, base: string | undefined, iframeHosts: readonly string[] = []): string {
  const { parseFragment, defaultTreeAdapter } = parser();
  const to = { base: base ?? NO_BASE, hosts: new Set(iframeHosts.map((host) => host.toLowerCase())), safeUrl };
  // The browser parses the body into a <div> of an inert document, where scripting is disabled
  // (so <noscript> holds markup, not text): the same context here.
  const context = defaultTreeAdapter.createElement('div', XHTML, []);
  const out: string[] = [];

  const rebuild = (source: Parse5Node): void => {
    for (const node of source.childNodes ?? []) {
      if (node.nodeName === '#text') {
        out.push(escapeText(node.value ?? ''));
        continue;
      }
      if (node.tagName === undefined) continue;
      const kept = keep(asPolicyElement(node), to);
      if (kept === 'unwrap') {
        rebuild(node);
      } else if (kept) {
        out.push(`<${kept.name}`, ...kept.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`), '>');
        if (VOID_ELEMENTS.has(kept.name)) continue;
        if (kept.children) rebuild(node);
        out.push(`</${kept.name}>`);
      }
    }
  };
  rebuild(parseFragment(context, html, { scriptingEnabled: false }));
  return out.join('');
}

// The serialisation's escapes. The kept elements are never raw text (<style>, <script>, <xmp>,
// <iframe> content: an iframe is written empty), so all text is escaped.
const escapeText = (text: string) => text.replace(/[&\u00a0<>]/g, (char) => ESCAPES[char]);
const escapeAttribute = (text: string) => text.replace(/[&\u00a0"<>]/g, (char) => ESCAPES[char]);
const ESCAPES: Record<string, string> = { '&': '&amp;', '\u00a0': '&nbsp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

function asPolicyElement(node: Parse5Node): PolicyElement {
  return {
    namespaceURI: node.namespaceURI ?? null,
    localName: node.tagName!,
    attributes: (node.attrs ?? []).map(({ name, value, namespace }) => ({ namespaceURI: namespace ?? null, localName: name, value })),
    get textContent() {
      return textOf(node);
    },
  };
}

function textOf(node: Parse5Node): string {
  return node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('');
}
