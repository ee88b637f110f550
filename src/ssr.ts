/**
 * `news-widgets/ssr`: the elements rendered to HTML in Node, for crawlers and for readers whose
 * page shows the article before any script runs.
 *
 * ```js
 * import { loadArticle, renderElement } from 'news-widgets/ssr';
 *
 * const article = await loadArticle({ endpoint: 'https://news.example/api/' }, 'harbour-bridge-reopens');
 * const html = await renderElement('news-article', { data: article, attributes: { lang: 'en' } });
 * ```
 *
 * Each element is written with its shadow root as declarative shadow DOM
 * (`<template shadowrootmode="open">`, nested elements with their own), and with the model it was
 * rendered from as a JSON script among its children. In the browser, `news-widgets-ssr.js` (or
 * `news-widgets/hydrate`) upgrades the elements, which take that model instead of loading it and
 * hydrate what is on screen. The model is validated by the content contract here as in the
 * browser, and the article body is sanitized by the same policy (src/ssr/sanitize.ts).
 *
 * Loading this module registers the five elements in the `customElements` of the process (the one
 * Lit's server build puts in `globalThis` when there is none). It installs no DOM shim in the
 * globals: Lit's server build brings the few DOM classes its elements need, and nothing here reads
 * a document (base URLs and options are passed in). A shim a server installed itself is used as it is.
 */
/// <reference types="node" />
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { pageOptions, renderingWith, withOptions, type NewsOptions, type Options } from './config.js';
import { setFetch } from './data/client.js';
import { validate, type Article, type ArticleSummary, type Author, type Tag } from './data/contract.js';
import { NewsError, asDataError } from './data/errors.js';
import { STRUCTURED_DATA_MARK, newsArticleJsonLd, scriptJson } from './data/structured-data.js';
import { safeUrl } from './data/urls.js';
import * as loaders from './data/loaders.js';
import { loadStrings } from './i18n/index.js';
import { HYDRATION_ATTRIBUTE, setServerBodyRenderer } from './internal/hydration.js';
import { define, elements, type TagName } from './registry.js';
import { serverFetch } from './ssr/fetch.js';
import { sanitizeHtmlToString } from './ssr/sanitize.js';

export { configure, type NewsOptions, type Provider, type Theme } from './config.js';
export { clearCache } from './data/client.js';
export { NewsError, type NewsErrorCode } from './data/errors.js';
export type { Article, ArticleSummary, Author, AuthorSummary, Image, Tag } from './data/contract.js';
export type { TagName } from './registry.js';

setFetch(serverFetch);
define(customElements);
/** The article body renderElement has sanitized for the render under way: the element need not again. */
let sanitizedBody: string | undefined;
// The options in force are those of the render under way (see renderElement).
setServerBodyRenderer((body, base) => unsafeHTML(body === sanitizedBody ? body : sanitizeHtmlToString(body, base, pageOptions().iframeHosts)));

/** The model each element takes as `.data`, and the validation that reads it. */
interface Models {
  'news-article': Article;
  'news-article-card': ArticleSummary;
  'news-author-bio': Author;
  'news-tag-list': Tag[];
  'news-related-articles': ArticleSummary[];
}
const validators: { [K in TagName]: (data: unknown, base?: string) => Models[K] } = {
  'news-article': validate.article,
  'news-article-card': validate.summary,
  'news-author-bio': validate.author,
  'news-tag-list': validate.tagArray,
  'news-related-articles': validate.summaryArray,
};

/** An attribute value: text or a number as written; `true` as an empty (boolean) attribute; `false`, `null` or `undefined` leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderElementOptions extends OptionsOfACall {
  /**
   * The model, as the element's `.data` takes it: an `Article` for `news-article`, an
   * `ArticleSummary` (or `Article`) for `news-article-card`, an `Author` for `news-author-bio`, a
   * `Tag[]` for `news-tag-list`, an `ArticleSummary[]` for `news-related-articles`. It is validated
   * by the content contract; a model that breaks it throws a `NewsError` naming the field.
   */
  data: unknown;
  /**
   * The element's attributes, by name (`lang`, `theme`, `heading-level`, `link-target`,
   * `link-params`, `endpoint`, `slug`, …). `lang` is the language the element is rendered in (its
   * UI strings, dates and numbers); without it, the article's own `language`, else English. The
   * element is written with that `lang`, so the browser hydrates it in the same language.
   */
  attributes?: Record<string, AttributeValue>;
  /** The URL of the page the element goes into: relative URLs in the model (and in a body without the article's `url`) resolve against it, as they would in that page. */
  base?: string;
}

/**
 * What the functions here take besides their arguments: `config`, options over those of
 * `configure()` for this call alone, checked as configure() checks them. A server that renders for
 * several sites gives each its own (`endpoint`, `provider`, `apiKey`, `timeout`, `iframeHosts`,
 * `theme`, …), and renders for all of them at once.
 */
