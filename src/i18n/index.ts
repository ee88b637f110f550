/// <reference types="vite/client" />
import { en, type Plural, type Strings } from './en.js';

export type { Plural, Strings } from './en.js';

// ---------------------------------------------------------------------------------------------
// Languages. English ships in every bundle. Every other language is one file in this folder,
// named by its BCP 47 tag (`fr.ts`, `pt-BR.ts`, `fil.ts`) and exporting its strings as default;
// each becomes its own chunk, imported the first time a reader needs it. Adding a language is
// adding its file: nothing else lists them. (So no other file here may be named like a language.)
// In the test runner, test/import-meta-glob.mjs expands the same patterns.
// ---------------------------------------------------------------------------------------------
const files = import.meta.glob<{ default: Strings }>(['./??.ts', './???.ts', './??-*.ts', './???-*.ts', '!./en.ts']);

const loaders = new Map(Object.entries(files).map(([path, load]) => [path.slice(2, -3).toLowerCase(), load]));

/** The languages with their own strings: English and every language file. (A function, so that a bundle that does not ask leaves it out.) */
export const languages = (): string[] => ['en', ...loaders.keys()].sort();

const ready = new Map<string, Strings>([['en', en]]);
const loading = new Map<string, Promise<Strings>>();

/**
 * What the formatting here has worked out once, by key: tags in canonical form (every render asks,
 * and a page speaks few languages) and Intl formatters (costly to build, and used on every card).
 * Bounded: a page needs a handful per language, but a server that renders in whatever language a
 * query string asks for (`?lang=en-x-1`, `?lang=en-x-2`, …) would otherwise keep some for every
 * request. Past the bound it starts again, and the languages in use work theirs out anew.
 */
const memo = new Map<string, unknown>();
export const MAX_MEMO = 300;

/** How many things are remembered (for tests). */
export const memoSize = (): number => memo.size;

function remember<T>(key: string, make: () => T): T {
  if (!memo.has(key)) {
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(key, make());
  }
  return memo.get(key) as T;
}

/** A language tag in canonical form (`iw` → `he`, `EN-gb` → `en-GB`); `en` for one that is not a tag. */
export function canonical(tag: string): string {
  // Formatters' keys start with their kind's name, never with a space.
  return remember(` ${tag}`, () => {
    try {
      return Intl.getCanonicalLocales(tag.trim())[0] ?? 'en';
    } catch {
      return 'en';
    }
  });
}

/** Whose strings serve a language: its own file (`pt-br`), else its base language's (`pt`), else English. */
export function stringsLanguage(tag: string): string {
  let key = canonical(tag).toLowerCase();
  while (key && key !== 'en' && !loaders.has(key)) key = key.slice(0, Math.max(0, key.lastIndexOf('-')));
  return key || 'en';
}

/** The strings for a language when they are here (English always is); undefined while they load. */
export function stringsFor(tag: string): Strings | undefined {
  return ready.get(stringsLanguage(tag));
}

/**
 * Loads the strings for a language (once per page, however many elements ask). Never fails: a
 * language whose file cannot be loaded (offline, a Content-Security-Policy) falls back to English,
 * with one console warning.
 */
export function loadStrings(tag: string): Promise<Strings> {
  const key = stringsLanguage(tag);
  const strings = ready.get(key);
  if (strings) return Promise.resolve(strings);
  let promise = loading.get(key);
  if (!promise) {
    promise = loaders
      .get(key)!()
      .then(
        (module) => module.default,
        (error: unknown) => {
          console.warn(`news-widgets: the "${key}" strings could not be loaded, so English is shown. (${error})`);
          return en;
        },
      )
      .then((loaded) => {
        ready.set(key, loaded);
        return loaded;
      });
    loading.set(key, promise);
  }
  return promise;
}

// ---------------------------------------------------------------------------------------------
// The reader's language and direction.
// ---------------------------------------------------------------------------------------------
/** The direction a language is written in (by its script, when the tag names one: `az-Arab` is rtl). */
export function directionOf(language: string): 'rtl' | 'ltr' {
  const [base, script] = canonical(language).split('-');
  return (script?.length === 4 ? /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg)$/.test(script) : /^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)$/i.test(base)) ? 'rtl' : 'ltr';
}

export interface Reader {
  /** The language dates, numbers and strings follow. */
  lang: string;
  /** The direction the element lays out in. */
  dir: 'ltr' | 'rtl';
}

/**
 * Whom an element speaks to. The language: the element's own `lang`, else the closest ancestor's,
 * crossing shadow roots (an element inside another's shadow root reads its host's), else the
 * document's, else `fallback` (the article's own language), else English. The direction: `dir`
 * (`ltr` or `rtl`) from the element or an ancestor when it is set as close as the language or
 * closer, else the language's own. `lang=""` and `dir="auto"` count as unset.
 */
