import axe from 'axe-core';
import { expect, inject } from 'vitest';

/** The test content server: the reference endpoint, counting every request it receives. */
export const origin = inject('contentOrigin');
export const endpoint = `${origin}/api/`;

/** How many requests the content server received for a path (with its query), and how many the browser abandoned. */
export async function served(path: string): Promise<{ count: number; abandoned: number }> {
  const response = await fetch(`${origin}/__test/requests?path=${encodeURIComponent(path)}`);
  return response.json();
}

/**
 * Waits until `check` is true, re-checking every 10 ms; fails after `ms`. Not on animation frames:
 * a page in a background tab gets none.
 */
export async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('Condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One element in an element's shadow root, or a failed test. */
export function inShadow<E extends Element = HTMLElement>(host: Element, selector: string): E {
  const element = host.shadowRoot?.querySelector<E>(selector);
  if (!element) throw new Error(`Nothing matches ${selector} in <${host.localName}>`);
  return element;
}

/**
 * Clicks a link without letting the test page navigate: a listener on the window, which runs after
 * every other listener, reads whether the click was cancelled and then cancels it.
 */
export function click(link: HTMLAnchorElement): { followed: boolean } {
  const result = { followed: false };
  const last = (event: Event) => {
    result.followed = !event.defaultPrevented;
    event.preventDefault();
  };
  window.addEventListener('click', last, { once: true });
  link.click();
  return result;
}

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export function textOf(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Asserts that axe finds no accessibility violation in an element (shadow DOM included). */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element);
  const found = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(found).toEqual([]);
}
