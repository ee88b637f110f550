// React 19: the same card as a function component, rendered with react-dom/client into the page
// (no shadow DOM: the card's styles are one stylesheet in the page, scoped under the host class).
import { createRoot } from 'react-dom/client';
import type { ArticleSummary } from '../../../src/index.js';
import { HOST_CLASS, cardText, readerOf, type Reader } from '../card-text.js';
import { cardStyles, cardsContainer, exposeCards } from '../harness.js';

const { light } = await cardStyles();
const style = document.createElement('style');
style.textContent = light;
document.head.append(style);

function clicked(model: ArticleSummary): void {
  document.dispatchEvent(new CustomEvent('card-click', { detail: { slug: model.slug } }));
}

function Card({ model, reader }: { model: ArticleSummary; reader: Reader }) {
  const text = cardText(model, reader.lang);
  const { image, author } = model;
  return (
    <div className={HOST_CLASS}>
      <div className="frame" lang={reader.lang} dir={reader.dir}>
        <article part="card" className="card">
          <div part="media" className="media">
            {image && (
              <img loading="lazy" decoding="async" part="image" src={image.src} alt={image.alt} width={image.width} height={image.height} />
            )}
          </div>
          <div part="content" className="content">
            {model.section && (
              <p part="section" className="section" dir="auto">
                {model.section}
              </p>
            )}
            <h3 className="title" part="title" dir="auto">
              {model.url ? (
                <a part="link" href={model.url} onClick={() => clicked(model)}>
                  {model.title}
                </a>
              ) : (
                model.title
              )}
            </h3>
            {model.summary && (
              <p part="summary" className="summary" dir="auto">
                {model.summary}
              </p>
            )}
            <p part="meta" className="meta">
              {author && (
                <span part="byline">
                  By <bdi>{author.name}</bdi>
                </span>
              )}{' '}
              <time part="date" dateTime={model.publishedAt} title={text.dateTitle}>
                {text.date}
              </time>{' '}
              {text.readingTime && <span part="reading-time">{text.readingTime}</span>}
            </p>
          </div>
        </article>
        <div className="status" role="status"></div>
      </div>
    </div>
  );
}

function Cards({ models }: { models: ArticleSummary[] }) {
  const reader = readerOf();
  return models.map((model) => <Card key={model.id} model={model} reader={reader} />);
}

const container = cardsContainer();
const root = createRoot(container);
const cards = () => container.children;

exposeCards({
  render: (models) => root.render(<Cards models={models} />),
  count: () => Array.prototype.filter.call(cards(), (card: Element) => card.querySelector('.card')).length,
  remove: () => root.render(<Cards models={[]} />),
  cardRoot: (index) => cards()[index],
});
