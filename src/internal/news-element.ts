import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { isTheme, knownTheme, pageTheme, type Theme } from '../config.js';
import { NewsError } from '../data/errors.js';
import { LIMIT_MAX, LIMIT_MIN, checkCount, sourceOf, type Source } from '../data/loaders.js';
import { parseLinkParams, withLinkParams } from '../data/link-params.js';
import { safeUrl } from '../data/urls.js';
import { languageChanged, loadStrings, onLanguageChange, plural, readerOf, stringsFor, stringsLanguage, type Plural, type Reader } from '../i18n/index.js';
import type { Strings } from '../i18n/en.js';
import { keepCurrent } from './clock.js';
import { NewsClickEvent, NewsErrorEvent, NewsLoadEvent } from './events.js';
import { prepareHydration } from './hydration.js';
import { ResourceController } from './resource.js';
import { pageThemeSheet, showPageTheme, tokens } from './tokens.js';

/** The article a link leads to: such a link gets `link-params` and fires `news-click`. */
export interface ArticleLink {
  slug: string;
  /** 1-based position of the link's card in its list, reported in `news-click`. */
  position: number;
}

/** Whole-number attributes, by property name, and the range each accepts (checked on elements that declare them). */
const COUNTS: Record<string, [min: number, max: number]> = {
  limit: [LIMIT_MIN, LIMIT_MAX],
  max: [0, 1000],
};

/** What a render needs besides the model: the reader's language, direction and strings. */
export interface RenderContext {
  /** The reader's language: `Intl` formats dates and numbers in it. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The UI strings: the language's own, else English. */
  t: Strings;
  /** A plural message for a number, `#` written as `shown` (by default the number for `lang`). */
  plural(message: Plural, value: number, shown?: string): string;
}

function contextFor({ lang, dir }: Reader, t: Strings): RenderContext {
  const stringsIn = t === stringsFor('en') ? 'en' : stringsLanguage(lang);
  return { lang, dir, t, plural: (message, value, shown) => plural(message, value, lang, stringsIn, shown) };
}

// The base of every element: the common attributes, the four states (loading, loaded, empty, error)
// and the `news-load` / `news-error` events. A subclass says what to load and how to show it; it
// never fetches, validates or sanitizes by itself. The JSDoc below is public documentation: it goes
// into custom-elements.json, Storybook and the README for every element.
/**
 * Every element has these attributes, properties, events, parts and CSS custom properties. Besides
 * its content it shows one of three states: **loading** (a skeleton that takes the space of the
 * content, with `aria-busy="true"` on the element), **error** (a short message saying what failed,
 * and a Retry button) and, for lists, **empty**. An element without its key attribute (`slug`,
 * `author`, a related strip's `article` or `tag`) and without `.data` **waits**: it holds its
 * skeleton's space, without `aria-busy`, and reports nothing until the page gives it either one, at
 * any time. A key attribute written empty (`slug=""`) is a config error.
 *
 * @attribute {string} lang - Language of dates, numbers, reading time and UI strings: the element's own `lang`, else the closest ancestor's (across shadow roots), else the document's, else the article's own `language`. Changing it (here or on an ancestor) re-renders. `en`, `fr`, `de`, `es`, `it`, `pt`, `nl`, `ar` and `he` have their own strings; any other language gets English strings with dates and numbers in its own format.
 * @attribute {string} dir - `ltr` or `rtl`: set on the element or an ancestor, it overrides the direction of the language (`ar` and `he` lay out right to left).
 *
 * @fires {NewsLoadEvent} news-load - The element loaded its model from the network (not when given `.data`). `detail` is the model.
 * @fires {NewsErrorEvent} news-error - Loading or validation failed. `detail.error` is a `NewsError` with a machine-readable `code` (`config`, `network`, `cors`, `redirect`, `timeout`, `not-found`, `http`, `wrong-type`, `too-large`, `invalid-json`, `invalid-response`), a `message`, and `field`, `status`, `url` where known.
 *
 * @slot error - Replaces the error state's sentence (the element's own says what failed, in the reader's language); the Retry button stays.
 *
 * @csspart skeleton - The loading placeholder (shapes that take the space of the content).
 * @csspart error - The error state: a short message and the Retry button.
 * @csspart error-message - The error state's sentence.
 * @csspart retry - The error state's Retry button.
 *
 * @cssprop [--news-font-family=inherit] - Font of all text (by default the host page's).
 * @cssprop [--news-font-family-heading=var(--news-font-family)] - Font of titles and headings.
 * @cssprop [--news-font-size=medium] - Base text size, from which every size inside is derived (`medium` is the reader's default size, whatever the page sets on its root; `1em` follows the page's text).
 * @cssprop [--news-line-height=1.5] - Line height of running text.
 * @cssprop [--news-color-text=#1b1d21] - Text (dark: `#e8eaed`).
 * @cssprop [--news-color-muted=#575c66] - Dates, captions, summaries (dark: `#b0b5bd`).
 * @cssprop [--news-color-accent=#0b57d0] - Links, section names, buttons, focus ring (dark: `#8ab4f8`).
 * @cssprop [--news-color-surface=#ffffff] - Backgrounds (dark: `#1e2024`).
 * @cssprop [--news-color-border=#d9dce1] - Card and tag borders, rules (dark: `#3c4043`).
 * @cssprop [--news-color-skeleton=#e9ebef] - Loading placeholders and image boxes (dark: `#2f3237`).
 * @cssprop [--news-color-error=#b3261e] - Error messages (dark: `#f2b8b5`).
 * @cssprop [--news-radius=8px] - Corners.
 * @cssprop [--news-space-1=0.25em] - The smallest spacing step.
 * @cssprop [--news-space-2=0.5em] - Spacing step 2.
 * @cssprop [--news-space-3=1em] - Spacing step 3.
 * @cssprop [--news-space-4=1.5em] - The largest spacing step.
 * @cssprop --news-focus-ring - Outline of the keyboard focus (default: `2px solid` in the accent colour).
 */
