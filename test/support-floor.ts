/**
 * The browser support floor of the README (Safari and iOS 16.4, Firefox 115 ESR, Chromium 111), as
 * far as a test page can become it: every JavaScript API those engines lack is taken away before
 * the bundle loads. The library uses some of them where present (the Sanitizer API's `setHTML`,
 * declarative shadow DOM, Trusted Types); the rest (`AbortSignal.any` among them) it must not need
 * at all. CSS cannot be taken away (`:has()`, `lh`: their fallbacks are `@supports` rules, see the
 * README).
 */
const NEWER: [owner: () => object | undefined, names: string[]][] = [
  // Safari 17.4, Firefox 124, Chromium 116.
  [() => AbortSignal, ['any']],
  // The Sanitizer API and its relatives (Chromium 124–146, Firefox 123–148, Safari 17.4–).
  [() => Element.prototype, ['setHTML', 'setHTMLUnsafe', 'getHTML', 'moveBefore', 'checkVisibility']],
  [() => ShadowRoot.prototype, ['setHTML', 'setHTMLUnsafe', 'getHTML']],
  [() => Document, ['parseHTML', 'parseHTMLUnsafe']],
  // Declarative shadow DOM (Firefox 123).
  [() => HTMLTemplateElement.prototype, ['shadowRootMode', 'shadowRootDelegatesFocus', 'shadowRootClonable', 'shadowRootSerializable']],
  [() => HTMLElement.prototype, ['popover', 'showPopover', 'hidePopover', 'togglePopover']],
  [() => globalThis, ['Sanitizer', 'trustedTypes', 'TrustedHTML', 'requestIdleCallback', 'scheduler', 'navigation']],
  [() => Document.prototype, ['startViewTransition']],
  [() => Promise, ['withResolvers']],
  [() => Object, ['groupBy']],
  [() => Map, ['groupBy']],
  [() => Array, ['fromAsync']],
  [() => URL, ['canParse', 'parse']],
  [() => Response, ['json']],
  [() => String.prototype, ['isWellFormed', 'toWellFormed']],
  [() => Set.prototype, ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']],
  [() => (globalThis as { Iterator?: { prototype: object } }).Iterator?.prototype, ['map', 'filter', 'take', 'drop', 'flatMap', 'reduce', 'toArray', 'forEach', 'some', 'every', 'find']],
  [() => ReadableStream.prototype, ['values', Symbol.asyncIterator as unknown as string]],
  [() => Intl, ['Segmenter', 'DurationFormat']],
];

/** Deletes a property where it is defined (the object or a prototype of it); true when it was there and is gone. */
function remove(object: object, name: string): boolean {
  for (let owner: object | null = object; owner; owner = Object.getPrototypeOf(owner)) {
    if (!Object.prototype.hasOwnProperty.call(owner, name)) continue;
    delete (owner as Record<string, unknown>)[name];
    return !(name in object);
  }
  return false;
}

/** Takes away what the floor lacks; answers the names of what this browser had (and no longer has). */
export function becomeTheSupportFloor(): string[] {
  const removed: string[] = [];
  for (const [owner, names] of NEWER) {
    const object = owner();
    if (!object) continue;
    for (const name of names) if (remove(object, name)) removed.push(String(name));
  }
  return removed;
}
