// A long-lived page as a reader walks it: one <news-article> at a time, each loaded by its slug from
// the page's endpoint, the one before it removed. bench/heap.mjs drives it and weighs the heap.
import type { NewsArticle } from '../../src/index.js';
import { afterNextFrame } from './harness.js';

declare global {
  interface Window {
    walk?: { show(from: number, to: number): Promise<void> };
  }
}

await customElements.whenDefined('news-article');

window.walk = {
  /** Shows the articles `story-<from>` … `story-<to - 1>`, each in place of the one before, until it has loaded and painted. */
  async show(from, to) {
    const main = document.querySelector('main')!;
    for (let index = from; index < to; index++) {
      const article = document.createElement('news-article') as NewsArticle;
      article.setAttribute('slug', `story-${index}`);
      const settled = new Promise<void>((resolve, reject) => {
        article.addEventListener('news-load', () => resolve(), { once: true });
        article.addEventListener('news-error', (event) => reject(new Error((event as CustomEvent).detail.error.message)), { once: true });
      });
      main.replaceChildren(article);
      await settled;
      await article.updateComplete;
      await afterNextFrame();
    }
  },
};
