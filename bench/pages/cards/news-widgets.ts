// news-widgets: <news-article-card> from the script-tag bundle, each given its model as `.data`.
import type { NewsArticleCard } from '../../../src/index.js';
import { cardsContainer, exposeCards } from '../harness.js';

const container = cardsContainer();
const cards = () => container.children as HTMLCollectionOf<NewsArticleCard>;

await customElements.whenDefined('news-article-card');

exposeCards({
  render(models) {
    const fragment = document.createDocumentFragment();
    for (const model of models) {
      const card = document.createElement('news-article-card') as NewsArticleCard;
      card.data = model;
      fragment.append(card);
    }
    container.append(fragment);
  },
  count: () => Array.prototype.filter.call(cards(), (card: NewsArticleCard) => card.shadowRoot?.querySelector('.card')).length,
  remove: () => container.replaceChildren(),
  cardRoot: (index) => cards()[index]?.shadowRoot,
});
