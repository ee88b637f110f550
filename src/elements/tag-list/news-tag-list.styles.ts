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
  /* The "more" button is shaped as a tag. */
  a,
  span.tag,
  button {
    padding: var(--_space-1) var(--_space-2);
    border-radius: 999px;
    font-size: 0.875em;
    line-height: 1.3;
  }
  a,
  span.tag {
    display: inline-block;
    border: 1px solid var(--_border);
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
  /* A placeholder tag is a tag's box (padding, border, line height) around transparent words. */
  .skeleton {
    display: block;
  }
  span.tag.bone {
    block-size: auto;
    border-color: transparent;
  }
`;
