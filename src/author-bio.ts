/**
 * `news-widgets/author-bio`: registers the element (and the elements it is made of) on import.
 * For scoped registries, import the class from `news-widgets` and call `define()` instead.
 */
import { NewsAuthorBio } from './elements/author-bio/news-author-bio.js';
import { defineElement } from './internal/define-element.js';

export { NewsAuthorBio };
export { configure } from './config.js';

defineElement('news-author-bio', NewsAuthorBio);
