import { isServer } from 'lit';
// The one module config.ts imports from the library: the error it throws, in a module that imports nothing.
import { NewsError } from './data/errors.js';

/** How an endpoint is read: the native contract, WordPress's REST API, Ghost's Content API, or a JSON Feed. */
export type Provider = 'native' | 'wordpress' | 'ghost' | 'jsonfeed';
export const PROVIDERS: readonly Provider[] = ['native', 'wordpress', 'ghost', 'jsonfeed'];

/** Light, dark, or `auto`: the reader's `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly unknown[] = ['light', 'dark', 'auto'];
const THEME_RULE = '"light", "dark" or "auto"';
export const isTheme = (value: unknown): value is Theme => THEMES.includes(value);

export interface NewsOptions {
  /** Base URL of the content API, used by every element without an `endpoint` attribute. */
  endpoint?: string;
  /**
   * How to read the endpoint: `native` (the content contract, the default), `wordpress` (the site's
   * WordPress REST API), `ghost` (the Ghost Content API, with `apiKey`) or `jsonfeed` (a JSON Feed).
   */
  provider?: Provider;
  /** The Content API key for providers that need one (`ghost`), used by every element without an `api-key` attribute. */
  apiKey?: string;
  /** Milliseconds before a request is given up as a timeout, retries included. Default 10 000. */
  timeout?: number;
  /** Largest answer accepted, in bytes; a larger one fails with code `too-large`. Default 2 MiB (2 097 152). */
  maxBytes?: number;
  /** How many times a GET is retried after a network error or a 5xx answer: 0, 1 or 2. Default 2. */
  retries?: number;
  /** Base of the exponential backoff between retries, in ms (jittered; doubled each retry). Default 250. */
  retryDelay?: number;
  /** Milliseconds an answer without `Cache-Control: max-age` stays fresh in the page's cache. Default 60 000. */
  freshness?: number;
  /**
   * How many answers the page's cache keeps, at most; past it, the least recently used go (those
   * an element on the page shows stay). Default 100.
   */
  cacheEntries?: number;
  /** How much JSON text the page's cache keeps, at most, in characters (about bytes), as `cacheEntries` does. Default 2 MiB (2 097 152). */
  cacheBytes?: number;
  /** Exact hosts (e.g. `www.youtube-nocookie.com`) whose iframes article bodies may keep, sandboxed. None by default. */
  iframeHosts?: readonly string[];
  /**
   * Warm up the connection to the endpoint as soon as it is known: a `<link rel="preconnect">` in
   * the page's head, so the first request skips the DNS, TCP and TLS setup.
   */
  preconnect?: boolean;
  /**
   * The theme of every element without a `theme` attribute: `light`, `dark`, or `auto` (the reader's
   * `prefers-color-scheme`). Wins over `<meta name="news-widgets:theme">`; default `auto`.
   */
  theme?: Theme;
}

/** The most retries a request may make (configure({ retries })), whatever it is given. */
export const MAX_RETRIES = 2;

