// One iframe per card, the way embeds isolate themselves without shadow DOM: each card is its own
// document (`srcdoc`, so no network is involved) with its own copy of the card's stylesheet.
import { HOST_CLASS, cardHtml, escape, readerOf } from '../card-text.js';
import { cardStyles, cardsContainer, exposeCards } from '../harness.js';

const { light } = await cardStyles();
// The embedding page's font, which a card in an iframe cannot inherit.
const pageFont = getComputedStyle(document.body).fontFamily;
// The card fills its frame, as it fills its grid cell on the other pages.
const documentStyles = `body{margin:0;font-family:${pageFont}}${light}.${HOST_CLASS}{block-size:100vh}`;

const container = cardsContainer();
const frames = () => container.children as HTMLCollectionOf<HTMLIFrameElement>;
const loaded = new WeakSet<HTMLIFrameElement>();

function cardOf(frame: HTMLIFrameElement | undefined): HTMLElement | null | undefined {
  return frame && loaded.has(frame) ? frame.contentDocument?.querySelector<HTMLElement>(`.${HOST_CLASS}`) : undefined;
}

exposeCards({
  render(models) {
    const reader = readerOf();
    const fragment = document.createDocumentFragment();
    for (const model of models) {
      const frame = document.createElement('iframe');
      frame.title = model.title;
      frame.addEventListener('load', () => loaded.add(frame), { once: true });
      frame.srcdoc =
        `<!doctype html><html lang="${escape(reader.lang)}"><head><meta charset="utf-8"><style>${documentStyles}</style></head>` +
        `<body>${cardHtml(model, reader)}</body></html>`;
      fragment.append(frame);
    }
    container.append(fragment);
  },
  count: () => Array.prototype.filter.call(frames(), (frame: HTMLIFrameElement) => cardOf(frame)?.querySelector('.card')).length,
  remove: () => container.replaceChildren(),
  cardRoot: (index) => cardOf(frames()[index]),
});
