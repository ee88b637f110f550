import { html, nothing, type PropertyDeclarations } from 'lit';
import { validateSummaryArray, type ArticleSummary } from '../../data/contract.js';
import { NewsError } from '../../data/errors.js';
import { loadArticles, loadRelated, type Source } from '../../data/loaders.js';
import type { Strings } from '../../i18n/en.js';
import { NewsElement, type RenderContext } from '../../internal/news-element.js';
import { cardSkeleton, textBone } from '../../internal/skeleton.js';
import { heading } from '../../internal/templates.js';
import { styles } from './news-related-articles.styles.js';

let headingIds = 0;

/**
 * `.data` takes an `ArticleSummary[]`. The strip asks for the whole list in one request and renders
 * each item as a `<news-article-card>` with the same `link-target`, `link-params` and `theme`. As a
 * strip, the cards sit in one row that scrolls sideways (by touch, trackpad, or the keyboard once a
 * card has the focus) when they do not fit; as a grid, they wrap into as many columns as the
 * container's width holds (container queries: the layout follows the element's width, not the
 * viewport's).
 *
 * @summary A strip (or grid) of article cards: related to an article, or the latest with a tag.
 * @tagname news-related-articles
 *
 * @fires {NewsLoadEvent} news-load - The list was loaded from the network (one request for the whole strip). `detail` is the `ArticleSummary[]`.
 * @fires {NewsClickEvent} news-click - From one of its cards: the reader clicked it. `detail.position` is the card's place in the strip (from 1). Cancelable.
 * @fires {NewsImpressionEvent} news-impression - From one of its cards: at least half of it was in view for one continuous second. Once per card per page view; `detail.position` is the card's place in the strip (from 1).
 *
 * @slot heading - Replaces the heading's text ("Related articles").
 * @slot empty - Replaces the empty state's text ("No related articles yet.").
 *
 * @csspart section - The whole block.
 * @csspart heading - The heading.
 * @csspart list - The list of cards (a scroller in a strip, rows in a grid).
 * @csspart item - Each `<li>`.
 * @csspart card - Each `<news-article-card>` (style its inside through its own parts).
 * @csspart empty - Shown when there is nothing to list.
 *
 * @cssprop [--news-related-card-width=15em] - The narrowest a card gets: a strip scrolls, and a grid starts a new row, rather than go narrower.
 */
export class NewsRelatedArticles extends NewsElement<ArticleSummary[]> {
  static override styles = [...NewsElement.styles, styles];

  static override properties: PropertyDeclarations = {
    article: {},
    tag: {},
    limit: { type: Number },
    layout: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Slug of the article to show related articles for. */
  article?: string;

  /** Slug of a tag: show the latest articles with it (when `article` is absent). */
  tag?: string;

  /** How many articles to show. */
  limit = 4;

  /** `strip` (one scrolling row) or `grid`. */
  layout: 'strip' | 'grid' = 'strip';

  /** Level of the strip's heading; the cards' titles are one level below. */
  headingLevel = 2;

  #headingId = `news-related-heading-${++headingIds}`;

  protected loadKey(): unknown[] {
    return [this.article, this.tag, this.limit];
  }

  protected load(source: Source, signal: AbortSignal): Promise<ArticleSummary[]> {
    if (this.article) return loadRelated(source, this.article, this.limit, signal);
    if (this.tag || source.src) return loadArticles(source, { tag: this.tag, limit: this.limit }, signal);
    return Promise.reject(
      new NewsError('config', '<news-related-articles> needs an article or a tag attribute (or a .data list).', { field: 'article' }),
    );
  }

  protected validate(data: unknown): ArticleSummary[] {
    return validateSummaryArray(data);
  }

  protected override isEmpty(items: ArticleSummary[]): boolean {
    return items.length === 0;
  }

  protected override emptyText(t: Strings): string {
    return t.empty.related;
  }

  // The strip's list scrolls sideways, and Firefox makes every scroller a Tab stop of its own, even
  // one full of links: an unnamed extra stop before the cards. Focusing a card's link scrolls the
  // strip to it, so the list is taken out of the Tab order (as Chromium and WebKit leave it).
  protected renderModel(items: ArticleSummary[], { t }: RenderContext) {
    return html`<section part="section" aria-labelledby=${this.#headingId}>${heading(this.headingLevel, html`<slot name="heading">${t.related}</slot>`, 'heading', {
      id: this.#headingId,
    })}<ul part="list" tabindex="-1">${items.slice(0, Math.max(1, this.limit)).map(
      (item, index) =>
        html`<li part="item"><news-article-card part="card" .data=${item} position=${index + 1} heading-level=${Math.min(6, this.headingLevel + 1)} link-target=${this.linkTarget} link-params=${
          this.linkQuery || nothing
        } theme=${this.theme ?? nothing}></news-article-card></li>`,
    )}</ul></section>`;
  }

  protected renderSkeleton() {
    // The strip's own boxes: its heading, and one placeholder card for each card to come, each in a
    // container as wide as a card's host, so that it follows the card's container queries.
    return html`<p class="title">${textBone(16)}</p><ul>${Array.from({ length: Math.max(1, this.limit) }, () => html`<li><div class="card-host">${cardSkeleton()}</div></li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-related-articles': NewsRelatedArticles;
  }
}
