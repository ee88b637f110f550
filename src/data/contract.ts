import { NewsError, WHOLE_DOCUMENT } from './errors.js';
import { safeUrl } from './urls.js';

/** The native content contract, v1 (see docs/contract.md). Every model an element renders has this shape. */
export interface Image {
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}
export interface Tag {
  slug: string;
  name: string;
  url?: string;
}
export interface AuthorLink {
  label: string;
  url: string;
}
export interface Author {
  id: string;
  slug: string;
  name: string;
  role?: string;
  avatar?: Image;
  /** Plain text. */
  bio?: string;
  url?: string;
  links?: AuthorLink[];
}
export type AuthorSummary = Pick<Author, 'slug' | 'name' | 'avatar'>;
export interface ArticleSummary {
  id: string;
  slug: string;
  url?: string;
  /** Plain text. */
  title: string;
  section?: string;
  publishedAt: string;
  readingTimeMinutes?: number;
  image?: Image;
  /** Plain text. */
  summary?: string;
  author?: AuthorSummary;
  tags?: Tag[];
}
export interface Article extends Omit<ArticleSummary, 'author' | 'tags'> {
  updatedAt?: string;
  viewCount?: number;
  /** BCP 47. */
  language?: string;
  tags: Tag[];
  /** HTML from the publisher: untrusted, always sanitized before it is rendered. */
  bodyHtml?: string;
  source?: { name: string; url?: string };
  disclosure?: { text: string; url?: string };
  author?: Author;
  related?: ArticleSummary[];
}
export interface ItemList<T> {
  items: T[];
}

