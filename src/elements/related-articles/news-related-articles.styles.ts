import { css } from 'lit';

export const styles = css`
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
  :host(:not([layout='grid'])) li {
    scroll-snap-align: start;
  }
  :host([layout='grid']) ul {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--news-related-card-width, 15em)), 1fr));
  }
  .cards {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: minmax(var(--news-related-card-width, 15em), 1fr);
    overflow: hidden;
    gap: var(--_space-3);
  }
  .cards .card {
    display: grid;
    gap: var(--_space-2);
    align-content: start;
  }
`;
