/**
 * What the WordPress, Ghost and JSON Feed adapters share: reading JSON whose shape nobody promised,
 * turning the HTML a CMS puts in its text fields into plain text, resolving URLs, and the errors
 * they throw. Like the adapters, it imports nothing from the bundle at run time (see adapter.ts).
 *
 * Nothing here parses HTML into a document: tags are cut out of a string and character references
 * decoded by table, so the result is text, which the elements render as text. The loader then
 * validates every model, so every URL also passes the one URL policy (`urls.ts`) there.
 */
import type { Image } from '../contract.js';
import type { AdapterError } from './adapter.js';

type Json = Record<string, unknown>;
export type Params = Record<string, string | number | undefined>;

/** The value at a path of own properties (never inherited ones), or undefined. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Json)[key];
  }
  return value;
}

/** A string with something in it, trimmed; else undefined. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** An id as CMSs send them, a string or a number, as a string. */
export const id = (value: unknown): string | undefined => (typeof value === 'number' && Number.isFinite(value) ? String(value) : str(value));

/** A positive number (an image's width), else undefined. */
export const size = (value: unknown): number | undefined => (typeof value === 'number' && value > 0 && value < Infinity ? value : undefined);

export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function fail(code: AdapterError['code'], message: string, field?: string): AdapterError {
  return Object.assign(new Error(message), { code, field });
}

/** A value the model cannot do without, or an `invalid-response` error naming the field it comes from. */
export function need<T>(value: T | undefined, field: string, rule = 'must be a non-empty string'): T {
  if (value === undefined) throw fail('invalid-response', `Invalid content: ${field || '(document)'} ${rule}.`, field || '(document)');
  return value;
}

/** An array, or an error naming the field (`''` is the document itself). */
export const array = (value: unknown, field: string): unknown[] => need(Array.isArray(value) ? value : undefined, field, 'must be an array');

/** What a lookup by slug answered: its first item (none is "not found"), or the one object `src` names. */
export function one(value: unknown, what: string): unknown {
  if (Array.isArray(value)) {
    if (!value.length) throw fail('not-found', `No ${what}.`);
    return value[0];
  }
  return need(value !== null && typeof value === 'object' ? value : undefined, '', 'must be an object or an array');
}

/** `https://site/` + `wp-json` + `wp/v2/posts`, unless the endpoint already ends in the API's root. */
export function apiUrl(endpoint: string, root: string, path: string, params: Params): URL {
  const url = new URL(endpoint);
  const base = url.pathname.replace(/\/$/, '');
  url.pathname = `${base.endsWith(`/${root}`) ? base : `${base}/${root}`}/${path}`;
  for (const [key, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(key, String(value));
  return url;
}

/** An http(s) URL, resolved against `base` (the article's own URL, where there is one), or undefined. */
export function link(value: unknown, base?: string): string | undefined {
  const written = str(value);
  if (!written) return undefined;
  try {
    const url = new URL(written, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link's label that needs no translation: its host (`example.com`). */
export const host = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

const DATE = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?$/i;

/**
 * An ISO 8601 date-time. One written without a zone is UTC: only fields documented as UTC are
 * read with this (WordPress's `date_gmt`, never `date`, which is the site's local time). Whether
 * the day and time exist is checked by `Date.UTC`, which ECMAScript defines exactly, not by
 * `Date.parse`, which engines answer differently; the validation that follows (contract.ts)
 * writes the date in its one form.
 */
export function date(value: unknown): string | undefined {
  const parts = DATE.exec(str(value) ?? '');
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second = 0] = parts.slice(1, 7).map((part) => Number(part ?? 0));
  const time = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (time.getUTCMonth() !== month - 1 || time.getUTCDate() !== day || time.getUTCHours() !== hour || time.getUTCMinutes() !== minute || time.getUTCSeconds() !== second) {
    return undefined;
  }
  return parts[8] ? parts[0] : `${parts[0]}Z`;
}

/**
 * Named references CMSs write in text (XML's five, the space and typographic punctuation); numeric
 * ones (`&#8217;`, which WordPress writes for every curly quote) are decoded whatever they are.
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', mdash: '—', ndash: '–',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
};

/** Decodes character references in text; unknown names stay as written. Text in, text out. */
export function decode(value: string): string {
  return value.replace(/&(?:#(\d{1,8})|#x([\da-f]{1,7})|([a-z]+));/gi, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name) return Object.hasOwn(NAMED, name) ? NAMED[name] : whole;
    const code = decimal ? Number(decimal) : parseInt(hex!, 16);
    return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * HTML a CMS gives for a text (a WordPress title or excerpt, a Ghost caption) as plain text: scripts,
 * styles and comments dropped, tags cut out (a block's edge becomes a space), references decoded,
 * spaces collapsed. Undefined when nothing is left.
 */
export function text(html: unknown): string | undefined {
  if (typeof html !== 'string') return undefined;
  const stripped = html
    .replace(/<(script|style)\b[^]*?<\/\1\s*>|<!--[^]*?-->/gi, '')
    .replace(/<\/?(?:p|br|div|li|h\d|blockquote|figcaption|td|th)\b[^>]*>/gi, ' ')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  return str(decode(stripped).replace(/\s+/g, ' '));
}

/** A headline for an item without a title (an aside, a microblog post): its first words. */
export const headline = (value: string): string => (value.length > 80 ? `${value.slice(0, 80).replace(/\s+\S*$/, '')}…` : value);

/**
 * Reading time: the source's own minutes when it has them (at least 1); else from the body at 238
 * words a minute (Brysbaert 2019), rounded up, at least 1, which is the contract's rule for an
 * article without one (`readingMinutes` in contract.ts; repeated here, see above). A source's 0
 * ("under a minute") counts as none.
 */
export function minutes(source: unknown, html?: string): number | undefined {
  if (typeof source === 'number' && source > 0 && source < Infinity) return Math.max(1, Math.round(source));
  if (!html) return undefined;
  const words = html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.ceil(words / 238));
}

/** Orders candidates by how many of `tags` they share (most first); ties keep the source's order. */
export function byShared<T extends { tags?: { slug: string }[] }>(items: T[], tags: { slug: string }[]): T[] {
  const own = new Set(tags.map((tag) => tag.slug));
  const shared = (item: T) => (item.tags ?? []).filter((tag) => own.has(tag.slug)).length;
  return items.map((item) => [shared(item), item] as const).sort((a, b) => b[0] - a[0]).map(([, item]) => item);
}

/** A slug from a tag's or an author's name, as a CMS would make it: `Arts & Culture` → `arts-culture`, `Café` → `cafe`. */
export const slugify = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');

/** An image the CMS gives no description for: decorative (`alt=""`), never described by a guess. */
export const decorative = (src: string | undefined): Image | undefined => (src ? { src, alt: '' } : undefined);
