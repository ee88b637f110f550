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
  /*
   * A strip scrolls sideways when narrow; a grid wraps. Both adapt to the container, not the viewport.
   * A place no article came for is laid out as a card, so with fewer cards than places every card
   * keeps the width it had in the skeleton, and a strip scrolls as far as it did: a scrollbar that
   * takes space (Windows, Linux) neither appears nor goes away. It is no snap position, so a reader
   * scrolling sideways stops at the last card.
   */
  :host(:not([layout='grid']):not([layout='list'])) ul {
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
  :host(:not([layout='grid']):not([layout='list'])) [dir='ltr'] li:not(.spare) {
    scroll-snap-align: start;
  }
  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-related-card-width, 15em)), 1fr));
  }
  /* A place no article came for keeps its box (in a grid or a list, its row); hidden, it is neither seen nor read out. */
  .spare {
    visibility: hidden;
    overflow: hidden;
  }

  /*
   * A list: rows of 6em, each a compact card (see cardStyles) with a quarter em above and below, in
   * one column as wide as the list (an auto column would be no narrower than a card's own 20em).
   */
  :host([layout='list']) ul {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
  }
  :host([layout='list']) li {
    padding-block: 0.25em;
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
