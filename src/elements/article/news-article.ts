import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { pageOptions } from '../../config.js';
import { validateArticle, type Article } from '../../data/contract.js';
import { NewsError } from '../../data/errors.js';
import { countView, hasEndpoint, loadArticle } from '../../data/loaders.js';
import { preloadHtmlPolicy, sanitizeHtml } from '../../data/html.js';
import { directionOf, fill, formatNumber, formatRelative } from '../../i18n/index.js';
import { byAttribute, type ModelQuery } from '../../internal/attributes.js';
import { serverBody, takeServerRendering } from '../../internal/hydration.js';
import type { RenderContext } from '../../internal/language-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { AUTHOR_BIO_PARTS, CARD_PARTS, RELATED_PARTS, STATE_PARTS, TAG_LIST_PARTS, exportParts, prefixed } from '../../internal/parts.js';
import { textBone, TYPICAL_ARTICLE_SUMMARY, TYPICAL_ARTICLE_TITLE, TYPICAL_BYLINE, TYPICAL_DATE, TYPICAL_READING_TIME, TYPICAL_SECTION } from '../../internal/skeleton.js';
import { StructuredDataController } from '../../internal/structured-data.js';
import { byline, heading, picture, readingTime, time } from '../../internal/templates.js';
import { styles } from './news-article.styles.js';

/**
 * The parts of the elements inside, exported as the article's `tags-…`, `author-…` and `related-…`
 * (see internal/parts.ts). The related strip loads by itself, so its states' parts come too, and
 * with them the parts its cards export to it.
 */
const TAGS_EXPORTS = exportParts('tags', TAG_LIST_PARTS);
const AUTHOR_EXPORTS = exportParts('author', AUTHOR_BIO_PARTS);
const RELATED_EXPORTS = exportParts('related', `${RELATED_PARTS} ${STATE_PARTS} ${prefixed('card', CARD_PARTS)}`);