export interface OptionsOfACall {
  config?: NewsOptions;
}

/** The options of one call: those of configure(), with `config` over them. */
function optionsOf(config: NewsOptions | undefined): Options {
  return config ? withOptions(pageOptions(), config, (name) => `{ config: { ${name} } }`) : pageOptions();
}

/**
 * Renders one element from its model to HTML: the element with its attributes, its shadow root as
 * declarative shadow DOM (the elements it is made of with their own), and the model as an inert
 * JSON script among its children, for the browser to hydrate from without a request.
 */
export async function renderElement(tagName: TagName, { data, attributes = {}, base, config }: RenderElementOptions): Promise<string> {
  const validator: ((data: unknown, base?: string) => Models[TagName]) | undefined = Object.hasOwn(validators, tagName) ? validators[tagName] : undefined;
  if (!validator) {
    throw new NewsError('config', `renderElement() renders ${Object.keys(elements).join(', ')}; got "${String(tagName)}".`, { field: 'tagName' });
  }
  if (data === undefined || data === null) {
    throw new NewsError('config', `renderElement('${tagName}') needs the element's model as data.`, { field: 'data' });
  }
  const written = checkAttributes(tagName, attributes);
  const options = optionsOf(config);
  // The theme of the options (configure({ theme }), or the call's config) is written as the element's
  // own: the server's style sheets are the same for every render (styleHashes()), and the page then
  // shows what was rendered.
  if (options.theme && options.theme !== 'auto') written.theme ??= options.theme;
  let model: Models[TagName];
  try {
    model = validator(data, base);
  } catch (error) {
    throw renderingError(error, tagName, data, validator, base);
  }
  if (tagName === 'news-article') {
    const article = model as Article;
    // The page carries only what the policy kept: the element shows it, the browser hydrates from it.
    if (article.bodyHtml) model = { ...article, bodyHtml: sanitizeHtmlToString(article.bodyHtml, article.url ?? base, options.iframeHosts) };
    if (article.language) written.lang ??= article.language;
  }
  written.lang ??= 'en';
  // The element renders at once only with its language's strings at hand (English always is).
  await loadStrings(written.lang);
  // The elements read the options of this render (whether an article gets a related strip to load,
  // the iframes its body keeps), and render synchronously: no other render sees them.
  const element = renderingWith(options, () => {
    sanitizedBody = tagName === 'news-article' ? (model as Article).bodyHtml : undefined;
    try {
      return collectResultSync(render(elementTemplate(tagName, written, model)));
    } finally {
      sanitizedBody = undefined;
    }
  });
  // `structured-data`: the article's JSON-LD right after the element, as the element keeps it in the
  // browser (which adopts this script when it hydrates), for crawlers that run no script.
  if (tagName !== 'news-article' || written['structured-data'] === undefined) return element;
  const jsonLd = scriptJson(newsArticleJsonLd(model as Article, { lang: written.lang, safeUrl }));
  return `${element}<script type="application/ld+json" ${STRUCTURED_DATA_MARK}>${jsonLd}</script>`;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

function checkAttributes(tagName: TagName, attributes: Record<string, AttributeValue>): Record<string, string> {
  const written: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) {
    // Event handler attributes would run script in the page; `defer-hydration` belongs to the hydration.
    if (!ATTRIBUTE_NAME.test(name) || name.startsWith('on') || name === 'defer-hydration') {
      throw new NewsError('config', `renderElement('${tagName}') cannot write an attribute named "${name}".`, { field: name });
    }
    if (value === undefined || value === null || value === false) continue;
    if (!['string', 'number', 'boolean'].includes(typeof value)) {
      throw new NewsError('config', `The ${name} attribute of renderElement('${tagName}') must be text, a number or a boolean; got ${typeof value}.`, { field: name });
    }
    written[name] = value === true ? '' : String(value);
  }
  if (written.lang !== undefined && !written.lang.trim()) delete written.lang;
  return written;
}

/**
 * `<tag name="value" … .data=${model}>${script}</tag>`, written as a Lit template so that
 * @lit-labs/ssr renders the element (its attributes through the element, which then reflects its
 * own) and sets its `.data`. The names are static (checked above); values and model are bound.
 */
function elementTemplate(tagName: TagName, attributes: Record<string, string>, model: unknown): unknown {
  const tag = unsafeStatic(tagName);
  const strings = ['<'];
  const values: unknown[] = [tag];
  let close = '';
  for (const [name, value] of Object.entries(attributes)) {
    strings.push(`${close} ${name}="`);
    values.push(value);
    close = '"';
  }
  strings.push(`${close} .data=`, '>', '</', '>');
  // The model as JSON in a script that never runs: no Content-Security-Policy or Trusted Types question.
  values.push(model, unsafeHTML(`<script type="application/json" ${HYDRATION_ATTRIBUTE}>${scriptJson(model)}</script>`), tag);
  return staticHtml(strings as unknown as TemplateStringsArray, ...values);
}

