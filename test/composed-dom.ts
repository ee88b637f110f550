import { executeServerCommand } from '@web/test-runner-commands';
import type { SanitizerEngine } from '../src/data/sanitize.js';
import { IFRAME_SANDBOX } from '../src/data/sanitize.js';

/**
 * Shared by the payload and URL corpus tests: a walk of the composed DOM (every open shadow root
 * included) that names everything dangerous in it, a recorder for the functions payloads call, and
 * a switch that makes the elements use DOMPurify, as in a browser without the Sanitizer API.
 */

/** Elements a widget must never contain (an iframe only from an allowed host, sandboxed). */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'style', 'link', 'meta', 'base',
  'form', 'input', 'textarea', 'select', 'option', 'isindex', 'keygen', 'template', 'noscript', 'portal',
  'fencedframe', 'dialog', 'video', 'audio', 'svg', 'math', 'marquee', 'xmp', 'listing', 'noembed', 'noframes',
]);
/** Attributes that never belong in a widget, whatever their value. */
const FORBIDDEN_ATTRIBUTES = new Set(['style', 'srcdoc', 'formaction', 'action', 'autofocus', 'contenteditable', 'popover', 'is', 'name']);
/** Attributes that hold a URL (or a list of them): each must be absolute http(s), or a same-page fragment. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'cite', 'poster', 'background', 'data', 'ping', 'longdesc', 'lowsrc', 'dynsrc',
  'codebase', 'manifest', 'icon', 'usemap', 'xlink:href',
]);
/** Our own controls: the Retry button and the tag list's "+N more". */
const OWN_BUTTON_PARTS = new Set(['retry', 'more']);

