import { css } from 'lit';

// The title's link covers the whole card, so its focus ring is drawn around the card. Stacked (image
// above text) in a narrow container, side by side from 36em. Section names are spaced out, except
// in right-to-left text, where spacing would break the joins of Arabic script.

export const styles = css`
  :host {
    block-size: 100%;
  }
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
  .media {
    aspect-ratio: 16 / 9;
    background: var(--_skeleton);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .content {
    display: flex;
    flex-direction: column;
    gap: var(--_space-2);
    padding: var(--_space-3);
  }
  .content > * {
    margin: 0;
  }
  .title {
    font-size: 1.15em;
    line-height: 1.3;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
  }
  .title a:focus-visible {
    outline: none;
  }
  /* The title's link covers the whole card, so the card is one target and one tab stop. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  .summary {
    color: var(--_muted);
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .meta {
    margin-block-start: auto;
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
  }
  .skeleton {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    gap: var(--_space-2);
    padding-block-end: var(--_space-3);
  }
  .skeleton .bone:not(.media) {
    margin-inline: var(--_space-3);
  }
  .skeleton .media {
    border-radius: 0;
  }
  @media (forced-colors: active) {
    .card,
    .skeleton {
      border-color: CanvasText;
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
    .media {
      aspect-ratio: auto;
      min-block-size: 100%;
    }
  }
`;
