import { fixtureSync, oneEvent } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';

export { click, nextTask, part, shadow, textOf, until } from './dom.js';

/** Where the test run's servers listen (they are started by web-test-runner.config.mjs). */
const env: { origin: string; faultOrigin: string } = await (await fetch('/__test-env.json')).json();

/** The content server: the reference endpoint and its test doubles (test/server.mjs). */
export const origin: string = env.origin;

/** The misbehaving server (test/fault-server.mjs), on a third origin. */
export const faultOrigin: string = env.faultOrigin;

/** The reference endpoint, and the same endpoint behind a delay, a hang or an outage. */
export const endpoint = `${origin}/api/`;
export const delayed = (ms: number) => `${origin}/delay/${ms}/api/`;
export const hanging = `${origin}/hang/api/`;
export const down = `${origin}/down/api/`;
export const fixture = (name: string) => `${origin}/fixtures/${name}`;

/** How many requests the server received for a path (with query), and how many the browser abandoned. */
export async function served(path: string): Promise<{ count: number; abandoned: number }> {
  const response = await fetch(`${origin}/__test/requests?path=${encodeURIComponent(path)}`);
  return response.json();
}

export async function bringUp(): Promise<void> {
  await fetch(`${origin}/__test/up`);
}

/** Resolves with the first news-load or news-error event the element fires. */
export function settled(element: Element): Promise<CustomEvent> {
  return Promise.race([oneEvent(element, 'news-load'), oneEvent(element, 'news-error')]) as Promise<CustomEvent>;
}

export const faulty = (fault: string, name: string) => `${faultOrigin}/${fault}/${name}/api/`;

export interface FaultRequests {
  /** Requests made by `fetch` in CORS mode: the library's own requests. */
  cors: number;
  /** `no-cors` requests: the client's probes after a failed request. */
  probes: number;
  /** Requests the browser gave up on before the whole answer was sent. */
  abandoned: number;
  /** When each request arrived (server clock, ms). */
  times: number[];
}

/** What the fault server received for a path (with query). */
export async function faultServed(path: string): Promise<FaultRequests> {
  const response = await fetch(`${faultOrigin}/__fault/requests?path=${encodeURIComponent(path)}`);
  return response.json();
}

/** Switches a `/flaky/<key>/` resource of the fault server to failing (`break`) or back to answering (`mend`). */
export async function flaky(action: 'break' | 'mend', key: string): Promise<void> {
  await fetch(`${faultOrigin}/__fault/${action}?key=${encodeURIComponent(key)}`, { method: 'POST' });
}

/** A port on loopback where nothing listens (and that Chromium does not block as unsafe): a refused connection. */
export const closedPort = 'http://127.0.0.1:2/api/';

/**
 * Renders a template (cleaned up after the test, like `fixture`) and resolves once the element has
 * settled: its first news-load or news-error. The listener is attached before the element's first
 * update, so an error raised synchronously (a missing attribute, an invalid `.data`) or an answer
 * served from the cache is not missed.
 */
export async function load<T extends LitElement>(template: TemplateResult): Promise<{ el: T; event: CustomEvent }> {
  const el = fixtureSync<T>(template);
  const event = await settled(el);
  await el.updateComplete;
  return { el, event };
}

/** Replaces console.warn while `run` runs; returns what was warned. */
export async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}
