/**
 * Helpers for the stories' `play` functions. The elements render in shadow DOM, which Testing
 * Library's queries do not enter, so these look inside shadow roots by `part`.
 */
import type { LitElement } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { loadStrings, plural, readerOf, stringsLanguage, type Plural, type Strings } from '../src/i18n/index.js';

type NewsLike = LitElement & { model?: unknown; error?: { code: string }; retry(): void };

/** How long a story may take to reach a state (the slow endpoint answers after 1.5 s). */
const SETTLE_MS = 4000;

/** The first element with this tag in the story, once it has rendered. */
export async function elementIn<E extends NewsLike>(canvas: HTMLElement, tag: string): Promise<E> {
  const element = await waitFor(
    () => {
      const found = canvas.querySelector<E>(tag);
      if (!found) throw new Error(`No <${tag}> in the story`);
      return found;
    },
    { timeout: SETTLE_MS },
  );
  await element.updateComplete;
  return element;
}

/** An element inside an element's shadow root (by `part`, usually); fails when there is none. */
export function inside<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const found = host.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} inside <${host.localName}>`);
  return found;
}

export function allInside<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return Array.from(host.shadowRoot?.querySelectorAll<E>(selector) ?? []);
}

export const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the element shows its content (not the skeleton, not an error). */
export async function loaded(element: NewsLike): Promise<void> {
  await waitFor(
    () => {
      expect(element.error, `<${element.localName}> failed: ${element.error?.code}`).toBeUndefined();
      expect(element.model).toBeDefined();
      expect(element.hasAttribute('aria-busy')).toBe(false);
    },
    { timeout: SETTLE_MS },
  );
  await element.updateComplete;
}

/** Waits until the element shows its error state, and returns the error box. */
export async function failed(element: NewsLike, code?: string): Promise<HTMLElement> {
  await waitFor(() => expect(element.shadowRoot?.querySelector('[part="error"]')).not.toBeNull(), { timeout: SETTLE_MS });
  if (code) expect(element.error?.code).toBe(code);
  return inside<HTMLElement>(element, '[part="error"]');
}

/** Checks the loading state: a skeleton, and `aria-busy` on the element. */
export async function stillLoading(element: NewsLike): Promise<void> {
  await element.updateComplete;
  expect(element.getAttribute('aria-busy')).toBe('true');
  expect(inside(element, '[part="skeleton"]').getAttribute('aria-hidden')).toBe('true');
}

/**
 * The words an element shows its reader (the toolbar's language, or a story's own): stories check
 * the element's text against them, so that they hold in every language the story tests run in.
 */
export async function wordsOf(element: Element): Promise<{ t: Strings; lang: string; count: (message: Plural, value: number) => string }> {
  const { lang } = readerOf(element);
  const t = await loadStrings(lang);
  return { t, lang, count: (message, value) => plural(message, value, lang, stringsLanguage(lang)) };
}
