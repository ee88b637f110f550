import { css } from 'lit';

/** The dark defaults, for `theme="dark"` and for `prefers-color-scheme: dark` without `theme="light"`. */
const darkPalette = css`
  --_text: var(--news-color-text, #e8eaed);
  --_muted: var(--news-color-muted, #b0b5bd);
  --_accent: var(--news-color-accent, #8ab4f8);
  --_surface: var(--news-color-surface, #1e2024);
  --_border: var(--news-color-border, #3c4043);
  --_skeleton: var(--news-color-skeleton, #2f3237);
  --_error: var(--news-color-error, #f2b8b5);
`;

/**
 * Shared by every element (Lit adopts one constructed stylesheet per class, never parsed per instance).
 * Public knobs are `--news-*` custom properties, which inherit from the host page; the private
 * `--_*` copies hold the defaults so that a page can override one colour without restating all.
 */
export const tokens = css`
  :host {
    --_font: var(--news-font-family, inherit);
    --_text: var(--news-color-text, #1b1d21);
    --_muted: var(--news-color-muted, #575c66);
    --_accent: var(--news-color-accent, #0b57d0);
    --_surface: var(--news-color-surface, #ffffff);
    --_border: var(--news-color-border, #d9dce1);
    --_skeleton: var(--news-color-skeleton, #e9ebef);
    --_error: var(--news-color-error, #b3261e);
    --_radius: var(--news-radius, 8px);
    --_space-1: var(--news-space-1, 0.25rem);
    --_space-2: var(--news-space-2, 0.5rem);
    --_space-3: var(--news-space-3, 1rem);
    --_space-4: var(--news-space-4, 1.5rem);
    --_focus: var(--news-focus-ring, 2px solid var(--_accent));
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.5;
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
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* States */
  .skeleton {
    display: grid;
    gap: var(--_space-2);
  }
  .bone {
    background: var(--_skeleton);
    border-radius: calc(var(--_radius) / 2);
    block-size: 1em;
  }
  .bone.line {
    block-size: 0.9em;
    margin-block: 0.3em;
  }
  .bone.heading {
    block-size: 1.6em;
  }
  .bone.media {
    block-size: auto;
    inline-size: 100%;
    aspect-ratio: 16 / 9;
    border-radius: var(--_radius);
  }
  .bone.short {
    inline-size: 60%;
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
    display: grid;
    gap: var(--_space-2);
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
`;
