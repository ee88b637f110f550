import { css, isServer, type CSSResultOrNative } from 'lit';
import { pageTheme, whenConfigured, type Theme } from '../config.js';

/** The light defaults: the host's own, and what a page-wide `light` puts back for a reader who prefers dark. */
const lightPalette = css`
  --_text: var(--news-color-text, #1b1d21);
  --_muted: var(--news-color-muted, #575c66);
  --_accent: var(--news-color-accent, #0b57d0);
  --_surface: var(--news-color-surface, #ffffff);
  --_border: var(--news-color-border, #d9dce1);
  --_skeleton: var(--news-color-skeleton, #e9ebef);
  --_error: var(--news-color-error, #b3261e);
  color-scheme: light;
`;

/** The dark defaults, for `theme="dark"`, a page-wide `dark`, and `prefers-color-scheme: dark` without either light. */
const darkPalette = css`
  --_text: var(--news-color-text, #e8eaed);
  --_muted: var(--news-color-muted, #b0b5bd);
  --_accent: var(--news-color-accent, #8ab4f8);
  --_surface: var(--news-color-surface, #1e2024);
  --_border: var(--news-color-border, #3c4043);
  --_skeleton: var(--news-color-skeleton, #2f3237);
  --_error: var(--news-color-error, #f2b8b5);
  color-scheme: dark;
`;

/**
 * Shared by every element (Lit adopts one constructed stylesheet per class, never parsed per instance).
 * Public knobs are `--news-*` custom properties, which inherit from the host page; the private
 * `--_*` copies hold the defaults so that a page can override one colour without restating all.
 *
 * The host page's rules reach the host element (a `* { … }` reset, a rule on the tag name), and
 * through it, by inheritance, everything inside. Where the line is between what a page may set and
 * what it cannot:
 * - Nothing of the page's type is inherited but the font family (on purpose): the host declares
 *   its own size, line height, colour, weight and style, and a declaration beats an inherited value,
 *   so `body { font-size: 20px; color: purple }` stops at the element.
 * - A page's rule on the element may set that typography: `font-size`, `line-height`, `color`,
 *   `font-weight`, `font-style` (and `font-family`), alone or through `font`. The page's rules outrank
 *   the host's own (normal) declarations, so `news-article-card { font-size: 18px }` applies; sizes
 *   inside are in `em` of it (never `rem`, which a page's root font size would change). CSS cannot
 *   tell such a rule from `* { font-size: 20px }`, which applies too.
 * - The other text properties break a widget's layout or script when set on the whole of it (case,
 *   letter and word spacing, alignment, indent, white space and line breaking, hyphens, shadow,
 *   decoration, small caps, cursor): no page means `* { text-transform: uppercase }` or
 *   `letter-spacing: 1em` for a widget, and a letter-spaced Arabic title no longer joins. They are set
 *   with `!important`, which a page's rules cannot beat (in the cascade, an important declaration of
 *   a shadow tree wins over the page's, important or not); a page sets them on a piece through
 *   `::part()`, where they apply.
 * The host's own box (display, margins, width) stays the page's to set; its `::before` and `::after`
 * do not exist (a page's `*::before { content: … }` would put text above the content).
 *
 * The host is its content's query container, so that the layout follows the element's width. A
 * container's content does not count towards its intrinsic width: wherever a page sizes the element
 * by its content (a flex row, an inline-block, a float, a grid `auto` track, an absolutely positioned
 * box, a table cell), it would be 0 px wide. So the host says how wide it would like to be
 * (`contain-intrinsic-inline-size`: 20em, a card's width; an element that wants more says so), and
 * `max-inline-size: 100%` keeps it inside a narrower container. That width is the same for the
 * skeleton and the content, so nothing beside the element moves when the content arrives. (A wrapper
 * inside as the container would not help: the host would take the wrapper's intrinsic width, none.)
 * Engines without the property (Safari before 17) get no container instead: the element keeps its
 * content's width everywhere, and lays itself out as in a narrow container.
 *
 * Also here: `.frame`, the wrapper that carries the shadow content's own `lang` and `dir` (with no
 * box of its own); the "opens in a new tab" arrow, which points forward and so is mirrored in right
 * to left; and forced colours (Windows high contrast), where the system's colours replace ours, so
 * what a background drew (the skeleton) takes a system colour and cards and buttons keep borders.
 */
