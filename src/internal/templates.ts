import { html, nothing, type TemplateResult } from 'lit';
import type { Image } from '../data/contract.js';
import { safeUrl } from '../data/urls.js';
import { format, formatDate, formatDateTime, formatMinutes, formatRelative } from '../i18n/index.js';
import type { RenderContext } from './language-controller.js';

/**
 * One template per heading level, made the first time it is needed. Lit cannot bind a tag name, so
 * each level's strings are written here, as lit/static-html writes its own: from constants only (a
 * level is a whole number from 1 to 6), never from anything a page or a model gives.
 */
const headings: TemplateStringsArray[] = [];

/** A heading at a level the host chooses (1–6), so widgets fit the page's outline. */
export function heading(level: number, content: unknown, part: string, { lang, dir, id }: { lang?: string; dir?: string; id?: string } = {}): TemplateResult {
  const n = Math.min(6, Math.max(1, Math.trunc(level) || 1));
  const strings = (headings[n] ??= Object.assign([`<h${n} part=`, ' class="title" id=', ' lang=', ' dir=', '>', `</h${n}>`], { raw: [] }));
  return html(strings, part, id ?? nothing, lang ?? nothing, dir ?? nothing, content);
}

/** An image that reserves its box before it loads (width/height, else 16:9), so nothing shifts. */
export function picture(image: Image, part: string, { alt = image.alt, className = '' } = {}): TemplateResult | typeof nothing {
  // Validated models hold http(s) only; checked again where it is written (see NewsElement#link).
  const src = safeUrl(image.src);
  if (!src) return nothing;
  return html`<img part=${part} class=${className || nothing} src=${src} alt=${alt} width=${image.width ?? nothing} height=${image.height ?? nothing} loading="lazy" decoding="async">`;
}

/**
 * A date as a `<time datetime>`: a long date in the reader's language, or, when `relative`, "3 hours
 * ago" within a week (the full date and time then in its `title`). An element that shows a relative
 * date renders it again once a minute while it is on the page (NewsElement, clock.ts): the words
 * change, the `datetime` stays.
 */
export function time(iso: string, lang: string, relative?: boolean): TemplateResult {
  const ago = relative ? formatRelative(iso, lang) : undefined;
  return html`<time part="date" datetime=${iso} title=${ago ? formatDateTime(iso, lang) : nothing}>${ago ?? formatDate(iso, lang)}</time>`;
}

/** "By {name}": the name isolated from the sentence's direction (a Hebrew name in an English line). */
export function byline(name: string, { t }: RenderContext): TemplateResult {
  // One template with the words around the name as text, rather than a list of pieces: every card
  // has a byline, and a list costs Lit a part and a marker per piece.
  const [before, after] = t.byline.split('{name}');
  return html`<span part="byline">${before}<bdi>${name}</bdi>${after}</span>`;
}

/** "4 min read", "4 Min. Lesezeit", "مدة القراءة: 4 دقائق". */
export function readingTime(minutes: number, { lang, t }: RenderContext): TemplateResult {
  return html`<span part="reading-time">${format(t.readingTime, { duration: formatMinutes(minutes, lang, t.readingUnit) })}</span>`;
}
