import { html, nothing } from 'lit';
import { withLinkParams } from '../data/link-params.js';
import { safeUrl } from '../data/urls.js';
import { NewsClickEvent } from './events.js';

/** The article a link leads to: such a link gets `link-params` and fires `news-click`. */
export interface ArticleLink {
  slug: string;
  /** 1-based position of the link's card in its list, reported in `news-click`. */
  position: number;
}

/**
 * A link as the host asked for it: in `link-target`, and for article links with `link-params`.
 * An article link fires `news-click` on `host` when clicked (Enter on the link is a click too) or
 * opened with the middle button. A link that opens elsewhere than `_self` says so to screen
 * readers, and shows an arrow. URLs reach here only from validated models, so they are already
 * absolute http(s); they go through the one URL policy again all the same, so that nothing reaches
 * an href without it.
 *
 * @param target - The host's `link-target`.
 * @param newTab - "opens in a new tab", in the reader's language.
 * @param article - For a link to an article: which one.
 * @param query - For a link to an article: the host's `link-params`, as a query.
 */
export function link(host: HTMLElement, url: string | undefined, content: unknown, part: string, target: string, newTab?: string, article?: ArticleLink, query?: string): unknown {
  url = safeUrl(url);
  if (!url) return content;
  const href = article ? withLinkParams(url, query!) : url;
  // A host that cancels `news-click` routes the click itself, except a middle click or a click with
  // a modifier key, which opens where the reader asked. A middle click opens a new tab without a
  // `click`: only its `auxclick` tells of it (the right button's opens a menu, not the link).
  const clicked = article
    ? (event: MouseEvent) => {
        if (event.button > 1) return;
        const click = new NewsClickEvent({ ...article, url: href, element: host }, !(event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey));
        if (!host.dispatchEvent(click)) event.preventDefault();
      }
    : nothing;
  // Target keywords are case-insensitive; `_parent` and `_top` stay in this tab, anything else opens another.
  const elsewhere = !/^_(self|parent|top)$/i.test(target);
  return html`<a part=${part} href=${href} target=${target === '_self' ? nothing : target} rel=${elsewhere ? 'noopener noreferrer' : nothing} @click=${clicked} @auxclick=${clicked}>${content}${
    elsewhere ? html`<span class="new-tab" aria-hidden="true">\u2197</span><span class="visually-hidden"> (${newTab})</span>` : nothing
  }</a>`;
}