export const tokens = css`
  :host {
    ${lightPalette}
  }
  :host {
    --_font: var(--news-font-family, inherit);
    --_heading-font: var(--news-font-family-heading, var(--_font));
    --_radius: var(--news-radius, 8px);
    --_space-1: var(--news-space-1, 0.25em);
    --_space-2: var(--news-space-2, 0.5em);
    --_space-3: var(--news-space-3, 1em);
    --_space-4: var(--news-space-4, 1.5em);
    --_focus: var(--news-focus-ring, 2px solid var(--_accent));
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    contain-intrinsic-inline-size: 20em;
    max-inline-size: 100%;
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--news-font-size, medium);
    line-height: var(--news-line-height, 1.5);
    color: var(--_text);
    font-weight: normal;
    font-style: normal;
    font-variant: normal !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    text-decoration: none !important;
    white-space: normal !important;
    word-break: normal !important;
    overflow-wrap: normal !important;
    hyphens: manual !important;
    cursor: auto !important;
  }
  /* With the hosts, the placeholder cards' hosts of <news-related-articles>, which stand for them. */
  @supports not (contain-intrinsic-inline-size: 1px) {
    :host,
    .card-host {
      container-type: normal;
    }
  }
  :host::before,
  :host::after {
    content: none !important;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  .frame {
    display: contents;
  }
  /* The elements inside one (an article's tags, author bio and strip, a strip's cards: each exports
     its parts) take its typography, so that a page's rule on the outer element reaches them too. */
  [exportparts] {
    font: inherit;
    color: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* A heading's placeholder in a skeleton is a paragraph with the heading's font, so it wraps like the heading. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  .skeleton .title {
    font-family: var(--_heading-font);
    font-weight: 700;
  }
  a {
    color: var(--_accent);
  }
  a:focus-visible,
  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The section name above a title (card and article). Arabic and Hebrew script must not be spaced out. */
  .section {
    color: var(--_accent);
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .section:dir(rtl) {
    letter-spacing: normal;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* An inline block: the link's underline does not run under it. */
  .new-tab {
    display: inline-block;
    margin-inline-start: 0.25em;
    font-size: 0.85em;
  }
  .new-tab:dir(rtl) {
    transform: scaleX(-1);
  }
  /* Chromium before 120 has no :dir(): the closest dir attribute decides instead (each element writes one). */
  @supports not selector(:dir(rtl)) {
    [dir='rtl'] .section,
    .section[dir='rtl'] {
      letter-spacing: normal;
    }
    [dir='rtl'] .new-tab {
      transform: scaleX(-1);
    }
  }

  /* States */
  .skeleton,
  .error,
  .empty {
    display: grid;
    gap: var(--_space-2);
  }
  .bone {
    background: var(--_skeleton);
    border-radius: calc(var(--_radius) / 2);
    block-size: 1em;
  }
  .bone.media {
    block-size: auto;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
  }
  /* Placeholder words (see skeleton.ts): one band a line, as tall as the text's letters. */
  .bone.text {
    color: transparent;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .bone.text::before {
    content: attr(data-words);
  }
  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.4s ease-in-out infinite;
    }
    @keyframes pulse {
      50% {
        opacity: 0.55;
      }
    }
  }
  .error,
  .empty {
    justify-items: start;
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .error p {
    margin: 0;
  }
  .error .message {
    color: var(--_error);
    font-weight: 600;
  }
  .error .detail {
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: calc(var(--_radius) / 2);
    padding: var(--_space-1) var(--_space-3);
    cursor: pointer;
  }

  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible {
      outline: 2px solid Highlight;
    }
    button,
    .error,
    .empty {
      border: 1px solid ButtonText;
    }
    .skeleton .bone {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
`;

/**
 * The page-wide theme (configure({ theme }), else `<meta name="news-widgets:theme">`, as config.ts
 * reads it): one constructed style sheet that every element adopts, rewritten when the page's theme
 * changes, so that the elements already on the page follow at once, without rendering again. An
 * element's own `theme` (`light`, `dark` or `auto`) wins: these rules pass it by, and outrank the
 * reader's `prefers-color-scheme` (one more attribute test than its rule above). On a server there
 * is no sheet to rewrite: news-widgets/ssr writes the page-wide theme as the element's `theme`.
 */
export const pageThemeSheet: CSSResultOrNative = isServer ? css`` : new CSSStyleSheet();
let shownTheme: Theme = 'auto';

/** Writes the page's theme (see `pageTheme`) into the sheet, when it is not the one there already. */
export function showPageTheme(): void {
  const theme = pageTheme();
  if (isServer || theme === shownTheme) return;
  shownTheme = theme;
  const [other, palette] = theme === 'dark' ? ['light', darkPalette] : ['dark', lightPalette];
  (pageThemeSheet as CSSStyleSheet).replaceSync(theme === 'auto' ? '' : `:host(:not([theme=${other}]):not([theme=auto])){${palette.cssText}}`);
}

// A new configure({ theme }) restyles the elements already on the page at once.
whenConfigured(showPageTheme);
