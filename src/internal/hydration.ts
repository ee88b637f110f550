// A server-rendered element (news-widgets/ssr) arrives with its shadow root already in the page, as
// declarative shadow DOM, and with the model it was rendered from as an inert JSON script among its
// children. What the element reads when it upgrades is here; the server writes that script with
// the attribute below (src/ssr.ts).

/** Marks the `<script type="application/json">` child that holds the model of a server-rendered element. */
export const HYDRATION_ATTRIBUTE = 'data-news-model';

/** Elements whose first model the server's rendering of it is already on screen for. */
const serverRendered = new WeakSet<Element>();

/** An element as hydration sees it: its `.data`, and whether Lit has rendered it yet. */
export type Hydrating = HTMLElement & { data?: unknown; readonly hasUpdated: boolean };

/**
 * What news-widgets/hydrate adds (hydrate.ts, with Lit's hydration support): an element that Lit is
 * about to hydrate waits, if need be, for the strings of its language. Only that entry needs it, so
 * it sets it here rather than every entry carrying it.
 */
let beforeHydration: ((element: Hydrating) => void) | undefined;

export function setBeforeHydration(hook: (element: Hydrating) => void): void {
  beforeHydration = hook;
}

/**
 * Set by `readServerRenderings()`, which `define()` (registry.ts) calls: news-widgets.js,
 * news-widgets-ssr.js, news-widgets/hydrate and a page's own `define()` register the elements
 * through it, and those read what a server rendered. The elements' own entry points
 * (news-widgets/article, news-widgets/related-articles, …) leave that to them, and weigh less for it.
 */
let adopt: ((element: Hydrating) => void) | undefined;

export function readServerRenderings(): void {
  adopt = adoptServerRendering;
}

/**
 * Called when an element connects, before Lit's own connectedCallback: see `adoptServerRendering`.
 * Without it, an element a server rendered loads and renders afresh, in place of the server's nodes.
 */
export function prepareHydration(element: Hydrating): void {
  if (adopt) adopt(element);
  else if (!element.hasUpdated) element.shadowRoot?.replaceChildren();
}

/**
 * An element a server rendered (its shadow root was there before it upgraded) takes its `.data`
 * from the server's script, so it makes no request. If Lit hydrates it (news-widgets-ssr.js; with
 * news-widgets.js, Lit renders it again, in place of the server's nodes), `beforeHydration` runs.
 */
function adoptServerRendering(element: Hydrating): void {
  if (element.hasUpdated) return;
  // Without declarative shadow DOM (Firefox before 123, with news-widgets.js) the server's shadow
  // root is an inert template: the model is taken all the same, and rendered afresh.
  const script = element.querySelector(`:scope>script[${HYDRATION_ATTRIBUTE}]`);
  if (script && element.data === undefined) {
    try {
      element.data = JSON.parse(script.textContent!);
      script.remove();
    } catch (error) {
      console.warn(`news-widgets: <${element.localName}> could not read the model its server wrote (${error}).`);
    }
  }
  if (!element.shadowRoot) return;
  // Lit's hydration support observes `defer-hydration` on every LitElement it patched. Without it,
  // Lit renders into the shadow root that is there, after the server's nodes: those go first.
  if (!(element.constructor as { observedAttributes?: string[] }).observedAttributes?.includes('defer-hydration')) {
    element.shadowRoot.replaceChildren();
    return;
  }
  serverRendered.add(element);
  beforeHydration?.(element);
}

/** True, once, for an element upgraded over a server rendering: what it shows of its first model is the server's. */
export function takeServerRendering(element: Element): boolean {
  return serverRendered.delete(element);
}

/** How a server turns an article body into HTML to render: set by news-widgets/ssr, where there is no DOM. */
let bodyRenderer: ((html: string, base: string | undefined) => unknown) | undefined;

export function setServerBodyRenderer(renderer: (html: string, base: string | undefined) => unknown): void {
  bodyRenderer = renderer;
}

/** The sanitized body as a server renders it. */
export function serverBody(html: string, base: string | undefined): unknown {
  if (!bodyRenderer) throw new Error('news-widgets: article bodies render on a server only through news-widgets/ssr.');
  return bodyRenderer(html, base);
}
