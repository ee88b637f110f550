/**
 * The elements' attributes, `.data` models and events as types, derived from the element classes.
 * The framework declarations (`news-widgets/react`, `news-widgets/vue`) are made of these; so can be
 * a declaration for another framework. Types only: nothing here exists at run time.
 */
import type { LitElement } from 'lit';
import type { NewsClickEvent, NewsErrorEvent, NewsLoadEvent } from './internal/events.js';
import type { TagName, elements } from './registry.js';

/** The five tag names. */
export type NewsTagName = TagName;

/** The element class of each tag: `NewsElementOf<'news-article'>` is `NewsArticle`. */
export type NewsElementOf<Tag extends NewsTagName> = InstanceType<(typeof elements)[Tag]>;

/** What an element's `.data` takes: `Article` for `<news-article>`, `Tag[]` for `<news-tag-list>`, … */
export type NewsModelOf<Tag extends NewsTagName> = NonNullable<NewsElementOf<Tag>['data']>;

/** True when property `K` of `T` can be assigned (getters alone, such as `model`, cannot). */
type IsWritable<T, K extends keyof T> =
  (<U>() => U extends { [Q in K]: T[K] } ? 1 : 2) extends <U>() => U extends { -readonly [Q in K]: T[K] } ? 1 : 2 ? true : false;

/**
 * The properties an element declares for its attributes: its own public, writable, non-method
 * members, so neither `LitElement`'s and `HTMLElement`'s nor `model`, `error` or `retry()`. `data`
 * is left out too: it is a property without an attribute.
 */
export type NewsPropertyName<Tag extends NewsTagName, E = NewsElementOf<Tag>> = {
  [K in keyof E]-?: K extends keyof LitElement | 'data' ? never : E[K] extends (...args: never[]) => unknown ? never : IsWritable<E, K> extends true ? K : never;
}[keyof E];

/** `headingLevel` → `heading-level`: every attribute is its property's name in kebab case. */
export type KebabCase<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${KebabCase<Tail>}`
  : S;

/**
 * The value a framework may pass for property `K`. React and Vue set a value as a property when the
 * element has a property of that name, else as an attribute. An attribute turns digits into a
 * number (`heading-level="2"`), but a property keeps what it is given (`max` and `limit` read
 * digits as the number; `position` would report a string in its events): so a number may be
 * written as digits only where the name differs from the property's (`heading-level`), and is
 * typed as a number for `max`, `limit` and `position`.
 */
export type AttributeValue<V, K extends string> = V extends number ? (KebabCase<K> extends K ? V : V | `${number}`) : V;

/**
 * An element's attributes by their HTML names, each with its property's type:
 * `{ slug?: string; 'heading-level'?: number | `${number}`; limit?: number; theme?: 'light' | 'dark'; … }`.
 */
export type NewsAttributes<Tag extends NewsTagName, E = NewsElementOf<Tag>> = {
  [K in NewsPropertyName<Tag> & keyof E & string as KebabCase<K>]?: AttributeValue<NonNullable<E[K]>, K>;
};

/** An element's properties for its attributes, by their property names (`headingLevel`), each with its type. */
export type NewsProperties<Tag extends NewsTagName, E = NewsElementOf<Tag>> = {
  [K in NewsPropertyName<Tag> & keyof E]?: E[K];
};

/** What `news-impression` says: the card seen, its 1-based position in its list, and the card. */
export interface NewsImpressionDetail {
  slug: string;
  position: number;
  element: HTMLElement;
}

/** The events every element fires, with the type of its model. */
interface LoadEvents<Model> {
  'news-load': NewsLoadEvent<Model>;
  'news-error': NewsErrorEvent;
}

/** The events of elements that show article links: theirs, or their cards' (which bubble out of them). */
interface ArticleLinkEvents {
  'news-click': NewsClickEvent;
  'news-impression': CustomEvent<NewsImpressionDetail>;
}

/** The events an element fires, by name. `<news-tag-list>` and `<news-author-bio>` show no article links. */
export type NewsEventMap<Tag extends NewsTagName> = LoadEvents<NewsModelOf<Tag>> &
  (Tag extends 'news-tag-list' | 'news-author-bio' ? unknown : ArticleLinkEvents);
