import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { isTheme, knownTheme, pageOptions, type Theme } from '../config.js';
import type { NewsError } from '../data/errors.js';
import { parseLinkParams } from '../data/link-params.js';
import { sourceOf, type Source } from '../data/loaders.js';
import type { Strings } from '../i18n/en.js';
import type { ModelQuery } from './attributes.js';
import { keepCurrent } from './clock.js';
import { NewsErrorEvent, NewsLoadEvent } from './events.js';
import { prepareHydration } from './hydration.js';
import { LanguageController, type RenderContext } from './language-controller.js';
import { link, type ArticleLink } from './links.js';
import { ResourceController } from './resource.js';
import { pageThemeSheet, showPageTheme, tokens } from './tokens.js';

// The base of every element: the common attributes, the four states (loading, loaded, empty, error)
// and the `news-load` / `news-error` events. A subclass says what to load and how to show it; it
// never fetches, validates or sanitizes by itself. The reader's language and strings are the
// LanguageController's (language-controller.ts), and links are written by links.ts. The JSDoc
// below is public documentation: it goes into custom-elements.json, Storybook and docs/api.md for
// every element.
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
      const key = this.query.key();
      // The source's options, a function, are left out: they say how to load (a later
      // configure({ timeout }) changes them without a reload), not what.
      return key && JSON.stringify([this.source, ...key]);
    },
    check: () => this.checkInputs?.(),
    load: (signal) => this.query.load(this.source, signal),
    data: () => this.data,
    validate: (data) => this.validate(data, this.baseURI),
    lazy: () => this.loading === 'lazy',
    loaded: (value, fetched) => fetched && this.dispatchEvent(new NewsLoadEvent(value)),
    failed: (error) => this.report(error),
  });

  /** The reader's language and direction, and the strings in that language; the model's own language is the last resort. */
  readonly #language = new LanguageController(this, () => (this.resource.value as { language?: string } | undefined)?.language);

  /** Errors already reported in the console by this element: each distinct one is reported once. */
  #warned = new Set<string>();
  /** The state the last render's words were for: a new language keeps them on screen while it loads, in the same state. */
  #contextStatus?: string;
  /** Showing a skeleton: loading, or waiting for the reader's strings. */
  #busy = true;
  /** Retry was pressed: give the focus back to Retry if the element fails again. */
  #focusRetry = false;

  /** What the element loads, by which of its inputs (see `byAttribute` for the elements that show one model). */
  protected abstract readonly query: ModelQuery<T>;
  /** Reads `.data` by the content contract, resolving its relative URLs against `base` (the page's). */
  protected abstract readonly validate: (data: unknown, base?: string) => T;
  protected abstract renderModel(model: T, context: RenderContext): TemplateResult;
  /** Placeholder shapes that take the same space as the content. */
  protected abstract renderSkeleton(): TemplateResult;

  /** Which of the strings' empty texts the empty state shows, for the elements that show a list (only a list can be empty). */
  protected readonly empty?: keyof Strings['empty'];

  /**
   * Throws a config error naming the attribute when an input cannot work, before anything is
   * loaded or rendered, whether the element loads or is given `.data` (see `checkCountAttribute`).
   */
  protected checkInputs?(): void;

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

  /** Where and how the element reads: its attributes, and the page's options for what they leave out. */
  protected get source(): Source {
    return sourceOf(this, pageOptions);
  }

  /** A link in `link-target`; a link to an article (given `article`) also gets `link-params` and fires `news-click` (see links.ts). */
  protected link(url: string | undefined, content: unknown, part: string, article?: ArticleLink): unknown {
    return link(this, url, content, part, this.linkTarget || '_self', this.#language.context?.t.newTab, article, article && this.linkQuery);
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

  // The page's observer of `lang` and `dir` does not see inside shadow roots: an element inside
  // another's tells its controller of its own.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' || name === 'dir') this.#language.check();
  }

  override connectedCallback(): void {
    // Server-rendered (news-widgets/ssr): take the server's model before Lit's first update.
    prepareHydration(this);
    // The page's theme, read again: a meta tag may have come since the last element.
    showPageTheme();
    super.connectedCallback();
    // Moved to another part of the page, or back on it: it may speak another language there, and
    // a relative date ("3 minutes ago") may be stale. Rendering again also keeps that date current
    // from now on (see updated).
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    keepCurrent(this, false);
  }

  /** What the element waits for, besides Lit's update, before it shows what it should: the reader's strings. */
  protected get pending(): Promise<unknown> | undefined {
    return this.#language.pending;
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
    const { status, value, error } = this.resource;
    let context = this.#language.read();
    // A new language on an element already showing this state: keep the old words on screen until
    // the new ones arrive. Otherwise the skeleton stands in, so nothing shows in a language the
    // reader did not ask for.
    if (!context && this.#contextStatus === status) context = this.#language.context;
    // Waiting for a key or `.data` is not loading: the skeleton holds the space, but nothing is busy.
    const waiting = status === 'waiting';
    const skeleton = !context || waiting || status === 'loading';
    this.#busy = skeleton && !waiting;
    if (context) this.#contextStatus = status;
    const content = skeleton
      ? html`<div part="skeleton" class="skeleton" aria-hidden="true">${this.renderSkeleton()}</div>${
          context && !waiting ? html`<span class="visually-hidden">${context.t.loading}</span>` : nothing
        }`
      : status === 'loaded'
        ? this.renderModel(value as T, context!)
        : status === 'empty'
          ? html`<div part="empty" class="empty"><slot name="empty">${context!.t.empty[this.empty!]}</slot></div>`
          : nothing;
    // The live region is always there, so that an error appearing in it is announced (politely).
    const failed =
      context && status === 'error'
        ? html`<div part="error" class="error"><div part="error-message" class="message" id="error-message"><slot name="error">${context.t.errors[error!.code]}</slot></div>${
            error!.code === 'config' || error!.code === 'invalid-response' ? html`<p class="detail" lang="en" dir="ltr">${error!.message}</p>` : nothing
          }<button part="retry" type="button" aria-describedby="error-message" @click=${this.#retryPressed}>${context.t.retry}</button></div>`
        : nothing;
    const shown = context ?? this.#language.reader!;
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
  }
}
