import type { Article, Image } from './contract.js';
import type { NewsPolicy } from './trusted-types.js';
import type { safeUrl } from './urls.js';

/**
 * schema.org `NewsArticle` JSON-LD for an article: what search engines read of a page's article.
 * Plain data from the validated model, text only: the body is never included, and every URL goes
 * through the URL policy again (`safeUrl` of urls.ts, passed in: the browser loads this module as a
 * chunk of its own, which imports nothing from the bundle). Free of the DOM, so a server renderer
 * can emit the same script.
 */

/** Who publishes the article; the content contract does not carry it, so a page or server says it. */
export interface Publisher {
  name: string;
  url?: string;
  /** The publisher's logo: an image URL. */
  logo?: string;
}

export interface JsonLdOptions {
  /** The language of the page, for an article that does not say its own (`inLanguage`). */
  lang?: string;
  publisher?: Publisher;
  /** The URL policy: `safeUrl` of urls.ts. */
  safeUrl: typeof safeUrl;
}

type JsonLd = Record<string, unknown>;

/** The object without its undefined fields, so that it reads the same before and after JSON. */
function defined(object: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function imageObject(image: Image, absolute: (url: string | undefined) => string | undefined): JsonLd | undefined {
  const url = absolute(image.src);
  return url ? defined({ '@type': 'ImageObject', url, width: image.width, height: image.height, caption: image.caption }) : undefined;
}

/**
 * The article as a schema.org `NewsArticle`: headline, description, dates, author, image, section,
 * keywords (its tags), reading time (`timeRequired`, ISO 8601), language, its URL as the main
 * entity of the page, the source it is based on (`isBasedOn`) and, when given, its publisher.
 * `dateModified` is the publication date for an article never updated.
 */
export function newsArticleJsonLd(article: Article, { lang, publisher, safeUrl }: JsonLdOptions): JsonLd {
  // Only absolute http(s) URLs: a validated model holds nothing else, and no document is needed to resolve them.
  const absolute = (value: string | undefined) => safeUrl(value, 'about:blank');
  const url = absolute(article.url);
  const author = article.author;
  const source = article.source;
  return defined({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url,
    mainEntityOfPage: url && { '@type': 'WebPage', '@id': url },
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    author: author && defined({ '@type': 'Person', name: author.name, url: absolute(author.url), jobTitle: author.role }),
    image: article.image && imageObject(article.image, absolute),
    articleSection: article.section,
    keywords: article.tags.length ? article.tags.map((tag) => tag.name) : undefined,
    timeRequired: article.readingTimeMinutes ? `PT${article.readingTimeMinutes}M` : undefined,
    inLanguage: article.language ?? lang,
    // The source line names where the reporting comes from (a report, a council paper), not who
    // publishes the article: it is what the article is based on.
    isBasedOn: source && defined({ '@type': 'CreativeWork', name: source.name, url: absolute(source.url) }),
    publisher: publisher && defined({ '@type': 'Organization', name: publisher.name, url: absolute(publisher.url), logo: absolute(publisher.logo) }),
  });
}

/**
 * JSON as the text of a script that never runs (`application/ld+json`, or the model a server
 * rendering writes for hydration): `<`, `>`, `&` and the line and paragraph separators are written
 * as `\u` escapes, so no value (`</script><img onerror=…>`) can close the script or open a comment,
 * and the text still parses to the same data.
 */
export function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Marks the script an element keeps, so that it adopts the one a server rendering wrote (news-widgets/ssr writes it). */
export const STRUCTURED_DATA_MARK = 'data-news-structured-data';

let warned = false;

/**
 * Writes the article's JSON-LD into the script right after `host`, and returns that script: `script`
 * (the one the element keeps), else one a server rendering put there, else a new one. Writing a
 * script's text is a Trusted Types sink, even for JSON that never runs: under
 * `require-trusted-types-for 'script'` the text goes through the library's policy (`policy`, which
 * accepts only JSON). Without it (a page whose CSP does not allow it: `null`) there is no script,
 * and one console warning.
 */
export function placeJsonLd(
  host: Element,
  article: Article,
  script: HTMLScriptElement | undefined,
  { lang, safeUrl, policy }: { lang: string; safeUrl: JsonLdOptions['safeUrl']; policy: NewsPolicy | null },
): HTMLScriptElement | undefined {
  if (!policy) {
    if (!warned) {
      warned = true;
      // "news-widgets" is POLICY_NAME (trusted-types.ts): a chunk imports nothing from the bundle.
      console.warn(
        `news-widgets: <${host.localName}> The structured data is left out, because the page's Content-Security-Policy does not list "news-widgets" in trusted-types. (structured-data) [config]`,
      );
    }
    script?.remove();
    return script;
  }
  const text = scriptJson(newsArticleJsonLd(article, { lang, safeUrl }));
  script ??= serverScript(host) ?? newScript();
  if (script.text !== text) script.text = policy.createScript(text);
  if (host.nextElementSibling !== script) host.after(script);
  return script;
}

/** The script a server rendering put after the element (`news-widgets/ssr`): kept, not written twice. */
function serverScript(host: Element): HTMLScriptElement | undefined {
  const next = host.nextElementSibling;
  return next instanceof HTMLScriptElement && next.type === 'application/ld+json' && next.hasAttribute(STRUCTURED_DATA_MARK) ? next : undefined;
}

function newScript(): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(STRUCTURED_DATA_MARK, '');
  return script;
}
