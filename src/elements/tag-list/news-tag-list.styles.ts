import { css } from 'lit';

export const styles = css`
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a,
  span.tag {
    display: inline-block;
    padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
    line-height: 1.3;
    text-decoration: none;
  }
  a:hover {
    border-color: currentColor;
  }
  @media (forced-colors: active) {
    a,
    span.tag {
      border-color: CanvasText;
    }
  }
  button {
    font-size: 0.875em;
    line-height: 1.3;
    border-radius: 999px;
    padding: var(--_space-1) var(--_space-2);
  }
  /* A placeholder tag is a tag's box (padding, border, line height) around transparent words. */
  .skeleton {
    display: block;
  }
  span.tag.bone {
    block-size: auto;
    border-color: transparent;
  }
`;
