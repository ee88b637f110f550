import { css } from 'lit';
import { cardStyles } from '../../internal/skeleton.js';

export const styles = css`
  ${cardStyles}
  .title {
    margin: 0;
    margin-block-end: var(--_space-3);
    font-size: 1.25em;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--_space-3);
  }
  /* A strip scrolls sideways when narrow; a grid wraps. Both adapt to the container, not the viewport. */
  :host(:not([layout='grid'])) ul {
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--news-related-card-width, 15em), 1fr);
    overflow-x: auto;
    overscroll-behavior-inline: contain;
    scroll-snap-type: inline mandatory;
    padding-block-end: var(--_space-2);
  }
  /*
   * Cards snap only in a strip that runs left to right. WebKit, snapping one that runs right to left
   * while its cards lay themselves out (they are containers), loses its place and opens it scrolled
   * to the middle or the end, the first card out of sight.
   */
  :host(:not([layout='grid'])) [dir='ltr'] li {
    scroll-snap-align: start;
  }
  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-related-card-width, 15em)), 1fr));
  }
  /* The skeleton is laid out as the section: its heading's margin, then the list. */
  .skeleton {
    display: block;
  }
  /* A placeholder card's host: what <news-article-card> is to a card (a container, as tall as its row). */
  .card-host {
    container-type: inline-size;
    block-size: 100%;
  }
`;
