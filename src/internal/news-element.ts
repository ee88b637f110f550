import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { NewsError } from '../data/errors.js';
import { LIMIT, checkCount, type Source } from '../data/loaders.js';
import { safeUrl, withParams } from '../data/urls.js';
import { languageOf, stringsFor } from '../i18n/index.js';
import type { Strings } from '../i18n/en.js';
import { NewsClickEvent, NewsErrorEvent, NewsLoadEvent, type NewsClickDetail } from './events.js';
import { ResourceController } from './resource.js';
import { tokens } from './tokens.js';

/** How `link()` writes a link: article links get `link-params` and, with a slug, fire `news-click`. */
export interface LinkOptions {
  article?: boolean;
  className?: string;
  slug?: string;
  /** 1-based position of the link's card in its list, reported in `news-click`. */
  position?: number;
}

/** Whole-number attributes, by property name, and the range each accepts (checked on elements that declare them). */
const COUNTS: Record<string, [min: number, max: number]> = {
  limit: [LIMIT.min, LIMIT.max],
  max: [0, 1000],
};

/**
 * A `.data` model that fails validation is the page's mistake, not the endpoint's: the error says
 * `.data`, and blames `data` for a model that is not even an object.
 */
function asDataError(error: unknown): NewsError {
  if (!(error instanceof NewsError)) {
    return new NewsError('invalid-response', `Invalid .data: ${error instanceof Error ? error.message : String(error)}`, { field: 'data' });
  }
  if (error.code !== 'invalid-response') return error;
  const field = error.field === '(document)' ? 'data' : error.field;
  const message = error.message.replace(/^Invalid content: (\(document\) )?/, (_, whole) => (whole ? 'Invalid .data: data ' : 'Invalid .data: '));
  return new NewsError('invalid-response', message, { field, url: error.url, status: error.status });
}

/** What a render needs besides the model: the reader's language and its strings. */
export interface RenderContext {
  lang: string;
  t: Strings;
}

// The base of every element: the common attributes, the four states (loading, loaded, empty, error)
// and the `news-load` / `news-error` events. A subclass says what to load and how to show it; it
// never fetches, validates or sanitizes by itself. The JSDoc below is public documentation: it goes
// into custom-elements.json, Storybook and the README for every element.
/**
 * Every element has these attributes, properties, events, parts and CSS custom properties. Besides
 * its content it shows one of three states: **loading** (a skeleton that takes the space of the
 * content, with `aria-busy="true"` on the element), **error** (a short message saying what failed,
 * and a Retry button) and, for lists, **empty**.
 *
 * @attribute {string} lang - Language of dates, numbers, reading time and UI strings: the element's own `lang`, else the closest ancestor's (across shadow roots), else the document's. Right-to-left languages lay out right to left.
 *
 * @fires {NewsLoadEvent} news-load - The element loaded its model from the network (not when given `.data`). `detail` is the model.
 * @fires {NewsErrorEvent} news-error - Loading or validation failed. `detail.error` is a `NewsError` with a machine-readable `code` (`config`, `network`, `cors`, `redirect`, `timeout`, `not-found`, `http`, `wrong-type`, `too-large`, `invalid-json`, `invalid-response`), a `message`, and `field`, `status`, `url` where known.
 *
 * @csspart skeleton - The loading placeholder (shapes that take the space of the content).
 * @csspart error - The error state: a short message and the Retry button.
 * @csspart retry - The error state's Retry button.
 *
 * @cssprop [--news-font-family=inherit] - Font of all text (by default the host page's).
 * @cssprop [--news-color-text=#1b1d21] - Text (dark: `#e8eaed`).
 * @cssprop [--news-color-muted=#575c66] - Dates, captions, summaries (dark: `#b0b5bd`).
 * @cssprop [--news-color-accent=#0b57d0] - Links, section names, focus ring (dark: `#8ab4f8`).
 * @cssprop [--news-color-surface=#ffffff] - Backgrounds (dark: `#1e2024`).
 * @cssprop [--news-color-border=#d9dce1] - Card borders and rules (dark: `#3c4043`).
 * @cssprop [--news-color-skeleton=#e9ebef] - Loading placeholders (dark: `#2f3237`).
 * @cssprop [--news-color-error=#b3261e] - Error messages (dark: `#f2b8b5`).
 * @cssprop [--news-radius=8px] - Corners.
 * @cssprop [--news-space-1=0.25rem] - The smallest spacing step.
 * @cssprop [--news-space-2=0.5rem] - Spacing step 2.
 * @cssprop [--news-space-3=1rem] - Spacing step 3.
 * @cssprop [--news-space-4=1.5rem] - The largest spacing step.
 * @cssprop --news-focus-ring - Outline of the keyboard focus (default: `2px solid` in the accent colour).
 */
export abstract class NewsElement<T> extends LitElement {
  static override styles = [tokens];

  /** Base URL of the content API. Defaults to the page's `<meta name="news-widgets:endpoint">` or `configure({ endpoint })`. */
  @property() endpoint?: string;