/**
 * A contract error, told as the server's: "Invalid data for <news-article>: title must be …". A
 * relative URL is refused where there is no base to resolve it against: when the model passes, or
 * fails elsewhere, once given one, the error says that the base is what is missing.
 */
function renderingError(error: unknown, tagName: TagName, data: unknown, validator: (data: unknown, base?: string) => unknown, base: string | undefined): NewsError {
  const problem = asDataError(error, `data for <${tagName}>`);
  if (base || !problem.reason) return problem;
  try {
    validator(data, 'https://base.invalid/');
  } catch (withBase) {
    if ((withBase as NewsError).field === (error as NewsError).field) return problem;
  }
  return new NewsError('invalid-response', `${problem.message} A relative URL needs the base option: the URL of the page.`, { field: problem.field, reason: problem.reason });
}

/**
 * The Content-Security-Policy hash sources (`'sha256-…'`) of the `<style>` elements that the
 * server-rendered shadow roots carry: one per element, the same for every render of this version.
 * Added to `style-src`, they let a page with server-rendered elements keep a policy without
 * `'unsafe-inline'` (in the browser, the elements style themselves with constructed style sheets,
 * which `'self'` allows).
 */
export function styleHashes(): string[] {
  return Object.keys(elements).map((name) => {
    const element = customElements.get(name) as unknown as typeof LitElement;
    // What @lit-labs/ssr writes into each shadow root's <style>: the element's styles, in order.
    const css = element.elementStyles.map((style) => (style as { cssText: string }).cssText).join('');
    return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  });
}

// --- Loading on the server -------------------------------------------------------------------
// The elements' own data layer: the same adapters (native, wordpress, ghost, jsonfeed), the same
// contract, time and size limits, retries and cache (answers stay fresh for their max-age).

/** Where to read from, as the elements' attributes say it: `endpoint` (absolute on a server), `src`, `provider`, `apiKey`. */
export interface Source {
  endpoint?: string;
  src?: string;
  provider?: string;
  apiKey?: string;
}

/** The data layer's source: no base URL (a server has no page whose URL would resolve a relative endpoint), and the options of the call. */
const dataSource = (source: Source, config: NewsOptions | undefined): loaders.Source => {
  const options = optionsOf(config);
  return { ...source, options: () => options };
};

/**
 * Loads an article. Unless the answer carries `related` already, its related articles are loaded
 * alongside (`related`: how many, default 4; `false` for none), so that the rendered article
 * shows its related strip without a request from the browser. A failure of that second request
 * leaves `related` out (the strip then loads in the browser, when the element has an endpoint).
 */
export async function loadArticle(
  source: Source,
  slug: string,
  { related = 4, signal, config }: { related?: number | false; signal?: AbortSignal } & OptionsOfACall = {},
): Promise<Article> {
  if (related !== false) loaders.checkCount('related', related, loaders.LIMIT_MIN, loaders.LIMIT_MAX);
  const from = dataSource(source, config);
  const [article, items] = await Promise.all([
    loaders.loadArticle(from, slug, signal),
    related === false ? undefined : loaders.loadRelated(from, slug, related, signal).catch(() => undefined),
  ]);
  return article.related || !items ? article : { ...article, related: items };
}

/** Loads an author (the model of `news-author-bio`). */
export function loadAuthor(source: Source, slug: string, { signal, config }: { signal?: AbortSignal } & OptionsOfACall = {}): Promise<Author> {
  return loaders.loadAuthor(dataSource(source, config), slug, signal);
}

/** Loads the articles related to one (the model of `news-related-articles article="…"`). */
export function loadRelated(
  source: Source,
  article: string,
  { limit = 4, signal, config }: { limit?: number; signal?: AbortSignal } & OptionsOfACall = {},
): Promise<ArticleSummary[]> {
  return loaders.loadRelated(dataSource(source, config), article, limit, signal);
}

/** Loads the latest articles, by tag and/or author (the model of `news-related-articles tag="…"`). */
export function loadArticles(
  source: Source,
  { tag, author, limit = 4, signal, config }: { tag?: string; author?: string; limit?: number; signal?: AbortSignal } & OptionsOfACall = {},
): Promise<ArticleSummary[]> {
  return loaders.loadArticles(dataSource(source, config), { tag, author, limit }, signal);
}

/** Loads the endpoint's tags (the model of `news-tag-list` without `article`). */
export function loadTags(source: Source, { limit, signal, config }: { limit?: number; signal?: AbortSignal } & OptionsOfACall = {}): Promise<Tag[]> {
  return loaders.loadTags(dataSource(source, config), limit, signal);
}
