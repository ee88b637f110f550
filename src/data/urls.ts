/**
 * The one URL policy: every URL we write into the DOM, or accept from the endpoint, goes through
 * `safeUrl`. Only http(s) survives; relative URLs are resolved against a base so that a document
 * served from a CDN keeps pointing at its publisher.
 */
// eslint-disable-next-line no-control-regex -- controls, spaces and invisible separators
const INVISIBLE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000\uFEFF]/g;

/**
 * URLs this policy has returned, so that writing a validated model's URL (checked again at render,
 * see NewsElement#link) costs a lookup instead of a parse. Every one is an absolute http(s) URL in
 * the parser's own serialization, which the policy returns unchanged whatever the base. Bounded, so
 * that a page that lives for hours does not keep every URL it ever showed.
 */
const vetted = new Set<string>();

/**
 * Resolves `value` against `base` and returns it only when it is http(s); otherwise undefined. Without
 * a base (a URL already absolute, as every validated model's is), a relative URL is refused.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (vetted.has(value)) return value;
  // The URL parser trims C0 controls and spaces and drops tabs and newlines, exactly as browsers do
  // when they follow a link, so `java\tscript:` and `\u0001javascript:` are seen for what they are.
  // A scheme hidden by characters the URL parser keeps (`\u2028javascript:`, `java\u0003script:`)
  // is refused too: once they are taken out, nothing but http(s) may even look like a scheme.
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(INVISIBLE, ''))?.[1].toLowerCase();
  if (scheme && !/^https?$/.test(scheme)) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol)) return undefined;
  if (vetted.size >= 1000) vetted.clear();
  vetted.add(url.href);
  return url.href;
}

/** Joins a contract path (`articles/x`) to an endpoint (absolute), whether or not it ends in a slash. */
export function endpointUrl(endpoint: string, path: string, query: Record<string, string | number | undefined> = {}): string {
  const base = new URL(endpoint);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const url = new URL(path, base);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, String(value));
  }
  return url.href;
}
