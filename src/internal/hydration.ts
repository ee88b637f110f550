import { loadStrings, readerOf, stringsFor } from '../i18n/index.js';

// A server-rendered element (news-widgets/ssr) arrives with its shadow root already in the page, as
// declarative shadow DOM, and with the model it was rendered from as an inert JSON script among its
// children. Both sides of that hand-over are here: what the server writes, and what the element
// reads when it upgrades.

/** Marks the `<script type="application/json">` child that holds the model of a server-rendered element. */
export const HYDRATION_ATTRIBUTE = 'data-news-model';

/**
 * The model as a child of the element: JSON in a script that never runs (no Content-Security-
 * Policy or Trusted Types question), with `<`, `>` and `&` written as JSON escapes, so that nothing
 * in the text can close the script or open a comment in it.
 */
export function hydrationScript(model: unknown): string {
  const json = JSON.stringify(model).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/json" ${HYDRATION_ATTRIBUTE}>${json}</script>`;
}

/** Elements whose first model the server's rendering of it is already on screen for. */
const serverRendered = new WeakSet<Element>();

/**
 * Called when an element connects, before Lit's own connectedCallback. An element a server rendered
 * (its shadow root was there before it upgraded) takes its `.data` from the server's script, so it
 * makes no request. If Lit hydrates it (news-widgets-ssr.js; with news-widgets.js, Lit renders it
 * again, in place of the server's nodes), and unless its host does (`defer-hydration`, written by the server on nested elements), it also
 * waits for the strings of its language before it hydrates: its first render must be the
 * server's (no skeleton, no `aria-busy`), and a language other than English loads.
 */
export function prepareHydration(element: HTMLElement & { data?: unknown; readonly hasUpdated: boolean }): void {
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
  if (element.hasAttribute('defer-hydration')) return;
  const { lang } = readerOf(element, (element.data as { language?: string } | undefined)?.language);
  if (stringsFor(lang)) return;
  // @lit-labs/ssr-client's hydration support holds a deferred element back until the attribute goes.
  element.setAttribute('defer-hydration', '');
  void loadStrings(lang).then(() => element.removeAttribute('defer-hydration'));
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
