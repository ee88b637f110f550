/**
 * `news-widgets/react`: declarations only. Declares the five elements to React's JSX (React 19,
 * `@types/react` 19), so that their attributes, `data` and event props type-check. Opt in once,
 * anywhere in the program:
 *
 * ```ts
 * import type {} from 'news-widgets/react';
 * ```
 *
 * React 19 passes a prop to a custom element as a property when the element has one (`data`,
 * `slug`), else as an attribute (`heading-level`, `link-target`); a prop `on` + an event's name,
 * as it is, adds a listener for that event: `onnews-load` listens to `news-load`.
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsAttributes, NewsElementOf, NewsEventMap, NewsModelOf, NewsTagName } from './element-types.js';

/** Listener props as React 19 names them: `on` and the event's name, unchanged (`onnews-click`). */
export type NewsReactEventProps<Tag extends NewsTagName, Events = NewsEventMap<Tag>> = {
  [Type in keyof Events & string as `on${Type}`]?: (event: Events[Type]) => void;
};

/**
 * The props of one element in React: the attributes by their HTML names, `data`, the event
 * listeners, and what every HTML element takes (`className`, `style`, `id`, `lang`, `ref`, `key`,
 * `children`, `aria-*`, …).
 */
export type NewsReactProps<Tag extends NewsTagName> = DetailedHTMLProps<HTMLAttributes<NewsElementOf<Tag>>, NewsElementOf<Tag>> &
  NewsAttributes<Tag> &
  NewsReactEventProps<Tag> & {
    /** The model to show (set as the `.data` property): rendered without any request. */
    data?: NewsModelOf<Tag>;
    /** React 19 writes `class` on a custom element as it is; `className` works as well. */
    class?: string;
  };

/** The five elements, as React's JSX sees them. */
export type NewsReactElements = { [Tag in NewsTagName]: NewsReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NewsReactElements {}
  }
}