export function readerOf(element: Element, fallback?: string): Reader {
  let dir: Reader['dir'] | undefined;
  let lang: string | undefined;
  for (let node: Element | null = element; node && !lang; ) {
    const own = node.getAttribute('dir')?.toLowerCase();
    if (own === 'ltr' || own === 'rtl') dir ??= own;
    lang = node.getAttribute('lang')?.trim();
    // From a shadow root on to its host. Another root (a document, the top of a tree outside the
    // page) ends the walk: told apart by what they have, since a server has no ShadowRoot class.
    const root = node.getRootNode() as Partial<ShadowRoot & Element>;
    node = node.parentElement ?? (root.tagName ? null : (root.host ?? null));
  }
  lang ||= fallback?.trim() || 'en';
  return { lang, dir: dir ?? directionOf(lang) };
}

/** The reader's language alone (see `readerOf`). */
export function languageOf(element: Element, fallback?: string): string {
  return readerOf(element, fallback).lang;
}

// One MutationObserver for the whole page (not one per element) watches `lang` and `dir` on every
// element of the document; each element checks whether its own language or direction changed.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
let scheduled = false;

function notify(): void {
  scheduled = false;
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` after any `lang` or `dir` attribute in the document changes. Returns the way to stop. */
export function onLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(notify);
    observer.observe(document, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/**
 * Asks every element to check its language again, once, soon: an element whose own language
 * changed calls it, so that the elements inside its shadow root (which the page's observer does
 * not see) follow.
 */
export function languageChanged(): void {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(notify);
}

// ---------------------------------------------------------------------------------------------
// Formatting. Intl formatters are costly to build and used on every card: one per locale and kind.
// A locale Intl does not know falls back to English, not to the browser's own language.
// ---------------------------------------------------------------------------------------------
/**
 * The formatter of a kind for a language and options (each built once: keyed by all three, the
 * language in canonical form, so `en-GB` and `EN-gb` share one). Arabic without a region (`ar`) is
 * written with Latin digits by current CLDR, with Arabic-Indic ones by older ICU (WebKitGTK's on
 * Debian 12): its digits are named, so that every engine writes the same. A region keeps its own
 * (`ar-EG` Arabic-Indic, `ar-MA` Latin), and so does a tag that names them.
 */
function intl<T, O>(Kind: new (locales: string[], options?: O) => T, language: string, options?: O): T {
  const locale = canonical(language);
  return remember(`${Kind.name}|${JSON.stringify(options)}|${locale}`, () => new Kind([locale === 'ar' ? 'ar-u-nu-latn' : locale, 'en'], options));
}

/** A long date: "March 12, 2026", "12 mars 2026". */
export function formatDate(iso: string, language: string): string {
  return intl(Intl.DateTimeFormat, language, { dateStyle: 'long' }).format(new Date(iso));
}

/** A date and time: "March 12, 2026 at 9:30 AM". */
export function formatDateTime(iso: string, language: string): string {
  return intl(Intl.DateTimeFormat, language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A recent moment relative to now ("3 hours ago", "yesterday", "hier"); undefined for one more than
 * a week ago or in the future (beyond a few minutes of clock skew), which reads better as a date.
 */
export function formatRelative(iso: string, language: string, now = Date.now()): string | undefined {
  const diff = Date.parse(iso) - now;
  if (!(diff > -7 * DAY && diff < 5 * MINUTE)) return undefined;
  const format = intl(Intl.RelativeTimeFormat, language, { numeric: 'auto' });
  // In the largest unit it is at least one of ("now" under a minute, and a few minutes ahead).
  for (const [unit, ms] of [['day', DAY], ['hour', HOUR], ['minute', MINUTE]] as const) if (-diff >= ms) return format.format(Math.round(diff / ms), unit);
  return format.format(0, 'second');
}

/** A number ("1,234"), or compact ("1.2K", "1,2 k"). */
export function formatNumber(value: number, language: string, compact = false): string {
  return intl(Intl.NumberFormat, language, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}).format(value);
}

/** A number of minutes: "4 min", "4 Min.", "4 دقائق". */
export function formatMinutes(value: number, language: string, unitDisplay: 'short' | 'long' = 'short'): string {
  return intl(Intl.NumberFormat, language, { style: 'unit', unit: 'minute', unitDisplay }).format(value);
}

/** The plural category of a number in a language ("one", "few", "other", …). */
export function pluralOf(value: number, language: string): Intl.LDMLPluralRule {
  return intl(Intl.PluralRules, language).select(value);
}

/**
 * The text of a plural message for a number. The form is chosen by the rules of the language the
 * strings are in (`stringsIn`); `#` becomes `shown` (by default the number formatted for `language`).
 */
export function plural(message: Plural, value: number, language: string, stringsIn = language, shown = formatNumber(value, language)): string {
  return (message[pluralOf(value, stringsIn)] ?? message.other).replace('#', shown);
}

/**
 * A UI string with its `{name}` slots filled: an array of the text around them and the values
 * (text or templates), for sentences whose word order differs between languages.
 */
export function fill<V>(text: string, values: Record<string, V>): (string | V)[] {
  return text.split(/\{(\w+)\}/).map((piece, index) => (index % 2 ? values[piece] : piece));
}

/** The same, all text: for attributes. */
export function format(text: string, values: Record<string, string>): string {
  return fill(text, values).join('');
}
