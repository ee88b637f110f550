// The React example of docs/developers.md, in an app of its own: elements registered before the first render,
// their JSX types from news-widgets/react, props set as properties, events as `on` + their name.
import 'news-widgets/related-articles'; // registers <news-related-articles> and its cards
import type {} from 'news-widgets/react';
import type { ArticleSummary, NewsClickEvent, NewsLoadEvent, NewsRelatedArticles } from 'news-widgets';
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const endpoint = import.meta.env.VITE_NEWS_ENDPOINT;

const pinned: ArticleSummary = {
  id: 'pinned',
  slug: 'pinned-story',
  title: 'A story the app already has, shown without a request',
  publishedAt: '2026-05-04T09:30:00+02:00',
};

function App() {
  const strip = useRef<NewsRelatedArticles>(null);
  const [loaded, setLoaded] = useState<string[]>([]);
  const [clicked, setClicked] = useState('');
  return (
    <>
      <news-related-articles
        ref={strip}
        article="harbour-bridge-reopens"
        endpoint={endpoint}
        limit={3}
        layout="grid"
        heading-level={2}
        onnews-load={(event: NewsLoadEvent<ArticleSummary[]>) => setLoaded(event.detail.map((item) => item.title))}
        onnews-click={(event: NewsClickEvent) => {
          event.preventDefault(); // the app routes the click itself
          setClicked(event.detail.slug);
        }}
      />
      <news-article-card id="pinned" data={pinned} heading-level={3} />
      <output id="loaded">{loaded.length ? `loaded ${loaded.length}: ${loaded.join(' | ')}` : ''}</output>
      <output id="clicked">{clicked}</output>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);

/** Never rendered: the type check fails if these compile, as they would with untyped declarations. */
export function WrongUses() {
  return (
    <>
      {/* @ts-expect-error a layout the element does not have */}
      <news-related-articles layout="carousel" />
      {/* @ts-expect-error a card's model is an ArticleSummary, not a list */}
      <news-article-card data={[pinned]} />
      {/* @ts-expect-error the listener gets a NewsLoadEvent, whose detail has no `nope` */}
      <news-article-card onnews-load={(event) => event.detail.nope} />
    </>
  );
}