/** A whole number from `min` to `max` (bytes, milliseconds or a count). */
export const whole = (min: number, max = Infinity): Rule => [
  (value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max,
  `a whole number ${max === Infinity ? `at least ${min}` : `from ${min} to ${max}`}`,
];
type Rule = [ok: (value: unknown) => boolean, rule: string];
const count = whole(0);

/** What configure() accepts for each option it checks, in the order it checks them. */
const RULES: Partial<Record<keyof NewsOptions, Rule>> = {
  timeout: [(value) => Number.isFinite(value) && (value as number) > 0, 'a positive number of milliseconds'],
  apiKey: [(value) => typeof value === 'string' && /^[\w-]+$/.test(value.trim()), 'the key as a string of letters and digits'],
  maxBytes: whole(1),
  retries: whole(0, MAX_RETRIES),
  retryDelay: whole(0, 60_000),
  freshness: count,
  cacheEntries: count,
  cacheBytes: count,
  iframeHosts: [
    (value) => Array.isArray(value) && value.every((host) => /^[a-z0-9.-]+(:\d+)?$/i.test(String(host))),
    'a list of host names such as "www.youtube-nocookie.com"',
  ],
  preconnect: [(value) => typeof value === 'boolean', 'true or false'],
  theme: [isTheme, THEME_RULE],
};

export const DEFAULT_TIMEOUT = 10_000;
/** The content of the page's `<meta name="news-widgets:…">` tag. A server has no page to read one from: configure() says it all there. */
const meta = (name: string): string | undefined =>
  isServer ? undefined : document.querySelector<HTMLMetaElement>(`meta[name="news-widgets:${name}"]`)?.content.trim();

let options: NewsOptions = {};
/** The unknown themes reported, so that each is reported once. */
const reported = new Set<string>();
/** Told of every change of the options (see `whenConfigured`). */
let changed: (() => void) | undefined;

/**
 * Sets page-wide defaults for every element. Values given here win over the
 * `<meta name="news-widgets:endpoint">` and `<meta name="news-widgets:theme">` tags; attributes on
 * an element win over both. A new `theme` restyles the elements already on the page at once.
 */
export function configure(update: NewsOptions): void {
  options = withOptions(options, update);
  if (options.preconnect) preconnect(pageOptions().endpoint);
  changed?.();
}

/**
 * `options` with the values of `update` over them, once every one is checked: a value that cannot
 * work is a config error naming the option, as `where` says it was written, and changes nothing.
 * An option given as undefined keeps its current value, rather than hiding the default.
 */
export function withOptions<T extends NewsOptions>(options: T, update: NewsOptions, where = (name: string) => `configure({ ${name} })`): T {
  if (update.provider !== undefined) oneOf(update.provider, PROVIDERS, where('provider'), 'provider');
  for (const [name, [ok, rule]] of Object.entries(RULES)) {
    const value = update[name as keyof NewsOptions];
    if (value !== undefined && !ok(value)) {
      // A list of hosts says nothing once joined into one string.
      const got = name === 'iframeHosts' ? '' : `, got ${String(value)}`;
      throw new NewsError('config', `${where(name)} must be ${rule}${got}.`, { field: name });
    }
  }
  return { ...options, ...Object.fromEntries(Object.entries(update).filter(([, value]) => value !== undefined)) };
}

/**
 * Runs `render` with `inForce` as the options in force (what pageOptions() gives), then puts the
 * configured ones back: a server renders for several sites at once, each with its own options, and
 * each render is synchronous, so no other one sees them.
 */
export function renderingWith<T>(inForce: NewsOptions, render: () => T): T {
  const pageWide = options;
  options = inForce;
  try {
    return render();
  } finally {
    options = pageWide;
  }
}

/**
 * Calls `listener` after every configure() and resetConfiguration(): the elements' page-wide theme
 * follows from there (internal/tokens.ts), and config.ts, imported by the data layer, imports none of
 * the elements' code.
 */
export function whenConfigured(listener: () => void): void {
  changed = listener;
}

/** The page-wide theme: configure({ theme }), else `<meta name="news-widgets:theme">`, else `auto`. */
export function pageTheme(): Theme {
  return options.theme ?? knownTheme(meta('theme'), '<meta name="news-widgets:theme">') ?? 'auto';
}

/**
 * `value` if it is a theme; else undefined (as if absent), and, for a value that is not empty, a
 * console warning (once) that names where it was written.
 */
export function knownTheme(value: unknown, where: string): Theme | undefined {
  if (isTheme(value)) return value;
  const warning = `news-widgets: ${where} must be ${THEME_RULE}; got "${value}". (theme) [config]`;
  if (value && !reported.has(warning)) {
    reported.add(warning);
    console.warn(warning);
  }
  return undefined;
}

/**
 * Adds `<link rel="preconnect" crossorigin>` for the origin of `endpoint` (once per origin, and not
 * for the page's own). `crossorigin`, because the elements' requests are CORS requests without
 * credentials: a hint without it warms a connection they would not use.
 */
export function preconnect(endpoint: string | undefined): void {
  let origin: string;
  try {
    origin = new URL(endpoint ?? '', document.baseURI).origin;
  } catch {
    return; // A malformed endpoint is reported by the element that uses it.
  }
  if (!endpoint || origin === location.origin || !/^https?:/.test(origin)) return;
  if (document.head.querySelector(`link[rel="preconnect"][href="${CSS.escape(origin)}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'preconnect';
  link.href = origin;
  link.crossOrigin = 'anonymous';
  document.head.append(link);
}

/**
 * Options as the data layer reads them: those it cannot do without have their defaults. The client
 * has its own defaults for the options of a request (`maxBytes`, `retries`, …).
 */
export type Options = Required<Pick<NewsOptions, 'provider' | 'timeout'>> & NewsOptions;

/** The options in force on the page: configure() first, then the page's meta tag, then the defaults. */
export function pageOptions(): Options {
  return {
    provider: 'native',
    timeout: DEFAULT_TIMEOUT,
    ...options,
    endpoint: options.endpoint ?? (meta('endpoint') || undefined),
  };
}

/** `value` when it is one of `values`; else a config error naming `field`, where `where` says it was written. */
export function oneOf<T extends string>(value: string, values: readonly T[], where: string, field: string): T {
  if (!(values as readonly string[]).includes(value)) throw new NewsError('config', `${where} must be one of ${values.join(', ')}; got "${value}".`, { field });
  return value as T;
}

/** Restores the defaults. For tests and for pages that reconfigure from scratch. */
export function resetConfiguration(): void {
  options = {};
  changed?.();
}
