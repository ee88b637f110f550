import { html, nothing, type PropertyDeclarations } from 'lit';
import { validateSummary, type ArticleSummary } from '../../data/contract.js';
import { loadArticle } from '../../data/loaders.js';
import { byAttribute, type ModelQuery } from '../../internal/attributes.js';
import { ImpressionController } from '../../internal/impressions.js';
import type { RenderContext } from '../../internal/language-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { cardSkeleton } from '../../internal/skeleton.js';
import { byline, heading, picture, readingTime, time } from '../../internal/templates.js';
import { styles } from './news-article-card.styles.js';

/**
 * `.data` takes an `ArticleSummary` (an `Article` fits too). The title's link covers the whole card,
 * so the card is one target and one tab stop. The card stacks its image above its text, and lays them
 * out side by side once its container is 36em wide (a container query, not the viewport's width).
 *
 * @summary One article as a card: image, section, title, summary, date, reading time, author.
 * @tagname news-article-card
 *
 * @fires {NewsLoadEvent} news-load - The article was loaded from the network. `detail` is the `ArticleSummary`.
 * @fires {NewsClickEvent} news-click - The reader clicked the card's link (or pressed Enter on it), or opened it with the middle button. `detail` is `{ slug, url, position, element }`; cancelable: `preventDefault()` keeps the browser from following the link, so the host can route the click itself (not for a middle click or a click with Ctrl, ⌘, Shift or Alt, which opens where the reader asked). A link opened from the browser's context menu or dragged away is not seen by the page, so not reported.
 * @fires {NewsImpressionEvent} news-impression - The card was seen: at least half of it in view for one continuous second while the page was visible (the IAB viewability rule). Once per card per page view, and only for a card that shows its article. `detail` is `{ slug, position, element }`.
 *
 * @csspart card - The card (an `<article>`).
 * @csspart media - The image's box (it keeps its 16:9 space when there is no image).
 * @csspart image - The article's image.
 * @csspart content - The text beside or under the image.
 * @csspart section - The section name.
 * @csspart title - The title heading.
 * @csspart link - The title's link (it covers the whole card).
 * @csspart summary - The summary.
 * @csspart meta - The byline, date and reading time.
 * @csspart byline - "By" and the author's name.
 * @csspart date - The publication date (`<time>`; "3 hours ago" within a week, written again every minute while the card is on the page; the date after).
 * @csspart reading-time - The reading time.
 */
export class NewsArticleCard extends NewsElement<ArticleSummary> {
  static override styles = [...NewsElement.styles, styles];

  static override properties: PropertyDeclarations = {
    slug: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    position: { type: Number },
  };

  /** Slug of the article to show. */
  slug?: string;

  /** Level of the title's heading. */
  headingLevel = 3;

  /** The card's 1-based position in its list, reported in `news-click` and `news-impression` (`<news-related-articles>` sets it). */
  position = 1;

  protected readonly impressions = new ImpressionController(this, () => (this.resource.status === 'loaded' ? this.model?.slug : undefined));

  protected readonly query: ModelQuery<ArticleSummary> = byAttribute(this, 'slug', loadArticle);
  protected readonly validate = validateSummary;

  protected renderModel(article: ArticleSummary, context: RenderContext) {
    // Title, summary, section and names are the publisher's text, in a language the card cannot
    // know (a summary has no `language`): each takes its direction from its own first letters.
    return html`<article part="card" class="card"><div part="media" class="media">${article.image ? picture(article.image, 'image') : nothing}</div><div part="content" class="content">${
      article.section ? html`<p part="section" class="section" dir="auto">${article.section}</p>` : nothing
    }${heading(this.headingLevel, this.link(article.url, article.title, 'link', { slug: article.slug, position: this.position }), 'title', { dir: 'auto' })}${
      article.summary ? html`<p part="summary" class="summary" dir="auto">${article.summary}</p>` : nothing
    }<p part="meta" class="meta">${article.author ? byline(article.author.name, context) : nothing} ${time(article.publishedAt, context.lang, true)} ${
      article.readingTimeMinutes ? readingTime(article.readingTimeMinutes, context) : nothing
    }</p></div></article>`;
  }

  protected renderSkeleton() {
    return cardSkeleton();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}
