/**
 * The script-tag bundle (`dist/news-widgets.js`): registers every element on load and exposes the
 * same API as the package, so a page can also `import { configure } from '.../news-widgets.js'`.
 */
import { define } from './registry.js';

export * from './index.js';

define();
