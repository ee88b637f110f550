import type { LitElement } from 'lit';
import { origin, shadow, until } from './helpers.js';

/** The fake Ghost's Content API key (test/cms-server.mjs). */
export const GHOST_KEY = '6c2a5b0f9d3e4a1b7c8d9e0f12';

/**
 * The fake CMSs' site root (WordPress at `wp-json/`, Ghost at `ghost/api/content/`, feeds at
 * `feeds/`) behind a prefix of the test's own, `/delay/<n>/`, so that the requests it makes can be
 * counted apart from every other test's (the client's cache lasts as long as the test file's page).
 */
export const site = (n: number): string => `${origin}/delay/${n}/`;

/** The path (with query) a request to `url` is counted under by the test server. */
export const path = (url: string): string => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

/** An element inside another's shadow root, once it has loaded (or been given) its model. */
export async function inner<T extends LitElement & { model?: unknown; error?: unknown }>(host: Element, selector: string): Promise<T> {
  let found: T | null = null;
  await until(() => {
    found = shadow(host).querySelector<T>(selector);
    return !!found && (found.model !== undefined || found.error !== undefined);
  });
  await found!.updateComplete;
  return found!;
}

/** The texts of every match of `selector` in an element's shadow root. */
export const texts = (el: Element, selector: string): string[] =>
  Array.from(shadow(el).querySelectorAll(selector), (node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