export abstract class NewsElement<T> extends LitElement {
  static override styles = [tokens, pageThemeSheet];

  static override properties: PropertyDeclarations = {
    endpoint: {},
    src: {},
    provider: {},
    apiKey: { attribute: 'api-key' },
    data: { attribute: false },
    loading: {},
    linkTarget: { attribute: 'link-target' },
    linkParams: { attribute: 'link-params' },
    theme: { reflect: true },
  };

  /** Base URL of the content API. Defaults to the page's `<meta name="news-widgets:endpoint">` or `configure({ endpoint })`. */
  endpoint?: string;

  /** Full URL of one JSON document; overrides `endpoint` and the slug. With `provider="jsonfeed"`, the feed's URL (the slug then chooses its item). */
  src?: string;

  /**
   * How to read the endpoint: `native` (the content contract; the default), `wordpress` (the
   * WordPress REST API of the site at `endpoint`), `ghost` (the Ghost Content API of the site at
   * `endpoint`, with `api-key`) or `jsonfeed` (the JSON Feed at `src`, or at `endpoint`).
   */
  provider?: string;

  /** The Content API key of providers that need one (`ghost`). Defaults to `configure({ apiKey })`. */
  apiKey?: string;

  /** An already-loaded model: rendered without any request (and validated like a response). */
  data?: T;

  /** `lazy`: make no request until the element is within a screen of the viewport. */
  loading: 'eager' | 'lazy' = 'eager';

  /**
   * Where the element's links open (to articles, authors, tags, the source and the disclosure; links
   * inside an article's body stay as the publisher wrote them): `_self` (default), `_blank`, a
   * window name, `_parent` or `_top`. A link that opens another tab or window (`_blank`, a name)
   * gets `rel="noopener noreferrer"`, an arrow, and "opens in a new tab" for screen readers.
   */
  linkTarget = '_self';

  /**
   * Query parameters appended to links to articles (cards, the related strip), for partner
   * attribution: `utm_source=partner&utm_medium=related`. A link's own parameters are kept, except
   * one of the same name, which this value replaces; the fragment stays. Not added to author, tag,
   * source or disclosure links. A piece that is not `name=value` is left out, with a console warning
   * naming `link-params`.
   */
  linkParams?: string;

