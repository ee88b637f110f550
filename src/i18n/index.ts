import { en, type Strings } from './en.js';

/**
 * The language of an element: its own `lang`, else the closest ancestor's (crossing shadow roots),
 * else the document's, else English.
 */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const owner: Element | null = node.closest('[lang]');
      if (owner) return owner.getAttribute('lang') || 'en';
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    } else {
      node = null;
    }
  }
  return document.documentElement.lang || 'en';
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language.toLowerCase().split('-')[0]) ? 'rtl' : 'ltr';
}

/** UI strings for a language. Only English ships so far; other languages fall back to it. */
export function stringsFor(_language: string): Strings {
  return en;
}

// Intl formatters are costly to build and used on every card: keep one per locale and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (!value) cache.set(key, (value = make()));
  return value;
}

function supported(language: string): string {
  try {
    return Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

export function formatDate(iso: string, language: string): string {
  const locale = supported(language);
  return cached(dateFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long' })).format(new Date(iso));
}

export function formatNumber(value: number, language: string, compact = false): string {
  const locale = supported(language);
  return cached(numberFormats, `${locale}|${compact}`, () =>
    new Intl.NumberFormat(locale, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
  ).format(value);
}

/** The plural category of a number in a language ("one", "few", "other", …), for UI strings. */
export function pluralOf(value: number, language: string): Intl.LDMLPluralRule {
  const locale = supported(language);
  return cached(pluralRules, locale, () => new Intl.PluralRules(locale)).select(value);
}
