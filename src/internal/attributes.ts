import { NewsError } from '../data/errors.js';

/**
 * True while none of an element's key attributes (`slug`; `article` or `tag`) is set and no `src`
 * names its document: the element waits, silently, for one of them or for `.data`. An attribute
 * that is there but blank is not waiting: it is an error (see `requireAttribute`).
 */
export function waitsForKey(element: { src?: string }, ...keys: (string | null | undefined)[]): boolean {
  return !element.src && keys.every((key) => key == null);
}

/**
 * Returns a required attribute's value, or throws an error naming the element and the attribute
 * when it is blank. With `src` the element reads one given document, so nothing else is needed to
 * find it.
 */
export function requireAttribute(element: Element & { src?: string }, name: string, value: string | undefined): string {
  if (value?.trim()) return value.trim();
  if (element.src) return '';
  throw emptyAttribute(element, name);
}

/** The config error of a key attribute written empty (`slug=""`): a template that had no value to put there. */
export function emptyAttribute(element: Element, name: string): NewsError {
  return new NewsError('config', `<${element.localName}> has an empty ${name} attribute: write a slug there, or give it .data.`, { field: name });
}
