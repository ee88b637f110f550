import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { until } from './helpers.js';

/**
 * Helpers of the reader-facing tests (languages, right to left, accessibility, keyboard, theming,
 * hostile pages): walks of the composed DOM, media emulation and screenshots.
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

/** Emulates media features for the page (null: back to the machine's). */
export async function emulate(features: { forcedColors?: 'active' | 'none'; colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' } | null): Promise<void> {
  await executeServerCommand('news-media', features ?? {});
}

/** A screenshot of an element's box (it must be in the viewport), decoded to pixels; `save` also writes test/.screenshots/<save>.png. */
export async function screenshot(element: Element, save?: string): Promise<ImageData> {
  const box = element.getBoundingClientRect();
  const clip = { x: Math.floor(box.x), y: Math.floor(box.y), width: Math.ceil(box.width), height: Math.ceil(box.height), save };
  if (clip.y + clip.height > innerHeight || clip.x + clip.width > innerWidth) throw new Error(`<${element.localName}> is not wholly in the viewport`);
  const base64 = await executeServerCommand<string, typeof clip>('news-screenshot', clip);
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
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
