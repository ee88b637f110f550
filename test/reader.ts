import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { until } from './helpers.js';

/**
 * Helpers of the reader-facing tests (languages, right to left, accessibility, keyboard, theming,
 * hostile pages): walks of the composed DOM, media emulation, viewport, keys and screenshots. Each
 * works in Chromium, Firefox and WebKit (the server's side is test/commands.mjs): use these, not
 * @web/test-runner-commands' own, which need Chromium for some of this.
 */

export const TAGS = ['news-article', 'news-article-card', 'news-author-bio', 'news-tag-list', 'news-related-articles'] as const;
export type Tag = (typeof TAGS)[number];
type NewsLike = LitElement & { model?: unknown; error?: unknown };

/** Every element in a root and in every open shadow root below it, in tree order (host before its shadow content). */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** The news elements in (and including) an element, nested ones included. */
export function newsElements(root: Element): NewsLike[] {
  return deepElements(root).filter((element): element is NewsLike => element.localName.startsWith('news-'));
}

/**
 * Resolves once the element and every news element inside it have rendered in the reader's
 * language and none is loading (or, with `busy`, once the outer one shows its skeleton).
 */
export async function settledDeep(root: LitElement, { busy = false } = {}): Promise<void> {
  if (busy) {
    await root.updateComplete;
    return;
  }
  await until(async () => {
    const all = newsElements(root);
    await Promise.all(all.map((element) => element.updateComplete));
    return newsElements(root).every((element) => !element.hasAttribute('aria-busy'));
  }, 5000);
}

