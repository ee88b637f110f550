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

declare global {
  interface HTMLElementEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
  }
}
