import { html, nothing, type PropertyDeclarations } from 'lit';
import { validateTagArray, type Tag } from '../../data/contract.js';
import { loadArticle, loadTags } from '../../data/loaders.js';
import { checkCountAttribute, type ModelQuery } from '../../internal/attributes.js';
import type { RenderContext } from '../../internal/language-controller.js';
import { NewsElement } from '../../internal/news-element.js';
import { placeholderWords } from '../../internal/skeleton.js';
import { styles } from './news-tag-list.styles.js';

/** How many tags typically come: an article's, and an endpoint's whole list. */
const TYPICAL_ARTICLE_TAGS = 3;
const TYPICAL_ENDPOINT_TAGS = 12;
/** Lengths of typical tag names ("Climate", "Transport", "Food & Markets"), in characters. */
const TAG_LENGTHS = [6, 9, 7, 11, 5, 8, 12, 7];

/**
 * `.data` takes a `Tag[]`. A tag without `url` is shown as text. Past `max` tags, a "+N more" button
 * (with `aria-expanded`) shows the rest, and "Show fewer" hides them again.
 *
 * @summary Tags as links, with a "+N more" toggle past `max`.
 * @tagname news-tag-list
 *
 * @fires {NewsLoadEvent} news-load - The tags were loaded from the network. `detail` is the `Tag[]`.
 *
 * @slot empty - Replaces the empty state's text ("No tags.").
 *
 * @csspart list - The `<ul>` of tags.
 * @csspart item - Each `<li>` (a tag, or the toggle).
 * @csspart tag - Each tag link (or text, for a tag without URL).
 * @csspart more - The "+N more" / "Show fewer" toggle.
 * @csspart empty - Shown when there are no tags.
 */
export class NewsTagList extends NewsElement<Tag[]> {
  static override styles = [...NewsElement.styles, styles];

  static override properties: PropertyDeclarations = {
    article: {},
    max: { type: Number },
    // Internal state; `attribute: false` (implied by `state`) keeps it out of custom-elements.json's attributes.
    expanded: { state: true, attribute: false },
  };

  /** Slug of the article whose tags to show. Without it, the endpoint's tag list. */
  article?: string;

  /** How many tags to show before "+N more" (default: all). */
  max?: number;

  private expanded = false;

  /** An article's tags, else the endpoint's: the list never waits for a key. */
  protected readonly query: ModelQuery<Tag[]> = {
    key: () => [this.article],
    load: async (source, signal) => (this.article ? (await loadArticle(source, this.article, signal)).tags : loadTags(source, undefined, signal)),
  };
  protected readonly validate = validateTagArray;

  protected override checkInputs(): void {
    checkCountAttribute(this, 'max', 0, 1000);
  }

  protected override readonly empty = 'tags';

  protected renderModel(tags: Tag[], { t, plural }: RenderContext) {
    // A max that is not a whole number from 0 to 1000 never gets here: it is a config error (checkInputs).
    const max = this.max ?? Infinity;
    const hidden = tags.length - max;
    const shown = hidden > 0 && !this.expanded ? tags.slice(0, max) : tags;
    // Tag names may be in any language: each is isolated (`<bdi>`), taking its own direction.
    return html`<ul part="list" aria-label=${t.tags}>${shown.map(
      (tag) =>
        html`<li part="item">${tag.url ? this.link(tag.url, html`<bdi>${tag.name}</bdi>`, 'tag') : html`<span part="tag" class="tag" dir="auto">${tag.name}</span>`}</li>`,
    )}${
      hidden > 0
        ? html`<li part="item"><button part="more" type="button" aria-expanded=${String(this.expanded)} @click=${() => (this.expanded = !this.expanded)}>${
            this.expanded ? t.fewerTags : plural(t.moreTags, hidden)
          }</button></li>`
        : nothing
    }</ul>`;
  }

  protected renderSkeleton() {
    // The list's own boxes: as many tags as typically come (an article has about three; an
    // endpoint's list about a dozen), at most `max` and then the "+N more" button.
    const typical = this.article ? TYPICAL_ARTICLE_TAGS : TYPICAL_ENDPOINT_TAGS;
    const shown = Math.min(typical, this.max ?? Infinity);
    // The button's place ("+N more", 7 characters) after the tags, when there are more than `max`.
    const lengths = Array.from({ length: shown }, (_, index) => TAG_LENGTHS[index % TAG_LENGTHS.length]);
    if (typical > shown) lengths.push(7);
    return html`<ul>${lengths.map((length) => html`<li><span class="tag bone text" data-words=${placeholderWords(length)}></span></li>`)}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-tag-list': NewsTagList;
  }
}
