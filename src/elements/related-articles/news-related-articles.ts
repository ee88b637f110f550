import { html, nothing, type PropertyDeclarations } from 'lit';
import { oneOf } from '../../config.js';
import { validateSummaryArray, type ArticleSummary } from '../../data/contract.js';
import { LIMIT_MAX, LIMIT_MIN, loadArticles, loadRelated } from '../../data/loaders.js';
import { checkCountAttribute, emptyAttribute, waitsForKey, type ModelQuery } from '../../internal/attributes.js';
import type { RenderContext } from '../../internal/language-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { CARD_PARTS, exportParts } from '../../internal/parts.js';
import { cardSkeleton, textBone } from '../../internal/skeleton.js';
import { heading } from '../../internal/templates.js';
import { styles } from './news-related-articles.styles.js';

/** Each card's parts, exported as the strip's `card-…` (see internal/parts.ts). */
const CARD_EXPORTS = exportParts('card', CARD_PARTS);
const LAYOUTS = ['strip', 'grid', 'list'];

/** A placeholder card in a list item, as wide and tall as a card's item (a container, as a card's host is). */
const placeholder = (className = '') => html`<li class=${className}><div class="card-host">${cardSkeleton()}</div></li>`;

/**
 * `.data` takes an `ArticleSummary[]`. The strip asks for the whole list in one request and renders
 * each item as a `<news-article-card>` with the same `link-target`, `link-params` and `theme`. As a
 * strip, the cards sit in one row that scrolls sideways (by touch, trackpad, or the keyboard once a
 * card has the focus) when they do not fit; as a grid, they wrap into as many columns as the
 * container's width holds (container queries: the layout follows the element's width, not the
 * viewport's); as a list, for sidebars and other containers under about 22em, each card is a compact
 * row (a thumbnail, the title and the date) and nothing scrolls sideways. When fewer articles than
 * `limit` arrive after the skeleton, the cards keep the places the skeleton gave them and the rest
 * stays empty, so nothing on the page moves.
 *
 * @summary A strip, grid or list of article cards: related to an article, or the latest with a tag.
 * @tagname news-related-articles
 *
 * @fires {NewsLoadEvent} news-load - The list was loaded from the network (one request for the whole strip). `detail` is the `ArticleSummary[]`.
 * @fires {NewsClickEvent} news-click - From one of its cards: the reader clicked it, or opened it with the middle button. `detail.position` is the card's place in the strip (from 1). Cancelable (not a middle click, nor a click with Ctrl, ⌘, Shift or Alt).
 * @fires {NewsImpressionEvent} news-impression - From one of its cards: at least half of it was in view for one continuous second. Once per card per page view; `detail.position` is the card's place in the strip (from 1).
 *
 * @slot heading - Replaces the heading's text ("Related articles").
 * @slot empty - Replaces the empty state's text ("No related articles yet.").
 *
 * @csspart section - The whole block.
 * @csspart heading - The heading.
 * @csspart list - The list of cards (a scroller in a strip, rows in a grid or a list).
 * @csspart item - Each `<li>` of a card.
 * @csspart card - Each `<news-article-card>`; the parts inside it are the `card-…` parts below.
 * @csspart empty - Shown when there is nothing to list.
 * @csspart card-card - The `card` part of each card: every part of `<news-article-card>` is exported with `card-` before its name.
 * @csspart card-media - The `media` part of each card.
 * @csspart card-image - The `image` part of each card.
 * @csspart card-content - The `content` part of each card.
 * @csspart card-section - The `section` part of each card.
 * @csspart card-title - The `title` part of each card.
 * @csspart card-link - The `link` part of each card.
 * @csspart card-summary - The `summary` part of each card.
 * @csspart card-meta - The `meta` part of each card.
 * @csspart card-byline - The `byline` part of each card.
 * @csspart card-date - The `date` part of each card.
 * @csspart card-reading-time - The `reading-time` part of each card.
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

  /** `strip` (one row that scrolls sideways), `grid` (rows of cards) or `list` (compact rows, for sidebars: 6em a row, below a heading of 3.125em). Any other value is a `config` error. */
  layout: 'strip' | 'grid' | 'list' = 'strip';

  /** Level of the strip's heading; the cards' titles are one level below. */
  headingLevel = 2;

  /** The skeleton was shown: the list keeps its `limit` places from then on. */
  #keepPlaces = false;

  /** Related to `article`, else the latest with `tag` (or all of `src`'s). */
  protected readonly query: ModelQuery<ArticleSummary[]> = {
    key: () => (waitsForKey(this, this.article, this.tag) ? undefined : [this.article, this.tag, this.limit]),
    load: (source, signal) => {
      const article = this.article?.trim();
      const tag = this.tag?.trim();
      if (article) return loadRelated(source, article, this.limit, signal);
      if (tag || source.src) return loadArticles(source, { tag, limit: this.limit }, signal);
      // Present but blank (`article=""`): a template that had nothing to put there.
      return Promise.reject(emptyAttribute(this, this.article != null ? 'article' : 'tag'));
    },
  };
  protected readonly validate = validateSummaryArray;

  protected override checkInputs(): void {
    checkCountAttribute(this, 'limit', LIMIT_MIN, LIMIT_MAX);
    oneOf(this.layout, LAYOUTS, 'The layout attribute', 'layout');
  }

  protected override readonly empty = 'related';

  // The strip's list scrolls sideways, and Firefox makes every scroller a Tab stop of its own, even
  // one full of links: an unnamed extra stop before the cards. Focusing a card's link scrolls the
  // strip to it, so the list is taken out of the Tab order (as Chromium and WebKit leave it).
  protected renderModel(items: ArticleSummary[], { t }: RenderContext) {
    // A limit that is not a whole number from 1 to 100 never gets here: it is a config error (checkInputs).
    const places = this.limit;
    const shown = items.slice(0, places);
    // The places of the skeleton that no article fills stay, invisible, so that the cards keep the
    // skeleton's width and the list its height (a list shown without a skeleton has no such places).
    // Each card is told the layout: in a list, it lays itself out as a compact row (see cardStyles).
    const spares = this.#keepPlaces ? places - shown.length : 0;
    // An id is unique within its shadow root, so every strip's heading can have the same one.
    return html`<section part="section" aria-labelledby="heading">${heading(this.headingLevel, html`<slot name="heading">${t.related}</slot>`, 'heading', { id: 'heading' })}<ul part="list" tabindex="-1">${shown.map(
      (item, index) =>
        html`<li part="item"><news-article-card part="card" exportparts=${CARD_EXPORTS} .data=${item} position=${index + 1} heading-level=${this.headingLevel + 1} link-target=${this.linkTarget} link-params=${
          this.linkQuery || nothing
        } theme=${this.innerTheme} layout=${this.layout}></news-article-card></li>`,
    )}${Array.from({ length: spares }, () => placeholder('spare'))}</ul></section>`;
  }

  protected renderSkeleton() {
    // The strip's own boxes: its heading, and one placeholder card for each card to come, each in a
    // container as wide as a card's host, so that it follows the card's container queries.
    this.#keepPlaces = true;
    return html`<p class="title">${textBone(16)}</p><ul>${Array.from({ length: this.limit }, () => placeholder())}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-related-articles': NewsRelatedArticles;
  }
}