  /**
   * `light`, `dark`, or `auto` (the reader's `prefers-color-scheme`). Absent: the page's theme,
   * `configure({ theme })`, else `<meta name="news-widgets:theme" content="light|dark|auto">`, else
   * `auto`. Another value counts as absent, with a console warning naming `theme`.
   */
  theme?: 'light' | 'dark' | 'auto';

  protected readonly resource = new ResourceController<T>(this, {
    key: () => {
      const key = this.loadKey();
      return key && JSON.stringify([this.source, ...key]);
    },
    check: () => this.checkInputs(),
    load: (signal) => this.load(this.source, signal),
    data: () => this.data,
    validate: (data) => this.validate(data),
    lazy: () => this.loading === 'lazy',
    loaded: (value, fetched) => fetched && this.dispatchEvent(new NewsLoadEvent(value)),
    failed: (error) => this.report(error),
  });

  /** Errors already reported in the console by this element: each distinct one is reported once. */
  #warned = new Set<string>();

  /**
   * The element's own inputs that decide what to load (slug, limit, …); undefined while its key
   * attribute is absent (see `waitsForKey`), and then it waits.
   */
  protected abstract loadKey(): unknown[] | undefined;
  protected abstract load(source: Source, signal: AbortSignal): Promise<T>;
  protected abstract validate(data: unknown): T;
  protected abstract renderModel(model: T, context: RenderContext): TemplateResult;
  /** Placeholder shapes that take the same space as the content. */
  protected abstract renderSkeleton(): TemplateResult;

  /** The empty state's text, for the elements that show a list (only a list can be empty). */
  protected emptyText?(t: Strings): string;

  /** The model being shown, when there is one. */
  get model(): T | undefined {
    return this.resource.value;
  }

  /** The error being shown, when there is one. */
  get error(): NewsError | undefined {
    return this.resource.error;
  }

  /** Loads again after an error. */
  retry(): void {
    this.resource.retry();
  }

  /**
   * Throws a config error naming the attribute when an input cannot work, before anything is
   * loaded or rendered. The base checks the whole-number attributes an element declares (`limit`,
   * `max`): `limit="-1"`, `limit="1e9"` and `max="many"` are errors, not silently something else.
   */
  protected checkInputs(): void {
    const declared = (this.constructor as typeof LitElement).elementProperties;
    for (const [name, [min, max]] of Object.entries(COUNTS)) {
      if (!declared.has(name)) continue;
      const value: unknown = (this as unknown as Record<string, unknown>)[name];
      if (value === undefined || value === null) continue;
      // Quote what the page wrote (`limit="four"`), when the value came from the attribute.
      const written = this.getAttribute(name);
      checkCount(name, value, min, max, written !== null && Object.is(Number(written), value) ? written : undefined);
    }
  }

  /** Tells the page about a failure: one `news-error`, and one console warning per distinct error. */
  protected report(error: NewsError): void {
    this.#warnOnce(error);
    // Through a variable: the manifest's analyzer reads `dispatchEvent(new NewsErrorEvent(error))` as an event named "error".
    const event = new NewsErrorEvent(error);
    this.dispatchEvent(event);
  }

  #warnOnce({ message, field, code }: NewsError): void {
    // The warning says all that tells two errors apart: its text is the key.
    const warning = `news-widgets: <${this.localName}> ${message}${field ? ` (${field})` : ''} [${code}]`;
    if (this.#warned.has(warning)) return;
    this.#warned.add(warning);
    console.warn(warning);
  }

  protected get source(): Source {
    return sourceOf(this);
  }

