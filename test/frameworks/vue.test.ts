// The elements in a Vue 3 app: templates compiled in the browser (Vue's full build) with the
// `news-` tags declared as custom elements, and a render function; attributes, `:data` and `.prop`
// bindings, `@news-load` and `@news-click` listeners, reactive updates and unmounting, against the
// test content server. Vue sets a binding as a property when the element has one, so the elements
// are registered before the app mounts.
import { createApp, defineComponent, h, nextTick, ref, type App, type Component } from 'vue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../src/article.js';
import type {} from '../../src/vue.js';
import type { NewsVueAttributes } from '../../src/vue.js';
import type { Article, NewsArticle, NewsArticleCard, NewsClickEvent, NewsLoadEvent, NewsRelatedArticles, NewsTagList } from '../../src/index.js';
import { article, summaries, tags } from '../models.js';
import { click, endpoint, expectAccessible, origin, part, served, textOf, until } from './env.js';

let container: HTMLElement;
let app: App | undefined;
let warnings: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  warnings = vi.spyOn(console, 'warn');
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  app?.unmount();
  app = undefined;
  container.remove();
  const vueWarnings = warnings.mock.calls.filter(([message]: unknown[]) => String(message).startsWith('[Vue warn]'));
  warnings.mockRestore();
  expect(vueWarnings).toEqual([]);
});

/** Mounts a component as an app whose templates treat every `news-` tag as a custom element. */
async function mount(component: Component): Promise<void> {
  app = createApp(component);
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('news-');
  app.mount(container);
  await nextTick();
}

function the<E extends Element>(selector: string): E {
  const element = container.querySelector<E>(selector);
  if (!element) throw new Error(`Nothing matches ${selector}`);
  return element;
}