  /** Full URL of one JSON document; overrides `endpoint` and the slug. */
  @property() src?: string;

  /** How to read the endpoint: `native` (the content contract; the default and, so far, the only provider). */
  @property() provider?: string;

  /** An already-loaded model: rendered without any request (and validated like a response). */
  @property({ attribute: false }) data?: T;

  /** `lazy`: make no request until the element is within a screen of the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Where links open: `_self` (default); any other target, e.g. `_blank`, gets `rel="noopener noreferrer"`. */
  @property({ attribute: 'link-target' }) linkTarget = '_self';

  /** Query parameters appended to outbound article links, e.g. `utm_source=partner`. */
  @property({ attribute: 'link-params' }) linkParams?: string;

  /** `light` or `dark`; absent follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly resource = new ResourceController<T>(this, {
    key: () => JSON.stringify([this.endpoint, this.src, this.provider, ...this.loadKey()]),
    check: () => this.checkInputs(),
    load: (signal) => this.load(this.source, signal),
    data: () => this.data,
    validate: (data) => {
      try {
        return this.validate(data);
      } catch (error) {
        throw asDataError(error);
      }
    },
    isEmpty: (value) => this.isEmpty(value),
    lazy: () => this.loading === 'lazy',
    loaded: (value, fetched) => fetched && this.dispatchEvent(new NewsLoadEvent(value)),
    failed: (error) => {
      this.#warnOnce(error);
      this.dispatchEvent(new NewsErrorEvent(error));
    },
  });

  /** Errors already reported in the console by this element: each distinct one is reported once. */
  #warned = new Set<string>();

  /** The element's own inputs that decide what to load (slug, limit, …). */
  protected abstract loadKey(): unknown[];
  protected abstract load(source: Source, signal: AbortSignal): Promise<T>;
  protected abstract validate(data: unknown): T;
  protected abstract renderModel(model: T, context: RenderContext): TemplateResult;
  /** Placeholder shapes that take the same space as the content. */
  protected abstract renderSkeleton(): TemplateResult;

  protected isEmpty(_model: T): boolean {
    return false;
  }

  protected emptyText(t: Strings): string {
    return t.empty.article;
  }

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

  #warnOnce(error: NewsError): void {
    const key = `${error.code}|${error.field ?? ''}|${error.message}`;
    if (this.#warned.has(key)) return;
    this.#warned.add(key);
    console.warn(`news-widgets: <${this.localName}> ${error.message}${error.field ? ` (${error.field})` : ''} [${error.code}]`);
  }

  protected get source(): Source {
    return { endpoint: this.endpoint, src: this.src, provider: this.provider };
  }

  /**
   * A link as the host asked for it: in `link-target`, and for article links with `link-params`.
   * An article link (one given the article's `slug`) fires a cancelable `news-click` when clicked.
   * URLs reach here only from validated models, so they are already absolute http(s).
   */
  protected link(
    url: string | undefined,
    content: unknown,
    part: string,
    { article = false, className = '', slug, position = 1 }: LinkOptions = {},
  ): unknown {
    // Models are validated, so this is already http(s); checked again where it is written, so that
    // nothing reaches an href without the one URL policy.
    url = safeUrl(url);
    if (!url) return content;
    const target = this.linkTarget || '_self';
    const href = article ? withParams(url, this.linkParams) : url;
    const clicked = article && slug ? (event: MouseEvent) => this.#clicked(event, { slug, url: href, position, element: this }) : nothing;
    return html`<a
      part=${part}
      class=${className || nothing}
      href=${href}
      target=${target === '_self' ? nothing : target}
      rel=${target === '_self' ? nothing : 'noopener noreferrer'}
      @click=${clicked}
      >${content}</a
    >`;
  }

  /** Tells the host about an article click; a host that cancels `news-click` routes the click itself. */
  #clicked(event: MouseEvent, detail: NewsClickDetail): void {
    const click = new NewsClickEvent(detail);
    if (!this.dispatchEvent(click)) event.preventDefault();
  }

  protected override render(): TemplateResult {
    const lang = languageOf(this);
    const t = stringsFor(lang);
    const { status, value, error } = this.resource;
    switch (status) {
      case 'loaded':
        return this.renderModel(value as T, { lang, t });
      case 'empty':
        return html`<p part="empty" class="empty">${this.emptyText(t)}</p>`;
      case 'error':
        return html`<div part="error" class="error" role="status">
          <p class="message">${t.errors[error!.code]}</p>
          ${error!.code === 'config' || error!.code === 'invalid-response' ? html`<p class="detail">${error!.message}</p>` : nothing}
          <button part="retry" type="button" @click=${this.retry}>${t.retry}</button>
        </div>`;
      case 'loading':
        return html`<div part="skeleton" class="skeleton" aria-hidden="true">${this.renderSkeleton()}</div>
          <span class="visually-hidden">${t.loading}</span>`;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.resource.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
  }
}
