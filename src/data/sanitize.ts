import { safeUrl } from './urls.js';

/**
 * The one HTML policy. Publisher HTML is parsed in an inert document (nothing loads, nothing runs),
 * filtered to the allowlist below by the browser's Sanitizer API where it exists and by DOMPurify
 * elsewhere (loaded only then), and finished by `finish`, which applies the URL policy and the
 * link and image rules the same way for both.
 */
export const ALLOWED_ELEMENTS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup',
  'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'picture', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub', 'summary',
  'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];
export const ALLOWED_ATTRIBUTES = [
  'alt', 'cite', 'colspan', 'datetime', 'dir', 'headers', 'height', 'href', 'lang', 'media', 'open',
  'reversed', 'rowspan', 'scope', 'sizes', 'span', 'src', 'srcset', 'start', 'title', 'type', 'value',
  'width',
];
/**
 * Wrappers that CMSs put around body text (page structure, or long-deprecated presentation). They
 * pass both engines and are then replaced by their children, so a body wrapped in `<article>` or
 * `<font>` keeps its text. Everything else outside the allowlist goes with its content.
 */
const UNWRAPPED_ELEMENTS = ['address', 'article', 'aside', 'big', 'center', 'font', 'footer', 'header', 'hgroup', 'main', 'nav', 'tt'];
const URL_ATTRIBUTES = ['href', 'src', 'cite'];

export type SanitizerEngine = 'sanitizer-api' | 'dompurify';

interface SanitizerApiElement extends Element {
  setHTML(html: string, options: { sanitizer: object }): void;
}

export function preferredEngine(): SanitizerEngine {
  return 'setHTML' in Element.prototype ? 'sanitizer-api' : 'dompurify';
}

/**
 * Turns untrusted HTML into a fragment owned by the current document, safe to render.
 * `base` is the article's URL: relative links and images in the body resolve against it.
 */
export async function sanitizeHtml(html: string, base: string = document.baseURI, engine = preferredEngine()): Promise<DocumentFragment> {
  const inert = document.implementation.createHTMLDocument('');
  const container = inert.createElement('div');
  if (engine === 'sanitizer-api') {
    (container as unknown as SanitizerApiElement).setHTML(html, {
      sanitizer: { elements: [...ALLOWED_ELEMENTS, ...UNWRAPPED_ELEMENTS], attributes: ALLOWED_ATTRIBUTES, comments: false, dataAttributes: false },
    });
  } else {
    const { default: DOMPurify } = await import('dompurify');
    container.append(
      DOMPurify.sanitize(html, {
        // As the Sanitizer API does, an element outside the allowlist goes with its content (DOMPurify
        // would otherwise keep the text of a <form>, <main> or <object>): one policy, whichever engine.
        ALLOWED_TAGS: [...ALLOWED_ELEMENTS, ...UNWRAPPED_ELEMENTS, '#text'],
        KEEP_CONTENT: false,
        ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
        ALLOW_DATA_ATTR: false,
        RETURN_DOM_FRAGMENT: true,
      }),
    );
  }
  finish(container, base);
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from(container.childNodes, (node) => document.importNode(node, true)));
  return fragment;
}

function finish(root: Element, base: string): void {
  for (const wrapper of root.querySelectorAll(UNWRAPPED_ELEMENTS.join(','))) wrapper.replaceWith(...wrapper.childNodes);
  for (const element of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      // In-page fragments stay as they are; everything else must be http(s) once resolved.
      const url = value.startsWith('#') ? value : safeUrl(value, base);
      if (url) element.setAttribute(name, url);
      else element.removeAttribute(name);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== null) {
      const kept = srcset
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/))
        .flatMap(([url, descriptor]) => {
          const safe = safeUrl(url, base);
          return safe ? [descriptor ? `${safe} ${descriptor}` : safe] : [];
        });
      if (kept.length) element.setAttribute('srcset', kept.join(', '));
      else element.removeAttribute('srcset');
    }
    if (element.localName === 'a' && element.hasAttribute('href')) {
      element.setAttribute('rel', 'noopener noreferrer');
    }
    if (element.localName === 'img') {
      element.setAttribute('loading', 'lazy');
      element.setAttribute('decoding', 'async');
    }
  }
}
