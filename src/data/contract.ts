import { NewsError } from './errors.js';
import { safeUrl } from './urls.js';

/** The native content contract, v1 (see DESIGN.md). Every model an element renders has this shape. */
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
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

type Json = Record<string, unknown>;

/**
 * Reads one JSON object against the contract. Each getter either returns a value of the right type
 * or throws a NewsError whose message names the full path of the field (`related[1].image.src`).
 */
class Reader {
  constructor(
    private readonly json: Json,
    private readonly path: string,
    /** The document's own URL: relative URLs in it are resolved against it. */
    private readonly base: string,
  ) {}

  static of(value: unknown, path: string, base: string): Reader {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw invalid(path, 'must be an object', value);
    }
    return new Reader(value as Json, path, base);
  }

  private at(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  /**
   * The document's own value for `key`. Never an inherited one: a page whose `Object.prototype`
   * was polluted (`Object.prototype.bodyHtml = …`) cannot put content into a model.
   */
  private get(key: string): unknown {
    return Object.prototype.hasOwnProperty.call(this.json, key) ? this.json[key] : undefined;
  }

  string(key: string): string {
    const value = this.get(key);
    if (typeof value !== 'string' || value.trim() === '') throw invalid(this.at(key), 'must be a non-empty string', value);
    return value;
  }

  /** Text that may legitimately be empty, such as `alt=""` for a decorative image. */
  optionalText(key: string): string | undefined {
    const value = this.get(key);
    if (value == null) return undefined;
    if (typeof value !== 'string') throw invalid(this.at(key), 'must be a string', value);
    return value;
  }

  /** An optional field that is null, missing or blank: CMSs often send `""` for "none". */
  private absent(key: string): boolean {
    const value = this.get(key);
    return value == null || (typeof value === 'string' && value.trim() === '');
  }

  optionalString(key: string): string | undefined {
    return this.absent(key) ? undefined : this.string(key);
  }

  /** An id may be a number in many CMSs; the contract keeps it as a string. */
  id(key: string): string {
    const value = this.get(key);
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : this.string(key);
  }

  /** Returns the URL resolved to an absolute http(s) URL, so renderers never see another scheme. */
  url(key: string): string {
    const value = this.string(key);
    const url = safeUrl(value, this.base);
    if (!url) throw invalid(this.at(key), 'must be an http(s) or relative URL', value);
    return url;
  }

  optionalUrl(key: string): string | undefined {
    return this.absent(key) ? undefined : this.url(key);
  }

  date(key: string): string {
    const value = this.string(key);
    if (!ISO_DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
      throw invalid(this.at(key), 'must be an ISO 8601 date-time with an offset', value);
    }
    return value;
  }

  optionalDate(key: string): string | undefined {
    return this.absent(key) ? undefined : this.date(key);
  }

  optionalCount(key: string): number | undefined {
    const value = this.get(key);
    if (value == null) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw invalid(this.at(key), 'must be a non-negative number', value);
    }
    return value;
  }

  object<T>(key: string, read: (reader: Reader) => T): T {
    return read(Reader.of(this.get(key), this.at(key), this.base));
  }

  optionalObject<T>(key: string, read: (reader: Reader) => T): T | undefined {
    return this.get(key) == null ? undefined : this.object(key, read);
  }

  array<T>(key: string, read: (reader: Reader) => T): T[] {
    const value = this.get(key);
    if (!Array.isArray(value)) throw invalid(this.at(key), 'must be an array', value);
    return value.map((item, index) => read(Reader.of(item, `${this.at(key)}[${index}]`, this.base)));
  }

  optionalArray<T>(key: string, read: (reader: Reader) => T): T[] | undefined {
    return this.get(key) == null ? undefined : this.array(key, read);
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

function invalid(path: string, rule: string, value: unknown): NewsError {
  const field = path || '(document)';
  return new NewsError('invalid-response', `Invalid content: ${field} ${rule} (got ${describe(value)}).`, { field });
}

/** Drops keys whose value is undefined, so models compare and serialise cleanly. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

const readImage = (r: Reader): Image =>
  compact({
    src: r.url('src'),
    // A missing alt means a decorative image: alt="" is the honest fallback, never the title.
    alt: r.optionalText('alt') ?? '',
    caption: r.optionalString('caption'),
    width: r.optionalCount('width'),
    height: r.optionalCount('height'),
  });

const readTag = (r: Reader): Tag => compact({ slug: r.string('slug'), name: r.string('name'), url: r.optionalUrl('url') });

const readAuthorSummary = (r: Reader): AuthorSummary =>
  compact({ slug: r.string('slug'), name: r.string('name'), avatar: r.optionalObject('avatar', readImage) });

const readAuthor = (r: Reader): Author =>
  compact({
    id: r.id('id'),
    slug: r.string('slug'),
    name: r.string('name'),
    role: r.optionalString('role'),
    avatar: r.optionalObject('avatar', readImage),
    bio: r.optionalString('bio'),
    url: r.optionalUrl('url'),
    links: r.optionalArray('links', (l) => ({ label: l.string('label'), url: l.url('url') })),
  });

const readSummary = (r: Reader): ArticleSummary =>
  compact({
    id: r.id('id'),
    slug: r.string('slug'),
    url: r.optionalUrl('url'),
    title: r.string('title'),
    section: r.optionalString('section'),
    publishedAt: r.date('publishedAt'),
    readingTimeMinutes: r.optionalCount('readingTimeMinutes'),
    image: r.optionalObject('image', readImage),
    summary: r.optionalString('summary'),
    author: r.optionalObject('author', readAuthorSummary),
    tags: r.optionalArray('tags', readTag),
  });

const readArticle = (r: Reader): Article => {
  const bodyHtml = r.optionalString('bodyHtml');
  return compact({
    ...readSummary(r),
    readingTimeMinutes: r.optionalCount('readingTimeMinutes') ?? (bodyHtml ? readingMinutes(bodyHtml) : undefined),
    updatedAt: r.optionalDate('updatedAt'),
    viewCount: r.optionalCount('viewCount'),
    language: r.optionalString('language'),
    tags: r.array('tags', readTag),
    bodyHtml,
    source: r.optionalObject('source', (s) => compact({ name: s.string('name'), url: s.optionalUrl('url') })),
    disclosure: r.optionalObject('disclosure', (d) => compact({ text: d.string('text'), url: d.optionalUrl('url') })),
    author: r.optionalObject('author', readAuthor),
    related: r.optionalArray('related', readSummary),
  });
};

/** Reading time of an HTML body, rounded up, at least one minute. */
export function readingMinutes(html: string): number {
  const words = html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

const list =
  <T>(read: (r: Reader) => T, key = 'items') =>
  (r: Reader): T[] =>
    r.array(key, read);

const reader =
  <T>(read: (r: Reader) => T) =>
  (json: unknown, base: string = document.baseURI): T =>
    read(Reader.of(json, '', base));

/**
 * Validates a JSON document against the contract and returns a clean model (unknown fields dropped,
 * URLs resolved against `base`). Throws NewsError('invalid-response') naming the field.
 */
export const validate = {
  article: reader(readArticle),
  summary: reader(readSummary),
  author: reader(readAuthor),
  summaries: reader(list(readSummary)),
  tags: reader(list(readTag)),
  /** `.data` of `<news-tag-list>` is a bare array, not an `{ items }` list. */
  tagArray: (json: unknown, base?: string): Tag[] => reader(list(readTag, 'data'))({ data: json }, base),
  summaryArray: (json: unknown, base?: string): ArticleSummary[] => reader(list(readSummary, 'data'))({ data: json }, base),
  viewCount: reader((r) => {
    const count = r.optionalCount('viewCount');
    if (count === undefined) throw invalid('viewCount', 'must be a non-negative number', undefined);
    return count;
  }),
};
