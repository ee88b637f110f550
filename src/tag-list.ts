/**
 * `news-widgets/tag-list`: registers the element (and the elements it is made of) on import.
 * For scoped registries, import the class from `news-widgets` and call `define()` instead.
 */
import { NewsTagList } from './elements/tag-list/news-tag-list.js';
import { defineElement } from './internal/define-element.js';

export { NewsTagList };
export { configure } from './config.js';

defineElement('news-tag-list', NewsTagList);
