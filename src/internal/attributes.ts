import { NewsError } from '../data/errors.js';
import { checkCount, type Source } from '../data/loaders.js';

/**
 * What an element loads: `key()` is the element's own inputs that decide it (a slug, a limit, …),
 * undefined while its key attribute is absent (see `waitsForKey`), and then it waits; `load()`
 * loads what they name.
 */
export interface ModelQuery<T> {
  key(): unknown[] | undefined;
  load(source: Source, signal: AbortSignal): Promise<T>;
}

/**
 * True while none of an element's key attributes (`slug`; `article` or `tag`) is set and no `src`
 * names its document: the element waits, silently, for one of them or for `.data`. An attribute
 * that is there but blank is not waiting: it is an error (see `byAttribute`, `emptyAttribute`).
 */
export function waitsForKey(element: { src?: string }, ...keys: (string | null | undefined)[]): boolean {
  return !element.src && keys.every((key) => key == null);
}

/**
 * The query of an element that shows the one model its attribute `name` names (`slug`, `author`):
 * it waits while the attribute is absent, and `load` gets the attribute's value, trimmed. A blank
 * one is a config error naming the element and the attribute, but with `src`: the element then
 * reads one given document, and nothing else is needed to find it.
 */
export function byAttribute<T, E extends Element & { src?: string }>(
  element: E,
  name: keyof E & string,
  load: (source: Source, value: string, signal: AbortSignal) => Promise<T>,
): ModelQuery<T> {
  const value = () => element[name] as string | undefined;
  return {
    key: () => (waitsForKey(element, value()) ? undefined : [value()]),
    load: (source, signal) => {
      const key = value()?.trim();
      if (!key && !element.src) throw emptyAttribute(element, name);
      return load(source, key ?? '', signal);
    },
  };
}

/** The config error of a key attribute written empty (`slug=""`): a template that had no value to put there. */
export function emptyAttribute(element: Element, name: string): NewsError {
  return new NewsError('config', `<${element.localName}> has an empty ${name} attribute: write a slug there, or give it .data.`, { field: name });
}

/**
 * Checks a whole-number attribute (`limit`, `max`), unless it is absent: `limit="-1"`,
 * `limit="1e9"` and `max="many"` are config errors naming it, not silently something else.
 */
export function checkCountAttribute<E extends Element>(element: E, name: keyof E & string, min: number, max: number): void {
  const value = element[name];
  if (value != null) checkCount(name, value, min, max, element.getAttribute(name));
}