/**
 * `.data` takes an `Article`; when it carries `related`, the related strip shows those without
 * another request. The body is publisher HTML: it is always sanitized before it reaches the page.
 * The article is composed of the other elements (`<news-tag-list>`, `<news-author-bio>`,
 * `<news-related-articles>`), which get their models as `.data`, so nothing is fetched twice.
 *
 * @summary The whole article: section, dates, reading time, views, title, tags, hero image, summary,
 * body, source, disclosure, author bio and related articles.
 * @tagname news-article
 *
 * @fires {NewsLoadEvent} news-load - The article was loaded from the network. `detail` is the `Article`. (Its related strip's own load stays inside.)
 * @fires {NewsErrorEvent} news-error - Loading failed (or its related strip's did). `detail.error.code` says why. Also, with code `network`, when the body cannot be sanitized because DOMPurify (needed by browsers without the Sanitizer API, a file in `chunks/` next to `news-widgets.js`) cannot be loaded: the article stays, and the body's place says its text could not be loaded.
 * @fires {NewsClickEvent} news-click - From a card of its related strip: the reader clicked it, or opened it with the middle button. Cancelable (not a middle click, nor a click with Ctrl, ⌘, Shift or Alt).
 * @fires {NewsImpressionEvent} news-impression - From a card of its related strip: at least half of it was in view for one continuous second. Once per card per page view.
 *
 * @csspart article - The `<article>`.
 * @csspart header - The `<header>`: section, title, summary, meta line and tags.
 * @csspart section - The section name.
 * @csspart title - The title heading.
 * @csspart summary - The summary under the title.
 * @csspart meta - The line with author, dates, reading time and view count.
 * @csspart byline - "By" and the author's name.
 * @csspart published - "Published" and the date; the date itself is `date`.
 * @csspart updated - "Updated" and the date ("3 hours ago" within a week, written again every minute while the article is on the page).
 * @csspart date - Each date (`<time>`).
 * @csspart reading-time - The reading time.
 * @csspart views - The view count.
 * @csspart tags - The `<news-tag-list>`; the parts inside it are the `tags-…` parts below.
 * @csspart figure - The hero image's figure; `image` and `caption` are inside it.
 * @csspart image - The hero image.
 * @csspart caption - The hero image's caption.
 * @csspart body - The article's (sanitized) body.
 * @csspart body-unavailable - In the body's place, the sentence saying that the body could not be loaded (see `news-error`).
 * @csspart footer - The `<footer>`: source, disclosure, author bio and related articles.
 * @csspart source - The source line.
 * @csspart source-link - The source's link.
 * @csspart disclosure - The editorial disclosure.
 * @csspart disclosure-link - The disclosure's link.
 * @csspart author - The `<news-author-bio>`; the parts inside it are the `author-…` parts below.
 * @csspart related - The `<news-related-articles>`; the parts inside it are the `related-…` parts below.
 * @csspart tags-list - The tag list's `list` part: every part of `<news-tag-list>` is exported with `tags-` before its name.
 * @csspart tags-item - The tag list's `item` part.
 * @csspart tags-tag - The tag list's `tag` part.
 * @csspart tags-more - The tag list's `more` part.
 * @csspart tags-empty - The tag list's `empty` part.
 * @csspart author-bio - The author bio's `bio` part: every part of `<news-author-bio>` is exported with `author-` before its name.
 * @csspart author-avatar - The author bio's `avatar` part.
 * @csspart author-eyebrow - The author bio's `eyebrow` part.
 * @csspart author-name - The author bio's `name` part.
 * @csspart author-name-link - The author bio's `name-link` part.
 * @csspart author-role - The author bio's `role` part.
 * @csspart author-text - The author bio's `text` part.
 * @csspart author-links - The author bio's `links` part.
 * @csspart author-link - The author bio's `link` part.
 * @csspart related-section - The related strip's `section` part: every part of `<news-related-articles>`, its loading and error states' included, is exported with `related-` before its name.
 * @csspart related-heading - The related strip's `heading` part.
 * @csspart related-list - The related strip's `list` part.
 * @csspart related-item - The related strip's `item` part.
 * @csspart related-card - The related strip's `card` part.
 * @csspart related-empty - The related strip's `empty` part.
 * @csspart related-skeleton - The related strip's `skeleton` part.
 * @csspart related-error - The related strip's `error` part.
 * @csspart related-error-message - The related strip's `error-message` part.
 * @csspart related-retry - The related strip's `retry` part.
 * @csspart related-card-card - The `card` part of each related card: the strip's `card-…` parts, exported again with `related-` before their names.
 * @csspart related-card-media - The `media` part of each related card.
 * @csspart related-card-image - The `image` part of each related card.
 * @csspart related-card-content - The `content` part of each related card.
 * @csspart related-card-section - The `section` part of each related card.
 * @csspart related-card-title - The `title` part of each related card.
 * @csspart related-card-link - The `link` part of each related card.
 * @csspart related-card-summary - The `summary` part of each related card.
 * @csspart related-card-meta - The `meta` part of each related card.
 * @csspart related-card-byline - The `byline` part of each related card.
 * @csspart related-card-date - The `date` part of each related card.
 * @csspart related-card-reading-time - The `reading-time` part of each related card.
 *
 * @cssprop [--news-article-max-width=46em] - Maximum width of the text column.
 */
export class NewsArticle extends NewsElement<Article> {
  static override styles = [...NewsElement.styles, styles];

