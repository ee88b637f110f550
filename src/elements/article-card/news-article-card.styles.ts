import { css } from 'lit';
import { cardStyles } from '../../internal/skeleton.js';

// The card's layout is shared with the placeholder cards of <news-related-articles> (internal/skeleton.ts).
// Its skeleton fills the host as the card does, so a card in a grid row stretches the same either way.

export const styles = css`
  ${cardStyles}
  :host {
    block-size: 100%;
  }
  .skeleton {
    block-size: 100%;
  }
`;