/** The element that has the focus, inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Media features a test can emulate; a feature left out is the machine's. */
export interface MediaFeatures {
  forcedColors?: 'active' | 'none';
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Emulates media features for the page, and no others (null or {}: back to the machine's). Chromium
 * emulates them itself (CDP). Firefox and WebKit have no such emulation that a test can reach, so
 * there the page does it: every stylesheet adopted by the document or a shadow root (now, and later
 * while the emulation lasts) whose `@media` conditions test these features is replaced by a copy in
 * which each such test is one that is always, or never, true; `matchMedia` answers accordingly. The
 * originals are not changed (WebKit's web process can crash when a stylesheet shared by many shadow
 * roots has its media rules rewritten). That shows what the elements' own rules do; it does not
 * make the engine force colours on what has no such rule.
 */
export async function media(features: MediaFeatures | null): Promise<void> {
  const emulated = await executeServerCommand<boolean, MediaFeatures>('news-media', features ?? {});
  if (!emulated) emulateInPage(features && Object.values(features).some(Boolean) ? features : null);
}

/** The same as `media()`. */
export const emulate = media;

const FEATURES = { 'forced-colors': 'forcedColors', 'prefers-color-scheme': 'colorScheme', 'prefers-reduced-motion': 'reducedMotion' } as const;
/** Their value that a boolean test (`(forced-colors)`) is false for. */
const NONE: Record<string, string> = { forcedColors: 'none', reducedMotion: 'no-preference' };
const FEATURE_TEST = /\(\s*(forced-colors|prefers-color-scheme|prefers-reduced-motion)\s*(?::\s*([\w-]+)\s*)?\)/g;
const MEDIA_PRELUDE = /@media[^{]*\{/g;

let inPage: MediaFeatures | null = null;
/** The emulated copy of each stylesheet (itself when it tests none of the features), and the original of each copy. */
const copies = new Map<CSSStyleSheet, CSSStyleSheet>();
const originals = new Map<CSSStyleSheet, CSSStyleSheet>();

/** A media query list with each test of an emulated feature replaced by one that is always, or never, true. */
function emulatedQuery(query: string): string {
  if (!inPage) return query;
  const features = inPage;
  return query.replace(FEATURE_TEST, (test, name: keyof typeof FEATURES, value?: string) => {
    const emulated = features[FEATURES[name]];
    if (!emulated) return test;
    const matches = value ? value === emulated : emulated !== NONE[FEATURES[name]];
    return matches ? '(width >= 0px)' : '(width < 0px)';
  });
}

/** The sheet to adopt in place of `sheet` under the present emulation: the original, or its emulated copy. */
function emulatedSheet(sheet: CSSStyleSheet): CSSStyleSheet {
  const original = originals.get(sheet) ?? sheet;
  if (!inPage) return original;
  let copy = copies.get(original);
  if (!copy) {
    let text: string;
    try {
      text = Array.from(original.cssRules, (rule) => rule.cssText).join('\n');
    } catch {
      return original; // a stylesheet from another origin: not ours
    }
    const emulated = text.replace(MEDIA_PRELUDE, emulatedQuery);
    copy = original;
    if (emulated !== text) {
      copy = new CSSStyleSheet();
      copy.replaceSync(emulated);
      originals.set(copy, original);
    }
    copies.set(original, copy);
  }
  return copy;
}

let adopt: ((root: DocumentOrShadowRoot, sheets: CSSStyleSheet[]) => void) | undefined;
/** Stylesheets adopted while an emulation lasts (a new element's, a test's own) are swapped as they come. */
function hookAdoption(): void {
  if (adopt) return;
  const setters = new Map<object, (sheets: CSSStyleSheet[]) => void>();
  for (const prototype of [ShadowRoot.prototype, Document.prototype]) {
    const property = Object.getOwnPropertyDescriptor(prototype, 'adoptedStyleSheets')!;
    setters.set(prototype, property.set!);
    Object.defineProperty(prototype, 'adoptedStyleSheets', {
      ...property,
      set(this: DocumentOrShadowRoot, sheets: CSSStyleSheet[]) {
        property.set!.call(this, sheets.map(emulatedSheet));
      },
    });
  }
  adopt = (root, sheets) => setters.get(root instanceof ShadowRoot ? ShadowRoot.prototype : Document.prototype)!.call(root, sheets);
  const matchMedia = window.matchMedia.bind(window);
  window.matchMedia = (query: string) => matchMedia(emulatedQuery(query));
}

function emulateInPage(features: MediaFeatures | null): void {
  hookAdoption();
  inPage = features;
  copies.clear();
  const roots: (Document | ShadowRoot)[] = [document, ...deepElements(document).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []))];
  for (const root of roots) {
    const sheets = root.adoptedStyleSheets.map(emulatedSheet);
    if (sheets.some((sheet, i) => sheet !== root.adoptedStyleSheets[i])) adopt!(root, sheets);
  }
}

/** Sets the size of the page's viewport (`innerWidth` × `innerHeight`), in every engine. */
export async function setViewport(viewport: { width: number; height: number }): Promise<void> {
  await executeServerCommand('news-viewport', viewport);
}

/**
 * Real key presses, as @web/test-runner-commands' `sendKeys` (key names as Puppeteer's: `Tab`,
 * `Shift`, `Enter`, `Space`, …), with `down` and `up` in every engine: WebDriver actions in WebKit.
 */
export async function sendKeys(keys: { press: string } | { down: string } | { up: string } | { type: string }): Promise<void> {
  await executeServerCommand('news-keys', keys);
}

/**
 * A screenshot of an element's box (it must be in the viewport), decoded to pixels; `save` also
 * writes the image to test/.screenshots/<save>.png (in WebKit, the whole viewport: its WebDriver
 * takes nothing smaller, and the box is cut out here).
 */
export async function screenshot(element: Element, save?: string): Promise<ImageData> {
  const box = element.getBoundingClientRect();
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height), save };
  if (clip.y + clip.height > innerHeight || clip.x + clip.width > innerWidth) throw new Error(`<${element.localName}> is not wholly in the viewport`);
  // WebKit's WebDriver takes the last frame it painted: let the page paint what it now is.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const base64 = await executeServerCommand<string, typeof clip>('news-screenshot', clip);
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const whole = bitmap.width !== clip.width || bitmap.height !== clip.height;
  const scale = whole ? bitmap.width / innerWidth : 1;
  const canvas = new OffscreenCanvas(clip.width * scale, clip.height * scale);
  const context = canvas.getContext('2d')!;
  if (whole) context.drawImage(bitmap, clip.x * scale, clip.y * scale, canvas.width, canvas.height, 0, 0, canvas.width, canvas.height);
  else context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** How many pixels differ between two screenshots (by more than `tolerance` in a channel); every pixel when sizes differ. */
export function pixelsDiffering(a: ImageData, b: ImageData, tolerance = 0): number {
  if (a.width !== b.width || a.height !== b.height) return Math.max(a.width * a.height, b.width * b.height);
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    for (let channel = 0; channel < 4; channel++) {
      if (Math.abs(a.data[i + channel] - b.data[i + channel]) > tolerance) {
        differing++;
        break;
      }
    }
  }
  return differing;
}

/**
 * Waits until every image in the element's composed tree has loaded (or failed). A hidden page (a
 * minimised window) loads no lazy image: there, none will load, so there is nothing to wait for.
 */
export async function imagesLoaded(root: Element): Promise<void> {
  if (document.visibilityState === 'hidden') return;
  await until(() => deepElements(root).every((element) => !(element instanceof HTMLImageElement) || element.complete), 5000);
}

/** The relative luminance of a computed `rgb()`/`rgba()` colour (WCAG 2). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const channel = Number(value) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two computed colours. */
export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
