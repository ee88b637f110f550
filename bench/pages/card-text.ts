// What a hand-written card needs to show the same text as <news-article-card>: the reader's language
// and direction, the date, byline and reading time formatted as the library formats them (with
// cached Intl formatters, as the library caches them), and for the contenders without shadow DOM,
// the card's markup as an HTML string. English only: the pages are in English.
import type { ArticleSummary } from '../../src/index.js';

/** The class of the element that stands in for the card's host where there is no shadow DOM. */
export const HOST_CLASS = 'nw-host';

export interface Reader {
  lang: string;
  dir: 'ltr' | 'rtl';
}

const RIGHT_TO_LEFT = /^(ar|fa|he|ps|ur|yi)(-|$)/i;

/** The reader of the document, or of the closest element with a `lang`. */
export function readerOf(element: Element = document.documentElement): Reader {
  const lang = element.closest<HTMLElement>('[lang]')?.lang || 'en';
  return { lang, dir: RIGHT_TO_LEFT.test(lang) ? 'rtl' : 'ltr' };
}

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let value = formatters.get(key) as T | undefined;
  if (!value) formatters.set(key, (value = make()));
  return value;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface CardText {
  /** "March 9, 2026", or "3 hours ago" within a week. */
  date: string;
  /** The full date and time, for a relative date. */
  dateTitle?: string;
  /** "4 min read". */
  readingTime?: string;
}

export function cardText(model: ArticleSummary, lang: string): CardText {
  const published = new Date(model.publishedAt);
  const diff = published.getTime() - Date.now();
  const readingTime = model.readingTimeMinutes
    ? `${formatter(`minutes|${lang}`, () => new Intl.NumberFormat([lang, 'en'], { style: 'unit', unit: 'minute', unitDisplay: 'short' })).format(model.readingTimeMinutes)} read`
    : undefined;
  if (!(diff > -7 * DAY && diff < 5 * MINUTE)) {
    return { date: formatter(`date|${lang}`, () => new Intl.DateTimeFormat([lang, 'en'], { dateStyle: 'long' })).format(published), readingTime };
  }
  const relative = formatter(`relative|${lang}`, () => new Intl.RelativeTimeFormat([lang, 'en'], { numeric: 'auto' }));
  const date =
    diff > -MINUTE
      ? relative.format(0, 'second')
      : diff > -HOUR
        ? relative.format(Math.round(diff / MINUTE), 'minute')
        : diff > -DAY
          ? relative.format(Math.round(diff / HOUR), 'hour')
          : relative.format(Math.round(diff / DAY), 'day');
  const dateTitle = formatter(`datetime|${lang}`, () => new Intl.DateTimeFormat([lang, 'en'], { dateStyle: 'long', timeStyle: 'short' })).format(published);
  return { date, dateTitle, readingTime };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for HTML: element content or a double-quoted attribute value. */
export function escape(text: string | number): string {
  return String(text).replace(/[&<>"]/g, (character) => ESCAPES[character]);
}

/** The card's markup, as <news-article-card> renders it, inside an element that stands in for its host. */
export function cardHtml(model: ArticleSummary, { lang, dir }: Reader): string {
  const text = cardText(model, lang);
  const { image, author } = model;
  const title = model.url ? `<a part="link" href="${escape(model.url)}">${escape(model.title)}</a>` : escape(model.title);
  return (
    `<div class="${HOST_CLASS}"><div class="frame" lang="${escape(lang)}" dir="${dir}"><article part="card" class="card">` +
    `<div part="media" class="media">${
      image
        ? `<img loading="lazy" decoding="async" part="image" src="${escape(image.src)}" alt="${escape(image.alt)}"${
            image.width !== undefined ? ` width="${image.width}"` : ''
          }${image.height !== undefined ? ` height="${image.height}"` : ''}>`
        : ''
    }</div>` +
    `<div part="content" class="content">` +
    (model.section ? `<p part="section" class="section" dir="auto">${escape(model.section)}</p>` : '') +
    `<h3 class="title" part="title" dir="auto">${title}</h3>` +
    (model.summary ? `<p part="summary" class="summary" dir="auto">${escape(model.summary)}</p>` : '') +
    `<p part="meta" class="meta">${author ? `<span part="byline">By <bdi>${escape(author.name)}</bdi></span>` : ''} ` +
    `<time part="date" datetime="${escape(model.publishedAt)}"${text.dateTitle ? ` title="${escape(text.dateTitle)}"` : ''}>${escape(text.date)}</time> ` +
    (text.readingTime ? `<span part="reading-time">${escape(text.readingTime)}</span>` : '') +
    `</p></div></article><div class="status" role="status"></div></div></div>`
  );
}