  /**
   * A link as the host asked for it: in `link-target`, and for article links with `link-params`.
   * An article link (one given its `article`) fires `news-click` when clicked or opened with the
   * middle button.
   * A link that opens elsewhere than `_self` says so to screen readers, and shows an arrow.
   * URLs reach here only from validated models, so they are already absolute http(s).
   */
  protected link(url: string | undefined, content: unknown, part: string, article?: ArticleLink): unknown {
    // Models are validated, so this is already http(s); checked again where it is written, so that
    // nothing reaches an href without the one URL policy.
    url = safeUrl(url);
    if (!url) return content;
    const target = this.linkTarget || '_self';
    const href = article ? withLinkParams(url, this.linkQuery) : url;
    // Tells the host about an article click (Enter on the link is a click too); a host that cancels
    // `news-click` routes the click itself, except a middle click or a click with a modifier key,
    // which opens where the reader asked. A middle click opens a new tab without a `click`: only
    // its `auxclick` tells of it (the right button's opens a menu, not the link).
    const clicked = article
      ? (event: MouseEvent) => {
          if (event.button > 1) return;
          const click = new NewsClickEvent({ ...article, url: href, element: this }, !(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey));
          if (!this.dispatchEvent(click)) event.preventDefault();
        }
      : nothing;
    // Target keywords are case-insensitive; `_parent` and `_top` stay in this tab, anything else opens another.
    const elsewhere = !/^_(self|parent|top)$/i.test(target);
    return html`<a part=${part} href=${href} target=${target === '_self' ? nothing : target} rel=${elsewhere ? 'noopener noreferrer' : nothing} @click=${clicked} @auxclick=${clicked}>${content}${
      elsewhere ? html`<span class="new-tab" aria-hidden="true">\u2197</span><span class="visually-hidden"> (${this.#context?.t.newTab})</span>` : nothing
    }</a>`;
  }

  /** `theme` as the elements inside get it: an unknown value stays here, where it is reported. */
  protected get innerTheme(): Theme | typeof nothing {
    return isTheme(this.theme) ? this.theme : nothing;
  }

  /**
   * `link-params` as article links get it: its well-formed parameters, encoded. The composed
   * elements hand this on, so a mistake is reported once, by the element the page wrote it on.
   */
  protected get linkQuery(): string {
    const { query, error } = parseLinkParams(this.linkParams);
    if (error) this.#warnOnce(error);
    return query;
  }

  // --- Language and direction -------------------------------------------------------------------

  /** The reader as last rendered for; the context of the last render; the strings being waited for. */
  #reader?: Reader;
  #context?: RenderContext;
  #contextStatus?: string;
  #strings?: Promise<unknown>;
  #awaiting?: string;
  #stopWatching?: () => void;
  /** Showing a skeleton: loading, or waiting for the reader's strings. */
  #busy = true;
  /** Retry was pressed: give the focus back to Retry if the element fails again. */
  #focusRetry = false;
  /** Language and direction last shown, so that the elements inside hear of a change. */
  #shownKey?: string;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.#checkReader();
  }

  override connectedCallback(): void {
    // Server-rendered (news-widgets/ssr): take the server's model before Lit's first update.
    prepareHydration(this);
    // The page's theme, read again: a meta tag may have come since the last element.
    showPageTheme(pageTheme());
    super.connectedCallback();
    this.#stopWatching = onLanguageChange(this.#checkReader);
    // Moved to another part of the page, or back on it: it may speak another language there, and
    // a relative date ("3 minutes ago") may be stale. Rendering again also keeps that date current
    // from now on (see updated).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#stopWatching = undefined;
    keepCurrent(this, false);
  }

  /** The language of the model itself (an article's `language`: validated, a string when there), the last resort for the reader's. */
  #modelLanguage(): string | undefined {
    return (this.resource.value as { language?: string } | undefined)?.language;
  }

  /** Renders again when the reader's language or direction is no longer what was rendered. */
  #checkReader = (): void => {
    if (!this.#reader) return;
    const reader = readerOf(this, this.#modelLanguage());
    if (reader.lang !== this.#reader.lang || reader.dir !== this.#reader.dir) this.requestUpdate();
  };

  /** Waits for a language's strings, then renders again; `updateComplete` waits for them too. */
  #awaitStrings(lang: string): void {
    if (this.#strings && this.#awaiting === lang) return;
    this.#awaiting = lang;
    const waiting = loadStrings(lang).then(() => {
      if (this.#strings === waiting) this.#strings = undefined;
      this.requestUpdate();
    });
    this.#strings = waiting;
  }

  /** What the element waits for, besides Lit's update, before it shows what it should: the reader's strings. */
  protected get pending(): Promise<unknown> | undefined {
    return this.#strings;
  }

  /** Resolves once the element has rendered in the reader's language (its strings loaded), and with whatever else is `pending`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let pending; (pending = this.pending); complete = await super.getUpdateComplete()) await pending;
    return complete;
  }

  #retryPressed(): void {
    this.#focusRetry = true;
    this.retry();
  }

  protected override render(): TemplateResult {
    const reader = (this.#reader = readerOf(this, this.#modelLanguage()));
    const { status, value, error } = this.resource;
    const strings = stringsFor(reader.lang);
    let context = strings && contextFor(reader, strings);
    if (!context) {
      this.#awaitStrings(reader.lang);
      // A new language on an element already showing this state: keep the old words on screen
      // until the new ones arrive. Otherwise the skeleton stands in, so nothing shows in a
      // language the reader did not ask for.
      if (this.#contextStatus === status) context = this.#context;
    }
    // Waiting for a key or `.data` is not loading: the skeleton holds the space, but nothing is busy.
    const waiting = status === 'waiting';
    const skeleton = !context || waiting || status === 'loading';
    this.#busy = skeleton && !waiting;
    if (context) {
      this.#context = context;
      this.#contextStatus = status;
    }
    const content = skeleton
      ? html`<div part="skeleton" class="skeleton" aria-hidden="true">${this.renderSkeleton()}</div>${
          context && !waiting ? html`<span class="visually-hidden">${context.t.loading}</span>` : nothing
        }`
      : status === 'loaded'
        ? this.renderModel(value as T, context!)
        : status === 'empty'
          ? html`<div part="empty" class="empty"><slot name="empty">${this.emptyText?.(context!.t)}</slot></div>`
          : nothing;
    // The live region is always there, so that an error appearing in it is announced (politely).
    const failed =
      context && status === 'error'
        ? html`<div part="error" class="error"><div part="error-message" class="message" id="error-message"><slot name="error">${context.t.errors[error!.code]}</slot></div>${
            error!.code === 'config' || error!.code === 'invalid-response' ? html`<p class="detail" lang="en" dir="ltr">${error!.message}</p>` : nothing
          }<button part="retry" type="button" aria-describedby="error-message" @click=${this.#retryPressed}>${context.t.retry}</button></div>`
        : nothing;
    const shown = context ?? reader;
    return html`<div class="frame" lang=${shown.lang} dir=${shown.dir}>${content}<div class="status" role="status">${failed}</div></div>`;
  }

  // @lit-labs/ssr runs willUpdate and render on a server, but neither connectedCallback nor the
  // controllers' hooks: there the element shows its `.data` from here (it never loads on a server).
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // An unknown theme counts as absent (the page's applies), and is reported.
    knownTheme(this.theme, `<${this.localName}> theme`);
    if (!isServer) return;
    // Elements rendered into this one's shadow root then find this one as their host (readerOf).
    if (!this.shadowRoot) this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this.resource.hostUpdate();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A relative date ("3 minutes ago": a <time> with a title) is written again on the page's clock
    // while the element is on the page. (A <time title> in an article's body keeps the article on
    // the clock too: a render that changes nothing.)
    keepCurrent(this, this.isConnected && !!this.renderRoot.querySelector('time[title]'));
    if (this.#busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    if (this.#focusRetry && !this.#busy) {
      this.#focusRetry = false;
      if (this.resource.status === 'error') this.renderRoot.querySelector<HTMLElement>('[part="retry"]')?.focus();
    }
    // The elements inside this one's shadow root read their language from it: tell them.
    const shown = this.#context ?? this.#reader;
    const key = shown && `${shown.lang}|${shown.dir}`;
    if (this.#shownKey !== undefined && key !== this.#shownKey) languageChanged();
    this.#shownKey = key;
  }
}