  static override properties: PropertyDeclarations = {
    slug: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    countView: { type: Boolean, attribute: 'count-view' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    // Internal state; `attribute: false` (implied by `state`) keeps it out of custom-elements.json's attributes.
    body: { state: true, attribute: false },
    views: { state: true, attribute: false },
  };

  /** Slug of the article to show. */
  slug?: string;

  /** Level of the title's heading (the author bio and related strip sit one level below). */
  headingLevel = 1;

  /**
   * Report a view (`POST articles/{slug}/views`) and show the new count: once per article this
   * element shows, however often it renders again or moves in the page. Another element for the
   * same article (a single-page app that shows it again) reports another view; so does this one
   * given another `slug`, once for each. Only with the native contract.
   */
  countView = false;

  /**
   * Place the article's schema.org `NewsArticle` JSON-LD (`<script type="application/ld+json">`)
   * right after the element, in the page's DOM where search engines read it: headline, description,
   * dates, author, image, section, keywords, reading time, language and URL, as text (never the
   * body). It follows the article, and goes with it. Under a Trusted Types CSP it needs
   * `news-widgets` in `trusted-types`.
   */
  structuredData = false;

  protected readonly jsonLd = new StructuredDataController(
    this,
    () => this.structuredData,
    () => (this.structuredData && this.resource.status === 'loaded' ? this.model : undefined),
  );

  /** `updateComplete` waits for the structured data too, when asked for (its builder is a lazy chunk). */
  protected override get pending(): Promise<unknown> | undefined {
    return super.pending ?? this.jsonLd.loading;
  }

  /** The body, sanitized, ready to insert (on a server, as HTML); undefined until the sanitizer has run. */
  private body?: unknown;
  private views?: number;
  #bodyOf?: Article;
  /** The articles this element has reported a view of: each once in its lifetime. */
  #counted = new Set<string>();

  protected readonly query: ModelQuery<Article> = byAttribute(this, 'slug', (source, slug, signal) => {
    const article = loadArticle(source, slug, signal);
    // The body's sanitizer downloads while the article's request is on its way.
    preloadHtmlPolicy();
    return article;
  });
  protected readonly validate = validateArticle;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const article = this.model;
    if (isServer && article?.bodyHtml) this.body = serverBody(article.bodyHtml, article.url);
  }

  // Here rather than in willUpdate: the model of this update is known once the controllers have
  // run, and what is set here before `super.update` is rendered by it, not by another update.
  protected override update(changed: PropertyValues): void {
    const article = this.model;
    if (article && article !== this.#bodyOf) {
      this.#bodyOf = article;
      this.views = undefined;
      // Hydrating a server rendering (the first update only: a model that comes later, after a
      // server rendering that gave none, is rendered as any other): its body, sanitized by the same
      // policy, is on screen already.
      this.body = !this.hasUpdated && takeServerRendering(this) ? SERVER_BODY : undefined;
      if (article.bodyHtml && !this.body) void this.#prepareBody(article);
      if (this.countView && !this.#counted.has(article.slug)) {
        this.#counted.add(article.slug);
        countView(this.source, article.slug).then(
          (views) => this.model === article && (this.views = views),
          // A lost view count is not worth an error state: the article is on screen.
          () => {},
        );
      }
    }
    super.update(changed);
  }

  async #prepareBody(article: Article): Promise<void> {
    let body: unknown;
    try {
      body = await sanitizeHtml(article.bodyHtml!, article.url ?? this.baseURI, undefined, pageOptions().iframeHosts);
    } catch (error) {
      // Never the publisher's HTML unsanitized: the reader is told the text is missing, and the page
      // why (in practice, DOMPurify's chunk could not be loaded).
      body = BODY_UNAVAILABLE;
      if (this.#bodyOf === article) {
        this.report(
          new NewsError('network', `The body could not be sanitized: browsers without the Sanitizer API need DOMPurify, from chunks/ beside news-widgets.js (${error}).`),
        );
      }
    }
    if (this.#bodyOf === article) this.body = body;
  }