describe('Vue 3', () => {
  it('binds attributes and a @news-load listener in a template: the article loads from the endpoint', async () => {
    await mount({
      template: `
        <news-article :endpoint="endpoint" slug="open-data-portal-launch" heading-level="2" theme="dark"
          @news-load="loaded = $event.detail.slug"></news-article>
        <p class="loaded" v-if="loaded">Loaded {{ loaded }}</p>`,
      data: () => ({ endpoint, loaded: '' }),
    });
    const el = the<NewsArticle>('news-article');
    await until(() => container.querySelector('.loaded') !== null);
    await el.updateComplete;

    expect(the('.loaded').textContent).toBe('Loaded open-data-portal-launch');
    expect(el.endpoint).toBe(endpoint);
    expect(el.headingLevel).toBe(2);
    expect(el.theme).toBe('dark');
    const title = part(el, '[part="title"]');
    expect(title.localName).toBe('h2');
    expect(title.textContent).toBe('Port Merrow opens its data: buses, bins and tide readings now free to download');
    expect(await served('/api/articles/open-data-portal-launch')).toMatchObject({ count: 1 });
    await expectAccessible(el);
  });

  it('binds :data and .data as properties: the models render without any request', async () => {
    await mount({
      template: `
        <news-article :endpoint="endpoint" :data="article"></news-article>
        <news-tag-list .data="tags" :max="2"></news-tag-list>`,
      data: () => ({ endpoint, article, tags }),
    });
    const el = the<NewsArticle>('news-article');
    const list = the<NewsTagList>('news-tag-list');
    await Promise.all([el.updateComplete, list.updateComplete]);

    expect(el.hasAttribute('data')).toBe(false);
    expect(el.data).toEqual(article);
    expect(part(el, '[part="title"]').textContent).toBe('A story handed in as data');
    expect(Array.from(list.shadowRoot!.querySelectorAll('[part="tag"]'), (tag) => tag.textContent)).toEqual(['City', 'The Harbour']);
    expect(textOf(list)).toContain('+1 more');
    expect(await served(`/api/articles/${article.slug}`)).toMatchObject({ count: 0 });
    await expectAccessible(el);
    await expectAccessible(list);
  });

  it('lets @news-click.prevent route a click itself, and passes link-target and link-params', async () => {
    await mount({
      template: `
        <news-article-card :data="summary" link-target="_blank" link-params="utm_source=vue"
          @news-click.prevent="routedTo = $event.detail.slug"></news-article-card>
        <p class="routed" v-if="routedTo">Routed to {{ routedTo }}</p>`,
      data: () => ({ summary: summaries[2], routedTo: '' }),
    });
    const card = the<NewsArticleCard>('news-article-card');
    await card.updateComplete;
    const link = part<HTMLAnchorElement>(card, 'a[part="link"]');
    expect(link.href).toBe('https://site.test/articles/data-related-3.html?utm_source=vue');
    expect(link.target).toBe('_blank');
    await expectAccessible(card);

    expect(click(link).followed).toBe(false);
    await nextTick();
    expect(the('.routed').textContent).toBe('Routed to data-related-3');
  });

  it('loads the new article when a reactive slug changes', async () => {
    const slug = ref('rowing-club-centenary');
    const loads: string[] = [];
    await mount({
      setup: () => ({ slug, endpoint, onLoad: (event: NewsLoadEvent<Article>) => loads.push(event.detail.slug) }),
      template: `<news-article-card :endpoint="endpoint" :slug="slug" @news-load="onLoad"></news-article-card>`,
    });
    const card = the<NewsArticleCard>('news-article-card');
    await until(() => loads.length === 1);

    slug.value = 'lighthouse-festival-lineup';
    await until(() => loads.length === 2);
    await card.updateComplete;

    expect(the('news-article-card')).toBe(card);
    expect(loads).toEqual(['rowing-club-centenary', 'lighthouse-festival-lineup']);
    expect(part(card, '[part="title"]').textContent).toBe(
      'Lighthouse Festival announces its biggest programme yet, with three nights on the breakwater',
    );
    await expectAccessible(card);
  });

  it('renders from a render function: h() with attributes, data and onNewsClick', async () => {
    const clicks: string[] = [];
    await mount(
      defineComponent({
        render: () =>
          h('news-related-articles', {
            data: summaries,
            layout: 'grid',
            'heading-level': 3,
            onNewsClick: (event: NewsClickEvent) => clicks.push(`${event.detail.slug}@${event.detail.position}`),
          } satisfies NewsVueAttributes<'news-related-articles'>),
      }),
    );
    const strip = the<NewsRelatedArticles>('news-related-articles');
    await strip.updateComplete;
    const cards = Array.from(strip.shadowRoot!.querySelectorAll<NewsArticleCard>('news-article-card'));
    await Promise.all(cards.map((card) => card.updateComplete));

    expect(strip.getAttribute('layout')).toBe('grid');
    expect(part(strip, '[part="heading"]').localName).toBe('h3');
    expect(cards.map((card) => part(card, '[part="title"]').textContent)).toEqual(summaries.map((summary) => summary.title));
    expect(click(part<HTMLAnchorElement>(cards[0], 'a[part="link"]')).followed).toBe(true);
    expect(clicks).toEqual(['data-related-1@1']);
    await expectAccessible(strip);
  });

  it('unmounts cleanly: the element leaves the page and its unanswered request is aborted', async () => {
    await mount({ template: `<news-author-bio endpoint="${origin}/hang/api/" author="vue-unmount"></news-author-bio>` });
    const bio = the('news-author-bio');
    const errors: Event[] = [];
    bio.addEventListener('news-error', (event) => errors.push(event));
    await until(() => bio.getAttribute('aria-busy') === 'true');
    await expect.poll(() => served('/hang/api/authors/vue-unmount'), { timeout: 5000 }).toMatchObject({ count: 1 });
    await expectAccessible(bio); // the loading state

    app!.unmount();
    app = undefined;

    expect(container.childElementCount).toBe(0);
    expect(bio.isConnected).toBe(false);
    await expect.poll(() => served('/hang/api/authors/vue-unmount'), { timeout: 5000 }).toMatchObject({ abandoned: 1 });
    expect(errors).toEqual([]);
  });
});
