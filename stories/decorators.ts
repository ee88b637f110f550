/**
 * What every story is rendered in: a wrapper that carries the toolbar's language (`lang`), text
 * direction (`dir`), colour scheme (the elements' `theme` attribute and a matching page
 * background) and reduced motion. The elements read the language from the closest ancestor with
 * `lang`, so the wrapper is all they need.
 */
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { action } from 'storybook/actions';

export const LANGUAGES = {
  en: 'English',
  fr: 'Français',
  de: 'Deutsch',
  es: 'Español',
  it: 'Italiano',
  pt: 'Português',
  nl: 'Nederlands',
  ar: 'العربية',
  he: 'עברית',
} as const;
export type Language = keyof typeof LANGUAGES;

const RTL = new Set(['ar', 'he']);
export const directionOf = (lang: string): 'ltr' | 'rtl' => (RTL.has(lang.split('-')[0]) ? 'rtl' : 'ltr');

/** The toolbar's globals, with their defaults. */
export const globalTypes = {
  lang: {
    description: 'Reader language (lang on a wrapper): dates, numbers and UI strings',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      items: Object.entries(LANGUAGES).map(([value, title]) => ({ value, title: `${value} · ${title}` })),
      dynamicTitle: true,
    },
  },
  dir: {
    description: 'Text direction of the page around the elements',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      items: [
        { value: 'auto', title: 'Direction of the language' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
      dynamicTitle: true,
    },
  },
  scheme: {
    description: 'Colour scheme: the elements’ theme attribute and the page background',
    toolbar: {
      title: 'Scheme',
      icon: 'contrast',
      items: [
        { value: 'light', title: 'Light', icon: 'sun' },
        { value: 'dark', title: 'Dark', icon: 'moon' },
        { value: 'system', title: 'System (no theme attribute)', icon: 'browser' },
      ],
      dynamicTitle: true,
    },
  },
  motion: {
    description: 'Reduced motion (skeleton pulse and transitions off)',
    toolbar: {
      title: 'Motion',
      icon: 'play',
      items: [
        { value: 'full', title: 'Motion allowed', icon: 'play' },
        { value: 'reduce', title: 'Reduced motion', icon: 'stop' },
      ],
      dynamicTitle: true,
    },
  },
};

export const initialGlobals = { lang: 'en', dir: 'auto', scheme: 'light', motion: 'full' };

/**
 * `prefers-reduced-motion` cannot be switched from a page, so "Reduced motion" gives every shadow
 * root inside the story what the elements' own `@media (prefers-reduced-motion: reduce)` path
 * gives them: no animation and no transition. Shadow roots that appear later (a related strip's
 * cards, once loaded) are caught by observing each root.
 */
const still = new CSSStyleSheet();
still.replaceSync('*, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }');

function stillen(root: ParentNode, observers: MutationObserver[]): void {
  for (const element of root.querySelectorAll('*')) {
    const shadow = element.shadowRoot;
    if (!shadow || shadow.adoptedStyleSheets.includes(still)) continue;
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, still];
    const observer = new MutationObserver(() => stillen(shadow, observers));
    observer.observe(shadow, { childList: true, subtree: true });
    observers.push(observer);
    stillen(shadow, observers);
  }
}

const TAGS = 'news-article, news-article-card, news-author-bio, news-tag-list, news-related-articles';
const logLoad = action('news-load');
const logError = action('news-error');
const logClick = action('news-click');

/** Storybook keeps the reader on the story: article clicks go to the Actions panel, not to the invented site. */
function onClick(event: Event): void {
  logClick((event as CustomEvent).detail);
  event.preventDefault();
}

export const withReaderContext: Decorator = (story, { globals, parameters }) => {
  const lang: string = globals.lang ?? 'en';
  const dir: string = globals.dir === 'ltr' || globals.dir === 'rtl' ? globals.dir : directionOf(lang);
  const scheme: string = globals.scheme ?? 'light';
  const reduce = globals.motion === 'reduce';
  const observers: MutationObserver[] = [];
  const applied = (wrapper: Element | undefined) => {
    observers.splice(0).forEach((observer) => observer.disconnect());
    if (!wrapper) return;
    // After this render has put the story's elements in the wrapper.
    queueMicrotask(() => {
      if (scheme === 'light' || scheme === 'dark') {
        for (const element of wrapper.querySelectorAll(TAGS)) {
          // Only the outermost elements: they hand `theme` down to the ones they are made of.
          if (!element.parentElement?.closest(TAGS)) element.setAttribute('theme', scheme);
        }
      }
      if (reduce) stillen(wrapper, observers);
    });
  };
  return html`<div
    class="news-story"
    lang=${lang}
    dir=${dir}
    data-scheme=${scheme}
    @news-load=${(event: CustomEvent) => logLoad(event.detail)}
    @news-error=${(event: CustomEvent) => logError(event.detail.error)}
    @news-click=${parameters.followLinks ? (event: CustomEvent) => logClick(event.detail) : onClick}
    ${ref(applied)}
  >
    ${story()}
  </div>`;
};
