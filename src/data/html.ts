import { pageOptions } from '../config.js';
import type * as Policy from './sanitize.js';
import { newsPolicy } from './trusted-types.js';
import { safeUrl } from './urls.js';

/**
 * The way to the one HTML policy (sanitize.ts). The policy, with DOMPurify behind it where the
 * browser lacks the Sanitizer API, is a chunk of its own, because only an article with a body needs
 * it: pages of cards and related strips never download it. `preloadHtmlPolicy` starts the download
 * when an article starts loading, in parallel with its request, so the body waits for nothing more.
 * The chunk imports nothing from the bundle (it gets the URL policy and the page's options from
 * here, with the library's Trusted Types policy), so it works whatever URL the bundle was loaded from.
 */
let policy: Promise<typeof Policy> | undefined;

export function preloadHtmlPolicy(): Promise<typeof Policy> {
  policy ??= import('./sanitize.js').catch((error: unknown) => {
    // Not kept: a later article tries again (the chunk may have failed on a passing network error).
    policy = undefined;
    throw error;
  });
  return policy;
}

/**
 * Turns untrusted HTML into a fragment owned by the current document, safe to render.
 * `base` is the article's URL: relative links and images in the body resolve against it.
 * `engine` is the browser's Sanitizer API where it exists, else DOMPurify. `iframeHosts` are the
 * exact hosts (`www.youtube-nocookie.com`) whose iframes may stay; by default those of
 * `configure({ iframeHosts })`, which are none.
 */
export async function sanitizeHtml(
  html: string,
  base: string = document.baseURI,
  engine?: Policy.SanitizerEngine,
  iframeHosts: readonly string[] = pageOptions().iframeHosts ?? [],
): Promise<DocumentFragment> {
  const { sanitize, preferredEngine } = await preloadHtmlPolicy();
  return sanitize(html, { base, engine: engine ?? preferredEngine(), iframeHosts, safeUrl, trustedTypes: newsPolicy });
}
