import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Strings } from '../i18n/en.js';
import { languageChanged, loadStrings, onLanguageChange, plural, readerOf, stringsFor, stringsLanguage, type Plural, type Reader } from '../i18n/index.js';

/** What a render needs besides the model: the reader's language, direction and strings. */
export interface RenderContext {
  /** The reader's language: `Intl` formats dates and numbers in it. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The UI strings: the language's own, else English. */
  t: Strings;
  /** A plural message for a number, `#` written as `shown` (by default the number for `lang`). */
  plural(message: Plural, value: number, shown?: string): string;
}

function contextFor({ lang, dir }: Reader, t: Strings): RenderContext {
  const stringsIn = t === stringsFor('en') ? 'en' : stringsLanguage(lang);
  return { lang, dir, t, plural: (message, value, shown) => plural(message, value, lang, stringsIn, shown) };
}

/**
 * Whom an element speaks to, and in which words. The language and direction are the closest `lang`
 * and `dir` (see `readerOf`), else the model's own language (`fallback`). Every language but
 * English has its strings in a chunk of its own: while they load, the element waits for them
 * (`pending`, which its `updateComplete` waits for too) and renders again once they are here. A
 * `lang` or `dir` that changes anywhere in the document renders the element again when it changes
 * what the element speaks; the element reports changes of its own attributes (`check`), since the
 * page's observer does not see inside shadow roots.
 */
export class LanguageController implements ReactiveController {
  /** The reader as last rendered for. */
  reader?: Reader;
  /** The context of the last render that had its strings. */
  context?: RenderContext;
  /** The strings the element waits for before it shows what it should. */
  pending?: Promise<unknown>;

  #host: ReactiveControllerHost & Element;
  #fallback: () => string | undefined;
  #stopWatching?: () => void;
  /** Language and direction last shown, so that the elements inside hear of a change. */
  #shownKey?: string;

  constructor(host: ReactiveControllerHost & Element, fallback: () => string | undefined) {
    this.#host = host;
    this.#fallback = fallback;
    host.addController(this);
  }

  /**
   * The reader now, for a render: the context to render in when the strings of its language are at
   * hand; else undefined, and the element renders again once they have loaded.
   */
  read(): RenderContext | undefined {
    const reader = (this.reader = readerOf(this.#host, this.#fallback()));
    const strings = stringsFor(reader.lang);
    if (strings) return (this.context = contextFor(reader, strings));
    // While another language's strings load (the reader changed languages meanwhile), those come
    // first: the render they bring asks for these.
    this.pending ??= loadStrings(reader.lang).then(() => {
      this.pending = undefined;
      this.#host.requestUpdate();
    });
    return undefined;
  }

  /** Renders again when the reader's language or direction is no longer what was rendered. */
  check(): void {
    if (!this.reader) return;
    const { lang, dir } = readerOf(this.#host, this.#fallback());
    if (lang !== this.reader.lang || dir !== this.reader.dir) this.#host.requestUpdate();
  }

  hostConnected(): void {
    this.#stopWatching = onLanguageChange(() => this.check());
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
  }

  hostUpdated(): void {
    // The elements inside this one's shadow root read their language from it: tell them.
    const shown = this.context ?? this.reader;
    const key = shown && `${shown.lang}|${shown.dir}`;
    if (this.#shownKey !== undefined && key !== this.#shownKey) languageChanged();
    this.#shownKey = key;
  }
}
