/**
 * Relative dates ("3 minutes ago") go stale on a page left open. One timer for the whole page, not
 * one per element, renders again every element that shows one: it runs while at least one such
 * element is on the page, and stops when the last one leaves (nothing keeps an element that left).
 */

/** Once a minute: the smallest unit a relative date shows. */
const PERIOD = 60_000;

const showing = new Set<{ requestUpdate(): void }>();
let timer: ReturnType<typeof setInterval> | undefined;

/** Renders `element` again on every tick while `shows` (it shows a relative date on the page), or no longer. */
export function keepCurrent(element: { requestUpdate(): void }, shows: boolean): void {
  if (shows) showing.add(element);
  else showing.delete(element);
  if (!showing.size) {
    clearInterval(timer);
    timer = undefined;
  } else timer ??= setInterval(() => showing.forEach((shown) => shown.requestUpdate()), PERIOD);
}
