/**
 * The parts of the elements that others are made of, for `exportparts`: a page's `::part()` crosses
 * one shadow boundary, so an element that renders another one exports that one's parts under the
 * nested element's own part name and a hyphen (a strip's card's `title` is the strip's
 * `card-title`; an article's related strip's card's `title` is the article's `related-card-title`).
 * The lists are those the elements document (`@csspart`); test/styling-from-outside.test.ts keeps
 * them in step with custom-elements.json. Names are space-separated, as in a `part` attribute.
 */

/** The parts of the loading and error states, which every element has. */
export const STATE_PARTS = 'skeleton error error-message retry';
export const CARD_PARTS = 'card media image content section title link summary meta byline date reading-time';
export const TAG_LIST_PARTS = 'list item tag more empty';
export const AUTHOR_BIO_PARTS = 'bio avatar eyebrow name name-link role text links link';
export const RELATED_PARTS = 'section heading list item card empty';

/** `names` with `prefix` and a hyphen before each: `title image` → `card-title card-image`. */
export const prefixed = (prefix: string, names: string): string => names.replace(/\S+/g, `${prefix}-$&`);

/** An `exportparts` value: `title image` → `title:card-title,image:card-image`. */
export const exportParts = (prefix: string, names: string): string => names.replace(/\S+/g, `$&:${prefix}-$&`).replaceAll(' ', ',');
