// The floor: the same card, hand-written as a custom element with shadow DOM and adopted
// stylesheets, and no library. It clones a parsed template and fills in the model's text, the
// fastest way there is to build a shadow tree by hand; its stylesheets are constructed once and
// shared by every card, as Lit does.
import type { ArticleSummary } from '../../../src/index.js';
import { cardText, readerOf } from '../card-text.js';
import { cardStyles, cardsContainer, exposeCards } from '../harness.js';

const { shadow } = await cardStyles();
let sheets: CSSStyleSheet[] | undefined;

const template = document.createElement('template');
template.innerHTML =
  '<div class="frame"><article part="card" class="card"><div part="media" class="media"><img loading="lazy" decoding="async" part="image"></div>' +
  '<div part="content" class="content"><p part="section" class="section" dir="auto"></p><h3 class="title" part="title" dir="auto"><a part="link"></a></h3>' +
  '<p part="summary" class="summary" dir="auto"></p><p part="meta" class="meta"><span part="byline">By <bdi></bdi></span> <time part="date"></time> ' +
  '<span part="reading-time"></span></p></div></article><div class="status" role="status"></div></div>';

/** Sets the element's text, or takes it out when there is none. */
function textOrRemove(element: Element, text: string | undefined): void {
  if (text) element.textContent = text;
  else element.remove();
}

class FloorCard extends HTMLElement {
  data?: ArticleSummary;

  connectedCallback(): void {
    if (this.shadowRoot || !this.data) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets ??= shadow.map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
    root.append(this.#render(this.data));
  }

  #render(model: ArticleSummary): DocumentFragment {
    const content = template.content.cloneNode(true) as DocumentFragment;
    const reader = readerOf(this);
    const text = cardText(model, reader.lang);
    const frame = content.firstElementChild as HTMLElement;
    frame.lang = reader.lang;
    frame.dir = reader.dir;

    const image = content.querySelector('img')!;
    if (model.image) {
      image.src = model.image.src;
      image.alt = model.image.alt;
      if (model.image.width !== undefined) image.width = model.image.width;
      if (model.image.height !== undefined) image.height = model.image.height;
    } else {
      image.remove();
    }
    textOrRemove(content.querySelector('.section')!, model.section);
    const link = content.querySelector('a')!;
    if (model.url) {
      link.href = model.url;
      link.textContent = model.title;
      link.addEventListener('click', this.#clicked);
    } else {
      link.replaceWith(model.title);
    }
    textOrRemove(content.querySelector('.summary')!, model.summary);
    const byline = content.querySelector('[part="byline"]')!;
    if (model.author) byline.lastElementChild!.textContent = model.author.name;
    else byline.remove();
    const time = content.querySelector('time')!;
    time.dateTime = model.publishedAt;
    time.textContent = text.date;
    if (text.dateTitle) time.title = text.dateTitle;
    textOrRemove(content.querySelector('[part="reading-time"]')!, text.readingTime);
    return content;
  }

  /** Tells the page about a click on the card, as <news-article-card> does with `news-click`. */
  #clicked = (): void => {
    this.dispatchEvent(new CustomEvent('card-click', { bubbles: true, composed: true, detail: { slug: this.data?.slug } }));
  };
}

customElements.define('floor-card', FloorCard);

const container = cardsContainer();
const cards = () => container.children as HTMLCollectionOf<FloorCard>;

exposeCards({
  render(models) {
    const fragment = document.createDocumentFragment();
    for (const model of models) {
      const card = document.createElement('floor-card') as FloorCard;
      card.data = model;
      fragment.append(card);
    }
    container.append(fragment);
  },
  count: () => Array.prototype.filter.call(cards(), (card: FloorCard) => card.shadowRoot?.querySelector('.card')).length,
  remove: () => container.replaceChildren(),
  cardRoot: (index) => cards()[index]?.shadowRoot,
});
