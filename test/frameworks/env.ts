import axe from 'axe-core';
import { expect, inject } from 'vitest';

export { click, part, textOf, until } from '../dom.js';

/** The test content server: the reference endpoint, counting every request it receives. */
export const origin = inject('contentOrigin');
export const endpoint = `${origin}/api/`;

/** How many requests the content server received for a path (with its query), and how many the browser abandoned. */
export async function served(path: string): Promise<{ count: number; abandoned: number }> {
  const response = await fetch(`${origin}/__test/requests?path=${encodeURIComponent(path)}`);
  return response.json();
}

/** Asserts that axe finds no accessibility violation in an element (shadow DOM included). */
export async function expectAccessible(element: Element): Promise<void> {
  const { violations } = await axe.run(element);
  const found = violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(found).toEqual([]);
}
