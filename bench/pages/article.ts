// A whole <news-article> from data in hand to painted: the article with its tag list, hero image,
// sanitized body, source line, author bio and related strip (four cards), all from one `.data`.
import type { NewsArticle } from '../../src/index.js';
import { afterNextFrame, painted } from './harness.js';
import { articleModel } from './models.js';

declare global {
  interface Window {
    article?: { render(): Promise<number> };
  }
}

/** Every news-* element in `root`, in shadow roots too. */
function widgets(root: ParentNode): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((element) =>
    element.localName.startsWith('news-') ? [element, ...(element.shadowRoot ? widgets(element.shadowRoot) : [])] : [],
  );
}

/** The article and the `count` elements inside it show their content (no skeleton), and the body is in. */
function complete(article: NewsArticle, count: number): boolean {
  const all = widgets(document.body);
  return (
    all.length === count &&
    all.every((widget) => widget.shadowRoot?.querySelector('.frame') && !widget.shadowRoot.querySelector('[part="skeleton"]') && !widget.hasAttribute('aria-busy')) &&
    Boolean(article.shadowRoot?.querySelector('[part="body"] > *'))
  );
}

await customElements.whenDefined('news-article');

window.article = {
  async render() {
    const model = articleModel();
    // The article, its tag list, author bio and related strip, and the strip's cards.
    const count = 4 + (model.related?.length ?? 0);
    await afterNextFrame();
    const start = performance.now();
    const article = document.createElement('news-article') as NewsArticle;
    article.data = model;
    document.querySelector('main')!.append(article);
    await painted(() => complete(article, count));
    return performance.now() - start;
  },
};
