// The elements in a React 19 app: attributes, `.data` as a prop, event listeners as props, updates
// and unmounting, against the test content server. React 19 sets a prop as a property when the
// element has one, else as an attribute, and adds a listener for a prop named `on` + the event's
// name as it is (`onnews-load`): the elements must be registered before React renders them.
import { act, createRef, useState, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/article.js';
import type {} from '../../src/react.js';
import type { Article, ArticleSummary, NewsArticle, NewsArticleCard, NewsClickEvent, NewsLoadEvent, NewsRelatedArticles } from '../../src/index.js';
import { article, summaries } from '../models.js';
import { click, endpoint, expectAccessible, origin, part, served, textOf, until } from './env.js';

// Tells React that updates are wrapped in act(), as in any React test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
/** What React reported through console.error: warnings about props, among others. */
let reactErrors: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  reactErrors = vi.spyOn(console, 'error');
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
  const reported = reactErrors.mock.calls;
  reactErrors.mockRestore();
  expect(reported).toEqual([]);
});

async function render(ui: ReactNode): Promise<void> {
  await act(async () => root.render(ui));
}

function the<E extends Element>(selector: string): E {
  const element = container.querySelector<E>(selector);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  return element;
}

describe('React 19', () => {
  it('passes attributes and a news-load listener: the article loads from the endpoint and shows its title', async () => {
    const loads: Article[] = [];
    const ref = createRef<NewsArticle>();
    await render(
      <news-article
        ref={ref}
        endpoint={endpoint}
        slug="harbour-bridge-reopens"
        heading-level={2}
        class="story"
        onnews-load={(event: NewsLoadEvent<Article>) => loads.push(event.detail)}
      />,
    );
    const el = the<NewsArticle>('news-article');
    expect(ref.current).toBe(el);
    await until(() => loads.length > 0);
    await el.updateComplete;

    expect(loads.map((loaded) => loaded.slug)).toEqual(['harbour-bridge-reopens']);
    expect(el.getAttribute('heading-level')).toBe('2');
    expect(el.className).toBe('story');
    const title = part(el, '[part="title"]');
    expect(title.localName).toBe('h2');
    expect(title.textContent).toBe('Swing bridge over the Inner Harbour reopens after eight months of repairs');
    expect(el.getAttribute('aria-busy')).toBeNull();
    expect(await served('/api/articles/harbour-bridge-reopens')).toMatchObject({ count: 1 });
    await expectAccessible(el);
  });

  it('sets data as a property: the model renders without any request', async () => {
    await render(<news-article endpoint={endpoint} data={article} />);
    const el = the<NewsArticle>('news-article');
    await el.updateComplete;

    expect(el.data).toBe(article);
    expect(el.hasAttribute('data')).toBe(false);
    expect(part(el, '[part="title"]').textContent).toBe('A story handed in as data');
    expect(textOf(el)).toContain('Nothing was fetched to show this.');
    expect(await served(`/api/articles/${article.slug}`)).toMatchObject({ count: 0 });
    expect(await served(`/api/articles/${article.slug}/related?limit=4`)).toMatchObject({ count: 0 });
    await expectAccessible(el);
  });

  it('passes link-target and link-params to the links, and a news-click listener that routes the click itself', async () => {
    function Card({ summary }: { summary: ArticleSummary }) {
      const [routedTo, setRoutedTo] = useState<string>();
      return (
        <>
          <news-article-card
            data={summary}
            link-target="_blank"
            link-params="utm_source=react"
            onnews-click={(event: NewsClickEvent) => {
              event.preventDefault();
              setRoutedTo(event.detail.slug);
            }}
          />
          {routedTo && <p className="routed">Routed to {routedTo}</p>}
        </>
      );
    }
    await render(<Card summary={summaries[0]} />);
    const card = the<NewsArticleCard>('news-article-card');
    await card.updateComplete;
    const link = part<HTMLAnchorElement>(card, 'a[part="link"]');
    expect(link.href).toBe('https://site.test/articles/data-related-1.html?utm_source=react');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    await expectAccessible(card);

    let followed = true;
    await act(async () => {
      followed = click(link).followed;
    });
    expect(followed).toBe(false);
    expect(the('.routed').textContent).toBe('Routed to data-related-1');
  });

  it('lets a link be followed when the news-click listener does not cancel it', async () => {
    const clicked: string[] = [];
    await render(<news-related-articles data={summaries} onnews-click={(event: NewsClickEvent) => clicked.push(`${event.detail.slug}@${event.detail.position}`)} />);
    const strip = the<NewsRelatedArticles>('news-related-articles');
    await strip.updateComplete;
    const cards = Array.from(strip.shadowRoot!.querySelectorAll<NewsArticleCard>('news-article-card'));
    await Promise.all(cards.map((card) => card.updateComplete));

    await expectAccessible(strip);

    const { followed } = click(part<HTMLAnchorElement>(cards[1], 'a[part="link"]'));
    expect(followed).toBe(true);
    expect(clicked).toEqual(['data-related-2@2']);
  });

  it('loads the new article when a re-render changes the slug, and calls only the current listener', async () => {
    const loads: string[] = [];
    const Story = ({ slug }: { slug: string }) => (
      // A new listener on every render: React removes the previous one.
      <news-article-card endpoint={endpoint} slug={slug} onnews-load={(event: NewsLoadEvent<ArticleSummary>) => loads.push(`${slug}:${event.detail.slug}`)} />
    );
    await render(<Story slug="seagrass-meadows-return" />);
    const card = the<NewsArticleCard>('news-article-card');
    await until(() => loads.length === 1);

    await render(<Story slug="tide-gauge-century" />);
    expect(the('news-article-card')).toBe(card); // the same element, updated
    await until(() => loads.length === 2);
    await card.updateComplete;

    expect(loads).toEqual(['seagrass-meadows-return:seagrass-meadows-return', 'tide-gauge-century:tide-gauge-century']);
    expect(part(card, '[part="title"]').textContent).toBe('A hundred years of tide readings show how fast the sea is rising at Port Merrow');
    await expectAccessible(card);
  });

  it('unmounts cleanly: the element leaves the page and its unanswered request is aborted', async () => {
    await render(<news-author-bio endpoint={`${origin}/hang/api/`} author="react-unmount" />);
    const bio = the('news-author-bio');
    const errors: Event[] = [];
    bio.addEventListener('news-error', (event) => errors.push(event));
    await until(() => bio.getAttribute('aria-busy') === 'true');
    await expect.poll(() => served('/hang/api/authors/react-unmount'), { timeout: 5000 }).toMatchObject({ count: 1 });
    await expectAccessible(bio); // the loading state

    await act(async () => root.unmount());
    root = createRoot(container); // for afterEach

    expect(container.childElementCount).toBe(0);
    expect(bio.isConnected).toBe(false);
    await expect.poll(() => served('/hang/api/authors/react-unmount'), { timeout: 5000 }).toMatchObject({ abandoned: 1 });
    // Aborted because it left the page, which is no error to report.
    expect(errors).toEqual([]);
  });
});
