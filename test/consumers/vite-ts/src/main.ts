// The README's quick start for npm, as an app writes it: one element, the endpoint from configure().
import 'news-widgets/article-card'; // registers <news-article-card>
import { configure, type ArticleSummary, type NewsArticleCard, type NewsLoadEvent } from 'news-widgets';

configure({ endpoint: import.meta.env.VITE_NEWS_ENDPOINT });

const card: NewsArticleCard = document.createElement('news-article-card');
card.slug = 'harbour-bridge-reopens';
card.addEventListener('news-load', (event) => {
  document.body.dataset.loaded = (event as NewsLoadEvent<ArticleSummary>).detail.title;
});
document.querySelector('main')!.append(card);

/** Never called: the type check fails if these lines compile, as they would with untyped (any) declarations. */
export function wrongUses(element: NewsArticleCard) {
  // @ts-expect-error a slug is text
  element.slug = 42;
  // @ts-expect-error the card's model is an ArticleSummary
  element.data = { title: 'no id, no slug, no date' };
  // @ts-expect-error an unknown option
  configure({ endpiont: 'https://news.example/api/' });
}
