import type { NewsError } from '../data/errors.js';

/** Fired when an element has loaded its model from the network. `detail` is the model. */
export class NewsLoadEvent<T = unknown> extends CustomEvent<T> {
  constructor(model: T) {
    super('news-load', { detail: model, bubbles: true, composed: true });
  }
}

/** Fired when an element fails to load or validate; `detail.error.code` says why. */
export class NewsErrorEvent extends CustomEvent<{ error: NewsError }> {
  constructor(error: NewsError) {
    super('news-error', { detail: { error }, bubbles: true, composed: true });
  }
}

/** What a `news-click` says about the article link that was clicked. */
export interface NewsClickDetail {
  /** The article's slug. */
  slug: string;
  /** The link's URL, with `link-params` applied. */
  url: string;
  /** 1-based position of the card in its list (1 for a card on its own). */
  position: number;
  /** The element whose link was clicked (the `<news-article-card>`). */
  element: HTMLElement;
}

/**
 * Fired when a reader clicks an article link (Enter on a focused link is a click) or opens it with
 * the middle button. Cancelable: a host that calls `preventDefault()` stops the browser from
 * following the link and routes the click itself. A middle click (a new tab) or a click with a
 * modifier key (Ctrl, ⌘, Shift, Alt: a new tab, a new window, a download) is reported but not
 * cancelable: the browser does what the reader asked. A link opened from the browser's context
 * menu, or dragged to another tab, never tells the page: it is not reported.
 */
export class NewsClickEvent extends CustomEvent<NewsClickDetail> {
  constructor(detail: NewsClickDetail, cancelable = true) {
    super('news-click', { detail, bubbles: true, composed: true, cancelable });
  }
}

/** What a `news-impression` says about the card that was seen. */
export interface NewsImpressionDetail {
  /** The article's slug. */
  slug: string;
  /** 1-based position of the card in its list (1 for a card on its own). */
  position: number;
  /** The card that was seen (the `<news-article-card>`). */
  element: HTMLElement;
}

/**
 * Fired once per card per page view, when at least half of the card has been in view for one
 * continuous second while the page was visible (the IAB/MRC viewability rule for display).
 */
export class NewsImpressionEvent extends CustomEvent<NewsImpressionDetail> {
  constructor(detail: NewsImpressionDetail) {
    super('news-impression', { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
    'news-click': NewsClickEvent;
    'news-impression': NewsImpressionEvent;
  }
}