  protected renderModel(article: Article, context: RenderContext) {
    const { lang, t } = context;
    // The article's own language marks its text; the interface around it speaks the reader's.
    const textLang = article.language ?? nothing;
    const textDir = article.language ? directionOf(article.language) : 'auto';
    const views = this.views ?? article.viewCount;
    const related = article.related;
    const level = this.headingLevel;
    // The author bio and the related strip: sections of the article, one level below its title
    // (heading() keeps every level within 1 to 6).
    const below = level + 1;
    const updatedAgo = article.updatedAt ? formatRelative(article.updatedAt, lang) : undefined;
    // No whitespace between the blocks (it would only be more nodes); the meta line's pieces keep one
    // space, so that its text reads as words without the styles too.
    return html`<article part="article"><header part="header">${
      article.section ? html`<p part="section" class="section" lang=${textLang} dir=${textDir}>${article.section}</p>` : nothing
    }${heading(level, article.title, 'title', { lang: article.language, dir: textDir })}${
      article.summary ? html`<p part="summary" class="summary" lang=${textLang} dir=${textDir}>${article.summary}</p>` : nothing
    }<p part="meta" class="meta">${article.author ? byline(article.author.name, context) : nothing} <span part="published">${fill(t.published, { date: time(article.publishedAt, lang) })}</span> ${
      article.updatedAt
        ? html`<span part="updated">${
            updatedAgo ? fill(t.updatedAgo, { time: time(article.updatedAt, lang, true) }) : fill(t.updated, { date: time(article.updatedAt, lang) })
          }</span>`
        : nothing
    } ${article.readingTimeMinutes ? readingTime(article.readingTimeMinutes, context) : nothing} ${
      views !== undefined ? html`<span part="views">${context.plural(t.views, views, formatNumber(views, lang, true))}</span>` : nothing
    }</p>${
      article.tags.length
        ? html`<news-tag-list part="tags" exportparts=${TAGS_EXPORTS} .data=${article.tags} link-target=${this.linkTarget} theme=${this.innerTheme}></news-tag-list>`
        : nothing
    }</header>${
      article.image
        ? html`<figure part="figure">${picture(article.image, 'image')}${
            article.image.caption ? html`<figcaption part="caption" lang=${textLang} dir=${textDir}>${article.image.caption}</figcaption>` : nothing
          }</figure>`
        : nothing
    }${
      article.bodyHtml
        ? html`<div part="body" class="body" lang=${textLang} dir=${textDir}>${
            this.body === BODY_UNAVAILABLE
              ? html`<p part="body-unavailable" class="unavailable" lang=${lang} dir=${context.dir}>${t.bodyUnavailable}</p>`
              : (this.body ?? nothing)
          }</div>`
        : nothing
    }<footer part="footer">${
      article.source
        ? html`<p part="source">${fill(t.source, { source: this.link(article.source.url, html`<bdi>${article.source.name}</bdi>`, 'source-link') })}</p>`
        : nothing
    }${
      article.disclosure
        ? html`<p part="disclosure" lang=${textLang} dir=${textDir}>${this.link(article.disclosure.url, article.disclosure.text, 'disclosure-link')}</p>`
        : nothing
    }${
      article.author
        ? html`<news-author-bio part="author" exportparts=${AUTHOR_EXPORTS} .data=${article.author} heading-level=${below} link-target=${this.linkTarget} theme=${
            this.innerTheme
          }></news-author-bio>`
        : nothing
    }${
      related || hasEndpoint(this.source)
        ? html`<news-related-articles part="related" exportparts=${RELATED_EXPORTS} .data=${related} article=${article.slug} endpoint=${this.endpoint ?? nothing} provider=${
            this.provider ?? nothing
          } api-key=${this.apiKey ?? nothing} heading-level=${below} link-target=${this.linkTarget} link-params=${this.linkQuery || nothing} theme=${
            this.innerTheme
          } @news-load=${stopAtBoundary}></news-related-articles>`
        : nothing
    }</footer></article>`;
  }

  protected renderSkeleton() {
    // The article's own boxes down to the hero image, then the body's first paragraphs. An article
    // is longer than a screen, and its skeleton is at least a screen long (see the styles): what
    // follows it on the page is out of sight until the article arrives, so its growth moves nothing
    // the reader sees.
    return html`<article><header><p class="section">${textBone(TYPICAL_SECTION)}</p><p class="title">${textBone(TYPICAL_ARTICLE_TITLE)}</p><p class="summary">${textBone(
      TYPICAL_ARTICLE_SUMMARY,
    )}</p><p class="meta"><span>${textBone(TYPICAL_BYLINE)}</span><span>${textBone(TYPICAL_DATE + 10)}</span><span>${textBone(
      TYPICAL_READING_TIME,
    )}</span></p><p class="tags"><span class="bone"></span><span class="bone"></span><span class="bone"></span></p></header><div class="media bone"></div><div class="body">${Array.from(
      { length: 3 },
      () => html`<p>${textBone(400)}</p>`,
    )}</div></article>`;
  }
}

/** What the body is when the code that sanitizes it could not be loaded. */
const BODY_UNAVAILABLE = Symbol();
/**
 * What the body is while the server's rendering of it is on screen: Lit, hydrating, keeps the
 * server's nodes for this value, and replaces them once the body is anything else (another
 * article's, or none while it is sanitized).
 */
const SERVER_BODY = Symbol();

/** `news-load` on `<news-article>` means the article loaded; its related strip's own load stays inside. */
function stopAtBoundary(event: Event): void {
  event.stopPropagation();
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
