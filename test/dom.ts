// Page helpers that need nothing but the DOM, so that both test runners use them: web-test-runner
// (through test/helpers.ts) and Vitest's browser projects (through test/frameworks/env.ts).

/**
 * Waits until `check` is true, re-checking every 10 ms; fails after `ms`. Not on animation frames:
 * a hidden page (a test that minimises its window, a background tab) gets none.
 */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error('Condition not met in time');
    await nextTask();
  }
}

/** Lets the tasks already queued (event handlers, timers due) run. */
export function nextTask(ms = 10): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The element's shadow root. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** One element in a shadow root, or a failed test. */
export function part<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = shadow(element).querySelector<E>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in <${element.localName}>`);
  return found;
}

/** The text a reader sees in an element's shadow root, whitespace collapsed. */
export function textOf(node: Element | ShadowRoot): string {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Clicks a link without letting the test page navigate (or open a tab): a listener on the window,
 * which runs after every listener inside the page, reads whether the click was cancelled, then
 * cancels it.
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
