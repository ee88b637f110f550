// The size floor of `news-widgets/related-articles`: Lit, the library's own stylesheets, and the
// least a related strip can do: fetch one list from the native contract and render it as the
// library's cards (the same markup, parts and classes). Nothing else: no loading, empty or error
// state, no skeleton, no validation of what the endpoint sends, no URL policy, no language but
// English and the page's date format, no events, no cache or deduplication, no timeout, no abort,
// no configuration but the `endpoint` attribute. It is never shipped or run; `npm run size:why --
// bench/size-floor.ts` weighs it beside the partner entry, to show what the features of the real
// element cost against the budget of 10 kB.
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { styles as cardStyles } from '../src/elements/article-card/news-article-card.styles.js';
import { styles as stripStyles } from '../src/elements/related-articles/news-related-articles.styles.js';
import { tokens } from '../src/internal/tokens.js';

interface Summary {
  slug: string;
  url: string;
  title: string;
  section?: string;
  summary?: string;
  publishedAt: string;
  readingTimeMinutes?: number;
  image?: { src: string; alt: string; width?: number; height?: number };
  author?: { name: string };
}

const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

class FloorCard extends LitElement {
  static override styles = [tokens, cardStyles];
  static override properties = { data: { attribute: false } };
  data?: Summary;

  override render() {
    const a = this.data;
    if (!a) return nothing;
    return html`<article part="card" class="card"><div part="media" class="media">${
      a.image ? html`<img part="image" src=${a.image.src} alt=${a.image.alt} width=${a.image.width ?? nothing} height=${a.image.height ?? nothing} loading="lazy" decoding="async">` : nothing
    }</div><div part="content" class="content">${a.section ? html`<p part="section" class="section" dir="auto">${a.section}</p>` : nothing}<h3 part="title" class="title" dir="auto"><a part="link" href=${a.url}>${a.title}</a></h3>${
      a.summary ? html`<p part="summary" class="summary" dir="auto">${a.summary}</p>` : nothing
    }<p part="meta" class="meta">${a.author ? html`<span part="byline">By <bdi>${a.author.name}</bdi></span>` : nothing} <time part="date" datetime=${a.publishedAt}>${date.format(new Date(a.publishedAt))}</time> ${
      a.readingTimeMinutes ? html`<span part="reading-time">${a.readingTimeMinutes} min read</span>` : nothing
    }</p></div></article>`;
  }
}

class FloorRelatedArticles extends LitElement {
  static override styles = [tokens, stripStyles];
  static override properties = { endpoint: {}, article: {}, limit: { type: Number }, items: { state: true } };
  endpoint = '';
  article = '';
  limit = 4;
  items: Summary[] = [];

  override async updated(changed: PropertyValues<this>) {
    if (!changed.has('article')) return;
    const response = await fetch(new URL(`articles/${this.article}/related?limit=${this.limit}`, this.endpoint));
    this.items = ((await response.json()) as { items: Summary[] }).items;
  }

  override render() {
    return html`<section part="section"><h2 part="heading" class="title">Related</h2><ul part="list">${this.items.map(
      (item) => html`<li part="item"><news-article-card part="card" .data=${item}></news-article-card></li>`,
    )}</ul></section>`;
  }
}

customElements.define('news-article-card', FloorCard);
customElements.define('news-related-articles', FloorRelatedArticles);
