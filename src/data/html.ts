import { preferredEngine, sanitize, type SanitizerEngine } from './sanitize.js';
import { newsPolicy } from './trusted-types.js';
import { safeUrl } from './urls.js';

/**
 * The way to the one HTML policy (sanitize.ts). The policy is part of the script-tag bundle, since
 * every article with a body needs it and a copy of news-widgets.js alone must show one. DOMPurify,
 * which only browsers without the Sanitizer API need, stays a chunk of its own:
 * `preloadHtmlPolicy` starts its download when an article starts loading, in parallel with the
 * article's request, so that the body waits for nothing more.
 */
export function preloadHtmlPolicy(): void {
  if (preferredEngine() === 'dompurify') import('dompurify').catch(() => {});
}

/**
 * Turns untrusted HTML into a fragment owned by the current document, safe to render.
 * `base` is the article's URL (else the page's): relative links and images in the body resolve
 * against it. `engine` is the browser's Sanitizer API where it exists, else DOMPurify.
 * `iframeHosts` are the exact hosts (`www.youtube-nocookie.com`) whose iframes may stay: by default
 * none (the elements pass those of `configure({ iframeHosts })`). It rejects only when DOMPurify is
 * needed and its chunk cannot be loaded.
 */
export function sanitizeHtml(html: string, base: string, engine: SanitizerEngine = preferredEngine(), iframeHosts: readonly string[] = []): Promise<DocumentFragment> {
  return sanitize(html, { base, engine, iframeHosts, safeUrl, trustedTypes: newsPolicy });
}
