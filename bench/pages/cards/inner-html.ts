// Plain innerHTML, no shadow DOM and no library: all cards' markup as one string, parsed at once,
// under one stylesheet in the page. The quickest way to put markup on a page, with none of the
// isolation the elements give (the page's CSS reaches the cards, and the cards' CSS the page).
import { cardHtml, readerOf } from '../card-text.js';
import { cardStyles, cardsContainer, exposeCards } from '../harness.js';

const { light } = await cardStyles();
const style = document.createElement('style');
style.textContent = light;
document.head.append(style);

const container = cardsContainer();
const cards = () => container.children;

exposeCards({
  render(models) {
    const reader = readerOf();
    container.innerHTML = models.map((model) => cardHtml(model, reader)).join('');
  },
  count: () => Array.prototype.filter.call(cards(), (card: Element) => card.querySelector('.card')).length,
  remove: () => container.replaceChildren(),
  cardRoot: (index) => cards()[index],
});
