import { NewsError } from '../data/errors.js';

/**
 * Returns a required attribute's value, or throws an error naming the element and the attribute.
 * With `src` the element reads one given document, so nothing else is needed to find it.
 */
export function requireAttribute(element: Element & { src?: string }, name: string, value: string | undefined): string {
  if (value?.trim()) return value.trim();
  if (element.src) return '';
  const article = /^[aeiou]/.test(name) ? 'an' : 'a';
  throw new NewsError('config', `<${element.localName}> needs ${article} ${name} attribute (or a .data model).`, { field: name });
}