/** Words per minute for silent reading of non-fiction in English (Brysbaert, 2019). */
const WORDS_PER_MINUTE = 238;
const ISO_DATE_TIME = /^(\d{4}-\d\d-\d\dT\d\d:\d\d)(:\d\d)?(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

type Json = Record<string, unknown>;

/**
 * Reads one value of a document against the contract: returns it in model shape, or throws a
 * NewsError whose message names the full path of the field (`related[1].image.src`). `base` is the
 * document's own URL: relative URLs in it resolve against it (without one, they are refused).
 */
type Read<T = unknown> = (value: unknown, path: string, base: string | undefined) => T;
/** A model's fields, in the order they are read (which decides the field an error names) and kept. */
type Fields = Record<string, Read>;

/** A value as an error shows it: short, and typed. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function invalid(path: string, rule: string, value: unknown): never {
  const field = path || WHOLE_DOCUMENT;
  const reason = `must be ${rule} (got ${describe(value)})`;
  throw new NewsError('invalid-response', `Invalid content: ${field} ${reason}.`, { field, reason });
}

const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * The document's own value for `key`. Never an inherited one: a page whose `Object.prototype`
 * was polluted (`Object.prototype.bodyHtml = …`) cannot put content into a model.
 */
const own = (json: Json, key: string): unknown => (Object.hasOwn(json, key) ? json[key] : undefined);

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Read<string> = (value, path) => (typeof value === 'string' && value.trim() !== '' ? value : invalid(path, 'a non-empty string', value));

/** Text that may legitimately be empty, such as `alt=""` for a decorative image. */
const text: Read<string> = (value, path) => (typeof value === 'string' ? value : invalid(path, 'a string', value));

const count: Read<number> = (value, path) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : invalid(path, 'a non-negative number', value);

/** An id may be a number in many CMSs; the contract keeps it as a string. */
const id: Read<string> = (value, path, base) => (typeof value === 'number' && Number.isFinite(value) ? String(value) : string(value, path, base));

/** The URL resolved to an absolute http(s) URL, so renderers never see another scheme. */
const url: Read<string> = (value, path, base) => safeUrl(string(value, path, base), base) ?? invalid(path, 'an http(s) or relative URL', value);

/**
 * A date-time with an offset, checked here rather than by `Date.parse`, which engines answer
 * differently (a lowercase `z`, February 30, a 60th second), and written so that every engine reads
 * it alike: `T` and `Z` in capitals and the offset with its colon, as in ECMAScript's own format.
 * The day and the time exist when that format, read back, gives them unchanged (February 30 would
 * come back as March 2, or not at all).
 */
const date: Read<string> = (value, path, base) => {
  const written = string(value, path, base).toUpperCase().replace(/(\d\d)(\d\d)$/, '$1:$2');
  const [, minutes, seconds = ':00'] = ISO_DATE_TIME.exec(written) ?? [];
  return minutes && new Date(`${minutes}${seconds}Z`).toJSON()?.slice(0, 19) === minutes + seconds
    ? written
    : invalid(path, 'an ISO 8601 date-time with an offset', value);
};

/**
 * An optional field: null or missing is absent; so is a blank string where `blank` says so (CMSs
 * often send `""` for "none"), but not where `""` means something (`alt`) or is simply wrong (a count).
 */
const optional =
  <T>(read: Read<T>, blank?: boolean): Read<T | undefined> =>
  (value, path, base) =>
    value == null || (blank && typeof value === 'string' && value.trim() === '') ? undefined : read(value, path, base);

const optionalString = optional(string, true);
const optionalUrl = optional(url, true);

/** An object with `fields`, then `more`: fields read as undefined are left out, so models compare and serialise cleanly. */
const object = <T>(fields: Fields, more: Fields = {}): Read<T> => {
  const reads = [...Object.entries(fields), ...Object.entries(more)];
  return (value, path, base) => {
    if (!isObject(value)) invalid(path, 'an object', value);
    const model: Json = {};
    for (const [key, read] of reads) {
      const field = read(own(value as Json, key), at(path, key), base);
      if (field !== undefined) model[key] = field;
    }
    return model as T;
  };
};

const array =
  <T>(read: Read<T>): Read<T[]> =>
  (value, path, base) =>
    Array.isArray(value) ? value.map((item, index) => read(item, `${path}[${index}]`, base)) : invalid(path, 'an array', value);

const image = object<Image>({
  src: url,
  // A missing alt means a decorative image: alt="" is the honest fallback, never the title.
  alt: (value, path, base) => optional(text)(value, path, base) ?? '',
  caption: optionalString,
  width: optional(count),
  height: optional(count),
});
const optionalImage = optional(image);

const tag = object<Tag>({ slug: string, name: string, url: optionalUrl });
const tags = array(tag);

const author = object<Author>({
  id,
  slug: string,
  name: string,
  role: optionalString,
  avatar: optionalImage,
  bio: optionalString,
  url: optionalUrl,
  links: optional(array(object({ label: string, url }))),
});

const summaryFields: Fields = {
  id,
  slug: string,
  url: optionalUrl,
  title: string,
  section: optionalString,
  publishedAt: date,
  readingTimeMinutes: optional(count),
  image: optionalImage,
  summary: optionalString,
  author: optional(object<AuthorSummary>({ slug: string, name: string, avatar: optionalImage })),
  tags: optional(tags),
};
const summary = object<ArticleSummary>(summaryFields);

/** Read after the summary's fields: those it names again keep their place in the model. */
const articleFields: Fields = {
  updatedAt: optional(date, true),
  viewCount: optional(count),
  language: optionalString,
  tags,
  bodyHtml: optionalString,
  source: optional(object({ name: string, url: optionalUrl })),
  disclosure: optional(object({ text: string, url: optionalUrl })),
  author: optional(author),
  related: optional(array(summary)),
};

/** The body is checked before anything else, as the first field an error names. */
const article: Read<Article> = (value, path, base) => {
  const bodyHtml = isObject(value) ? optionalString(own(value, 'bodyHtml'), at(path, 'bodyHtml'), base) : undefined;
  return object<Article>(summaryFields, {
    readingTimeMinutes: (minutes, where) => optional(count)(minutes, where, base) ?? (bodyHtml && readingMinutes(bodyHtml)),
    ...articleFields,
  })(value, path, base);
};

/** Reading time of an HTML body, rounded up, at least one minute. */
export function readingMinutes(html: string): number {
  const words = html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** A document of the contract, as a validator: `base` is the URL of the document (for `.data`, of the page). */
type Validator<T> = (json: unknown, base?: string) => T;

const run = <T>(read: Read<T>, json: unknown, base: string | undefined, path = ''): T => read(json, path, base);

/** An `{ items }` list. */
const items = <T>(read: Read<T>, json: unknown, base?: string): T[] => run(object<{ items: T[] }>({ items: array(read) }), json, base).items;

/*
 * Each validates a JSON document against the contract and returns a clean model (unknown fields
 * dropped, URLs resolved against `base`), or throws NewsError('invalid-response') naming the field.
 * One function each, so that a bundle keeps only the validators its elements use.
 */
export const validateArticle: Validator<Article> = (json, base) => run(article, json, base);
export const validateSummary: Validator<ArticleSummary> = (json, base) => run(summary, json, base);
export const validateAuthor: Validator<Author> = (json, base) => run(author, json, base);
export const validateSummaries: Validator<ArticleSummary[]> = (json, base) => items(summary, json, base);
export const validateTags: Validator<Tag[]> = (json, base) => items(tag, json, base);
/** `.data` of `<news-tag-list>` is a bare array, not an `{ items }` list. */
export const validateTagArray: Validator<Tag[]> = (json, base) => run(tags, json, base, 'data');
export const validateSummaryArray: Validator<ArticleSummary[]> = (json, base) => run(array(summary), json, base, 'data');
export const validateViewCount: Validator<number> = (json, base) =>
  run(object<{ viewCount: number }>({ viewCount: (value, path) => count(value ?? undefined, path, '') }), json, base).viewCount;

/** Every validator, by document. */
export const validate = {
  article: validateArticle,
  summary: validateSummary,
  author: validateAuthor,
  summaries: validateSummaries,
  tags: validateTags,
  tagArray: validateTagArray,
  summaryArray: validateSummaryArray,
  viewCount: validateViewCount,
};
