import { css, html, type TemplateResult } from 'lit';

// Skeletons take the space of the content they stand for, at every container width. They do so by
// being the content's own boxes: the same elements and classes (so the same fonts, line heights,
// paddings, gaps and container queries), with placeholder words where the text will be. The words
// are transparent on a skeleton-coloured band that breaks with each line, so a placeholder wraps
// exactly as a text of its length does, and draws one bar per line. The words are generated content
// (`::before`), not text: no reader, search or copy ever meets them.

/** Word lengths that average English prose (about 4.7 letters a word), in an order that wraps like it. */
const WORD_LENGTHS = [4, 7, 3, 5, 9, 2, 6, 4, 8, 3, 5, 6, 2, 7, 4];

/** Placeholder words, `chars` characters long, spaces included. */
export function placeholderWords(chars: number): string {
  let text = '';
  for (let i = 0; text.length < chars; i++) text += `${'x'.repeat(WORD_LENGTHS[i % WORD_LENGTHS.length])} `;
  return text.slice(0, chars).trim();
}

/** A band of placeholder text, `chars` long, to put where a text of about that length will be. */
export function textBone(chars: number): TemplateResult {
  return html`<span class="bone text" data-words=${placeholderWords(chars)}></span>`;
}

/**
 * How long typical texts are, in characters. A text of its kind longer or shorter than this makes its
 * element grow or shrink by a line or so when it arrives; the elements whose text is clamped (cards)
 * do not. One constant each, rather than one object: the build writes each number where it is used.
 */
export const TYPICAL_SECTION = 7;
export const TYPICAL_BYLINE = 16;
export const TYPICAL_DATE = 14;
export const TYPICAL_READING_TIME = 10;
export const TYPICAL_ARTICLE_TITLE = 75;
export const TYPICAL_ARTICLE_SUMMARY = 150;
export const TYPICAL_AUTHOR_NAME = 13;
export const TYPICAL_AUTHOR_ROLE = 22;
export const TYPICAL_AUTHOR_BIO = 225;
export const TYPICAL_LINK_LABEL = 8;

/**
 * The skeleton of a card: the card's own structure (`cardStyles`), with a 16:9 image box and text
 * bands as long as a typical section, title, summary, byline, date and reading time. The card's
 * text boxes have a fixed number of lines, so this takes exactly the space of any card.
 */
export function cardSkeleton(): TemplateResult {
  return html`<div class="card"><div class="media bone"></div><div class="content"><p class="section">${textBone(TYPICAL_SECTION)}</p><p class="title">${textBone(
    TYPICAL_ARTICLE_TITLE,
  )}</p><p class="summary">${textBone(TYPICAL_ARTICLE_SUMMARY)}</p><p class="meta"><span>${textBone(TYPICAL_BYLINE)}</span> <time>${textBone(
    TYPICAL_DATE,
  )}</time> <span>${textBone(TYPICAL_READING_TIME)}</span></p></div></div>`;
}

/**
 * The card's layout, shared by `<news-article-card>` and the placeholder cards of
 * `<news-related-articles>` (scoped to `.card`, so that it can live beside another element's own
 * classes). Stacked (image above text) in a narrow container, side by side from 36em. The title,
 * summary and byline always take 3, 3 and 2 lines (longer ones are clamped, shorter ones leave the
 * lines empty): every card of a list has the same height, and a card takes the space of its
 * skeleton whatever its text. Those heights are in `lh`, after the same in `em` (at the default line
 * height) for engines without the unit (Firefox before 120), which drop the `lh` declaration.
 */
export const cardStyles = css`
  .card {
    position: relative;
    display: grid;
    grid-template-rows: auto 1fr;
    block-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .card:has(a:focus-visible) {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  /* The image fills the box and never sizes it (in a table cell, WebKit gives it its own height). */
  .card .media {
    contain: size;
    aspect-ratio: 16 / 9;
    border-radius: 0;
    background: var(--_skeleton);
  }
  .card .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .card .content {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-3);
  }
  /* Each text box of a card clips what goes past the lines it has. */
  .card .content > * {
    margin: 0;
    overflow: hidden;
  }
  /*
   * Title and summary are clamped to three lines, so that every card of a row keeps the same height.
   * Only the card's own (they have a part): a placeholder's bars are clipped with no ellipsis, which
   * the clamp would draw in the text's colour after the last bar shown.
   */
  .card [part]:is(.title, .summary) {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
  }
  .card .title {
    font-size: 1.15em;
    line-height: 1.3;
    block-size: 3.9em;
    block-size: 3lh;
  }
  .card .title a {
    color: inherit;
    text-decoration: none;
  }
  .card .title a:hover {
    text-decoration: underline;
  }
  .card .title a:focus-visible {
    outline: none;
  }
  /* Without :has() (Firefox before 121), the ring is drawn inside the card, by the link's cover. */
  @supports not selector(:has(a)) {
    .card .title a:focus-visible::after {
      outline: var(--_focus);
      outline-offset: -3px;
      border-radius: var(--_radius);
    }
  }
  /* The title's link covers the whole card, so the card is one target and one tab stop. */
  .card .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .card .summary {
    color: var(--_muted);
    block-size: 4.5em;
    block-size: 3lh;
  }
  /* Two lines, at the bottom of the card: a byline that fits on one sits on the second. */
  .card .meta {
    margin-block-start: auto;
    display: flex;
    flex-wrap: wrap;
    align-content: end;
    gap: 0 var(--_space-2);
    block-size: 3em;
    block-size: 2lh;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .skeleton .card .media {
      background: GrayText;
    }
    .card:has(a:focus-visible) {
      outline: 2px solid Highlight;
    }
  }
  @container (min-width: 36em) {
    .card {
      grid-template-columns: minmax(12em, 2fr) 3fr;
      grid-template-rows: auto;
    }
    .card .media {
      aspect-ratio: auto;
      min-block-size: 100%;
    }
  }
  /*
   * A compact row, for <news-related-articles layout="list">, which marks its cards so: exactly 5.5em
   * tall, a thumbnail beside the title (3 lines at most) and the date; no section, summary, byline or
   * reading time. The same rules lay out the list's placeholder cards (the host is then the list).
   */
  :host([layout='list']) .card {
    grid-template: 1fr / 5.5em 1fr;
    gap: 0 0.75em;
    block-size: 5.5em;
    border: 0;
    border-radius: 0;
  }
  :host([layout='list']) .card .media {
    aspect-ratio: auto;
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
  }
  :host([layout='list']) .card .content {
    padding: 0;
    gap: var(--_space-1);
  }
  :host([layout='list']) .card .title {
    font-size: 1em;
    line-height: 1.25;
    block-size: auto;
    max-block-size: 3.75em;
  }
  :host([layout='list']) .card .meta {
    margin: 0;
    block-size: auto;
  }
  :host([layout='list']) .card :is(.section, .summary, .meta > :not(time)) {
    display: none;
  }
`;
