// The page of 20 widgets on 5 resources: records every widget's `news-load` or `news-error` and
// every layout shift from the start of the page, and says when everything has arrived. The runner
// adds it to the page before anything else runs (Playwright's `addInitScript`), so that the page
// itself is only what a site owner writes: a script tag and the elements. It therefore imports
// nothing: it is a script on its own.

/** What the page saw, for bench/run.mjs. */
export interface NetworkResult {
  widgets: number;
  loaded: number;
  errors: string[];
  /** Cumulative Layout Shift: the largest session window of shifts (gaps under 1 s, at most 5 s long). */
  cls: number;
  shifts: { value: number; time: number; sources: string[] }[];
  /** Milliseconds from the start of the page to its first paint, and to the library's elements being defined. */
  firstPaint?: number;
  defined?: number;
}

declare global {
  interface Window {
    network?: { settled(): Promise<NetworkResult> };
  }
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

const TAGS = ['news-article', 'news-article-card', 'news-author-bio', 'news-tag-list', 'news-related-articles'];
const shifts: LayoutShift[] = [];
const loaded = new Set<EventTarget>();
const errors: string[] = [];
let defined: number | undefined;

new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[]))).observe({ type: 'layout-shift', buffered: true });
Promise.all(TAGS.map((tag) => customElements.whenDefined(tag))).then(() => (defined = Math.round(performance.now())));
document.addEventListener('news-load', (event) => event.target && loaded.add(event.target));
document.addEventListener('news-error', (event) => {
  const { error } = (event as CustomEvent<{ error: Error & { code: string } }>).detail;
  errors.push(`<${(event.target as Element).localName}> ${error.code}: ${error.message}`);
});

/** Every news-* element of the page, those inside other widgets' shadow roots too. */
function allWidgets(root: ParentNode = document.body): Element[] {
  return Array.from(root.querySelectorAll('*')).flatMap((element) =>
    TAGS.includes(element.localName) ? [element, ...(element.shadowRoot ? allWidgets(element.shadowRoot) : [])] : [],
  );
}

/** True once every widget shows its content and every image on screen has loaded. */
function complete(widgets: Element[]): boolean {
  if (!widgets.every((widget) => loaded.has(widget))) return false;
  const all = allWidgets();
  const shown = all.every((widget) => widget.shadowRoot?.querySelector('.frame') && !widget.shadowRoot.querySelector('[part="skeleton"]') && !widget.hasAttribute('aria-busy'));
  const article = document.querySelector('news-article');
  const body = !article || article.shadowRoot?.querySelector('[part="body"] > *');
  const images = all.flatMap((widget) => Array.from(widget.shadowRoot?.querySelectorAll('img') ?? []));
  const onScreen = images.filter((image) => image.getBoundingClientRect().top < innerHeight);
  return shown && Boolean(body) && onScreen.every((image) => image.complete);
}

/** Where a shift happened: the element, and the widgets whose shadow roots it is in. */
function describe(node: Node | null): string {
  if (!node) return '(a node no longer in the page)';
  const path: string[] = [];
  for (let current: Node | null = node; current; ) {
    if (current instanceof Element) {
      const part = current.getAttribute('part');
      path.unshift(current.localName + (part ? `[part=${part}]` : current.classList.length ? `.${[...current.classList].join('.')}` : ''));
    }
    current = current.parentNode instanceof ShadowRoot ? current.parentNode.host : current.parentNode;
    if (current === document.body) break;
  }
  return path.join(' > ');
}

/** CLS as the web-vitals definition has it: the largest burst of shifts. */
function cumulativeLayoutShift(entries: LayoutShift[]): number {
  let largest = 0;
  let window = 0;
  let first = 0;
  let last = 0;
  for (const entry of entries.filter((shift) => !shift.hadRecentInput)) {
    if (window && entry.startTime - last < 1000 && entry.startTime - first < 5000) window += entry.value;
    else [window, first] = [entry.value, entry.startTime];
    last = entry.startTime;
    largest = Math.max(largest, window);
  }
  return largest;
}

function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

window.network = {
  async settled() {
    const widgets = Array.from(document.querySelectorAll(TAGS.join(',')));
    do await afterNextFrame();
    while (!errors.length && !complete(widgets));
    // One more frame: a shift is reported after the frame that made it.
    await afterNextFrame();
    return {
      widgets: widgets.length,
      loaded: widgets.filter((widget) => loaded.has(widget)).length,
      errors,
      cls: cumulativeLayoutShift(shifts),
      shifts: shifts.map((shift) => ({
        value: shift.value,
        time: Math.round(shift.startTime),
        sources: shift.sources.map((source) => describe(source.node)),
      })),
      firstPaint: Math.round(performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN) || undefined,
      defined,
    };
  },
};
