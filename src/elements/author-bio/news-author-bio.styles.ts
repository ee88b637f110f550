import { css } from 'lit';

export const styles = css`
  /* Its width where the page sizes it by its content (see tokens.ts): avatar and text side by side. */
  :host {
    contain-intrinsic-inline-size: 30em;
  }
  .bio {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: var(--_space-3);
    align-items: start;
  }
  .avatar {
    inline-size: 4em;
    block-size: 4em;
    border-radius: 50%;
    object-fit: cover;
    background: var(--_skeleton);
  }
  @media (forced-colors: active) {
    .initials {
      border: 1px solid CanvasText;
    }
  }
  .initials {
    display: grid;
    place-items: center;
    font-weight: 600;
    font-size: 1.25em;
    color: var(--_muted);
  }
  .text > * {
    margin: 0;
    margin-block-end: var(--_space-1);
  }
  .eyebrow {
    color: var(--_muted);
    font-size: 0.8em;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .eyebrow:dir(rtl) {
    letter-spacing: normal;
  }
  /* Chromium before 120 has no :dir(): the element's own dir attribute decides instead. */
  @supports not selector(:dir(rtl)) {
    [dir='rtl'] .eyebrow {
      letter-spacing: normal;
    }
  }
  .title {
    font-size: 1.125em;
  }
  .role {
    color: var(--_muted);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    padding: 0;
    list-style: none;
  }
  .skeleton .avatar {
    display: block;
  }
  @container (max-width: 20em) {
    .bio {
      grid-template-columns: 1fr;
    }
  }
`;
