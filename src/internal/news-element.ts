import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { NewsError } from '../data/errors.js';
import type { Source } from '../data/loaders.js';
import { withParams } from '../data/urls.js';
import { languageOf, stringsFor } from '../i18n/index.js';
import type { Strings } from '../i18n/en.js';
import { NewsErrorEvent, NewsLoadEvent } from './events.js';
import { ResourceController } from './resource.js';
import { tokens } from './tokens.js';

/** What a render needs besides the model: the reader's language and its strings. */
export interface RenderContext {
  lang: string;
  t: Strings;
}

/**
 * The base of every element: the common attributes, the four states (loading, loaded, empty,
 * error) and the `news-load` / `news-error` events. A subclass says what to load and how to show
 * it; it never fetches, validates or sanitizes by itself.
 */
export abstract class NewsElement<T> extends LitElement {
  static override styles = [tokens];

  /** Base URL of the content API. Defaults to the page's `<meta name="news-widgets:endpoint">` or `configure({ endpoint })`. */
  @property() endpoint?: string;

  /** Full URL of one JSON document; overrides `endpoint` and the slug. */
  @property() src?: string;

  /** How to read the endpoint: `native` (the content contract). */
  @property() provider?: string;

  /** An already-loaded model: rendered without any request. */
  @property({ attribute: false }) data?: T;

  /** `lazy`: make no request until the element nears the viewport. */
  @property() loading: 'eager' | 'lazy' = 'eager';

  /** Where article links open: `_self` (default) or `_blank` (with `rel="noopener noreferrer"`). */
  @property({ attribute: 'link-target' }) linkTarget = '_self';

  /** Query parameters appended to outbound article links, e.g. `utm_source=partner`. */
  @property({ attribute: 'link-params' }) linkParams?: string;

  /** `light` or `dark`; absent follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  protected readonly resource = new ResourceController<T>(this, {
    key: () => JSON.stringify([this.endpoint, this.src, this.provider, ...this.loadKey()]),
    load: (signal) => this.load(this.source, signal),
    data: () => this.data,
    validate: (data) => this.validate(data),
    isEmpty: (value) => this.isEmpty(value),
    lazy: () => this.loading === 'lazy',
    loaded: (value, fetched) => fetched && this.dispatchEvent(new NewsLoadEvent(value)),
    failed: (error) => this.dispatchEvent(new NewsErrorEvent(error)),
  });

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

  protected get source(): Source {
    return { endpoint: this.endpoint, src: this.src, provider: this.provider };
  }

  /**
   * A link as the host asked for it: in `link-target`, and for article links with `link-params`.
   * URLs reach here only from validated models, so they are already absolute http(s).
   */
  protected link(url: string | undefined, content: unknown, part: string, { article = false, className = '' } = {}): unknown {
    if (!url) return content;
    const target = this.linkTarget || '_self';
    return html`<a
      part=${part}
      class=${className || nothing}
      href=${article ? withParams(url, this.linkParams) : url}
      target=${target === '_self' ? nothing : target}
      rel=${target === '_self' ? nothing : 'noopener noreferrer'}
      >${content}</a
    >`;
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
