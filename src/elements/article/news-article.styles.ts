import { css } from 'lit';

// Code blocks read in the direction of their own characters, line by line (unicode-bidi: plaintext).

export const styles = css`
  /* Its width where the page sizes it by its content (see tokens.ts): lines of about 60 characters. */
  :host {
    contain-intrinsic-inline-size: 30em;
  }
  article {
    display: grid;
    gap: var(--_space-4);
    max-inline-size: var(--news-article-max-width, 46em);
    margin-inline: auto;
    overflow-wrap: break-word;
  }
  /* Grid items default to their content's width: let long words, tables and code wrap or scroll instead. */
  article > *,
  header > *,
  footer > * {
    min-inline-size: 0;
  }
  header {
    display: grid;
    gap: var(--_space-2);
  }
  header > p,
  .title {
    margin: 0;
  }
  .section {
    font-size: 0.85em;
  }
  .title {
    font-size: clamp(1.6em, 4cqi, 2.4em);
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .summary {
    font-size: 1.15em;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
  }
  /* The hero image's figure, and those of the body. */
  figure {
    margin: 0;
  }
  figure img {
    display: block;
    inline-size: 100%;
    border-radius: var(--_radius);
  }
  figcaption {
    margin-block-start: var(--_space-2);
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* It breaks long words as the whole article does (overflow-wrap is inherited). */
  .body {
    font-size: 1.075em;
  }
  /* Every image is bounded as this by tokens.ts; a video only comes in a body. */
  .body video {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: var(--_space-3);
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  .body .unavailable {
    color: var(--_muted);
    font-style: italic;
  }
  .body pre {
    overflow-x: auto;
    unicode-bidi: plaintext;
    padding: var(--_space-3);
    background: var(--_skeleton);
    border-radius: calc(var(--_radius) / 2);
  }
  .body table {
    display: block;
    overflow-x: auto;
    border-collapse: collapse;
  }
  .body th,
  .body td {
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    text-align: start;
  }
  footer {
    display: grid;
    gap: var(--_space-3);
    border-block-start: 1px solid var(--_border);
    padding-block-start: var(--_space-3);
  }
  footer > p {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /*
   * The skeleton is the article's grid, at least as tall as the largest viewport (lvh: with a
   * phone's browser bars hidden), so that what follows the article is below the fold until it loads.
   */
  .skeleton {
    display: block;
  }
  .skeleton article {
    min-block-size: 100lvh;
    align-content: start;
  }
  .skeleton .tags {
    display: flex;
    gap: var(--_space-2);
  }
  .skeleton .tags .bone {
    inline-size: 5em;
    block-size: 1.7em;
    border-radius: 999px;
  }
  .skeleton .body p {
    margin-block: 0 1em;
  }
`;