function isSafeUrl(value: string): boolean {
  if (value.startsWith('#')) return true;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

function describe(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  return `<${element.localName}>${host ? ` in <${host.localName}>` : ''}`;
}

/**
 * Everything dangerous in the composed DOM under `root`: forbidden elements, event handler, style
 * and other forbidden attributes, URLs that are not http(s) or a fragment, iframes that are not
 * from `iframeHosts` with our sandbox, and elements outside the HTML namespace.
 */
export function composedDangers(root: Element | ShadowRoot | DocumentFragment, iframeHosts: readonly string[] = []): string[] {
  const found: string[] = [];
  const visit = (node: ParentNode) => {
    for (const element of Array.from(node.querySelectorAll('*'))) {
      const name = element.localName;
      const where = describe(element);
      if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`${where}: not HTML (${element.namespaceURI})`);
      if (name === 'iframe') {
        const src = element.getAttribute('src') ?? '';
        const allowed = isSafeUrl(src) && iframeHosts.includes(new URL(src).host) && element.getAttribute('sandbox') === IFRAME_SANDBOX;
        if (!allowed) found.push(`${where}: an iframe (src ${JSON.stringify(src)}, sandbox ${JSON.stringify(element.getAttribute('sandbox'))})`);
      } else if (FORBIDDEN_ELEMENTS.has(name)) {
        found.push(`${where}: forbidden element`);
      }
      if (name === 'button' && !OWN_BUTTON_PARTS.has(element.getAttribute('part') ?? '')) found.push(`${where}: a button that is not ours`);
      for (const attribute of Array.from(element.attributes)) {
        const attr = attribute.name.toLowerCase();
        if (attr.startsWith('on')) found.push(`${where}: event handler ${attr}`);
        if (FORBIDDEN_ATTRIBUTES.has(attr) && !(attr === 'name' && name === 'slot')) found.push(`${where}: attribute ${attr}`);
        // Only our own links (they all have a part) open where the host's link-target says.
        if (attr === 'target' && !element.hasAttribute('part')) found.push(`${where}: target on a link that is not ours`);
        if (URL_ATTRIBUTES.has(attr) && !isSafeUrl(attribute.value)) found.push(`${where}: ${attr}=${JSON.stringify(attribute.value)}`);
        if (attr === 'srcset') {
          for (const candidate of attribute.value.split(/,\s+/)) {
            const url = candidate.trim().split(/\s+/)[0];
            if (!isSafeUrl(url)) found.push(`${where}: srcset candidate ${JSON.stringify(url)}`);
          }
        }
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(root);
  return found;
}

/** Functions the payloads call to prove they ran. */
const RECORDED = ['alert', 'prompt', 'confirm', 'print', '__xss'] as const;

declare global {
  interface Window {
    __xss?: (...args: unknown[]) => void;
    __pwned?: unknown;
  }
}

/**
 * Replaces `alert`, `prompt`, `confirm`, `print` and `__xss` with recorders until `restore()`.
 * `calls` lists every call (and a `__pwned` global, set by this project's own payloads).
 */
export function watchExecution(): { calls: () => string[]; restore: () => void } {
  const calls: string[] = [];
  const target = window as unknown as Record<string, unknown>;
  const saved = RECORDED.map((name) => [name, target[name]] as const);
  for (const name of RECORDED) target[name] = (...args: unknown[]) => calls.push(`${name}(${args.map(String).join(', ')})`);
  delete window.__pwned;
  return {
    calls: () => (window.__pwned === undefined ? calls : [...calls, `__pwned = ${String(window.__pwned)}`]),
    restore: () => {
      for (const [name, value] of saved) target[name] = value;
      delete window.__pwned;
    },
  };
}

/**
 * The sanitizer engines of this browser: both where it has the Sanitizer API (Chromium and Firefox
 * do), DOMPurify alone where it has not (WebKit).
 */
export const sanitizerEngines: SanitizerEngine[] = 'setHTML' in Element.prototype ? ['sanitizer-api', 'dompurify'] : ['dompurify'];

/**
 * Each body as the server's HTML policy writes it: `sanitizeHtmlToString` of src/ssr/sanitize.ts,
 * run in Node (parse5) by the test run's news-server-policy command (test/commands.mjs). It is a
 * third engine, held to Chromium's two character for character by test/ssr/sanitize-parity.test.ts,
 * so that a browser with DOMPurify alone still has another engine to give the same bodies as.
 */
export function serverPolicy(bodies: string[], base: string, iframeHosts: string[] = []): Promise<string[]> {
  return executeServerCommand<string[], { bodies: string[]; base: string; iframeHosts: string[] }>('news-server-policy', { bodies, base, iframeHosts });
}

/**
 * Runs `body` with the elements sanitizing through `engine`. For DOMPurify, `setHTML` is taken off
 * `Element.prototype` meanwhile, as in a browser without the Sanitizer API.
 */
export async function withEngine<T>(engine: SanitizerEngine, body: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
  if (engine === 'dompurify' && descriptor) delete (Element.prototype as unknown as Record<string, unknown>).setHTML;
  try {
    return await body();
  } finally {
    if (descriptor && !('setHTML' in Element.prototype)) Object.defineProperty(Element.prototype, 'setHTML', descriptor);
  }
}

/**
 * Waits about `ms` milliseconds by yielding to the event loop through a MessageChannel: unlike
 * timers, it is not slowed down in a background tab (test files run two at a time).
 */
export async function settle(ms = 50): Promise<void> {
  const end = performance.now() + ms;
  do {
    await new Promise<void>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    });
  } while (performance.now() < end);
}

/** Resolves once `check` holds, yielding between tries (see `settle`); false if `ms` pass first. */
export async function eventually(check: () => boolean, ms = 5000): Promise<boolean> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) return false;
    await settle(5);
  }
  return true;
}

/**
 * Batches of hundreds of elements stay on the page, visible, but only those on screen are laid out
 * and painted (`content-visibility: auto`): otherwise every frame lays out the whole batch.
 */
export function layOutOnlyOnScreen(selector: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${selector} { content-visibility: auto; contain-intrinsic-size: auto 30rem; }`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The HTML of a node's children, without Lit's comment markers. */
export function contentHtml(node: ParentNode): string {
  const copy = document.createElement('div');
  for (const child of Array.from(node.childNodes)) if (child.nodeType !== Node.COMMENT_NODE) copy.append(child.cloneNode(true));
  return copy.innerHTML;
}

/** Sets the value at a dotted path (`author.links.0.url`) in a JSON document. */
export function setPath(doc: unknown, path: string, value: unknown): void {
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, doc as Record<string, unknown>);
  parent[keys[keys.length - 1]] = value;
}

/** A deep copy of a JSON document. */
export const copy = <T>(doc: T): T => JSON.parse(JSON.stringify(doc)) as T;
