/**
 * `news-widgets/vue`: declarations only. Declares the five elements to Vue 3, so that their
 * attributes, `data` and events type-check in templates (with `vue-tsc` or Vue's editor support)
 * and in TSX. Opt in once, anywhere in the program:
 *
 * ```ts
 * import type {} from 'news-widgets/vue';
 * ```
 *
 * In templates the elements are typed as Vue recommends for custom elements: a component type
 * whose `$props` and `$emit` say what the element takes and fires (`GlobalComponents`). In TSX
 * (`jsxImportSource: "vue"`) they are native elements of Vue's JSX (`IntrinsicElementAttributes`).
 * Vue sets a binding as a property when the element has one (`:data`, `:slug`), else as an
 * attribute; `@news-load` (`onNewsLoad` in TSX and `h()`) listens to `news-load`.
 * @module
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type {
  AttributeValue,
  NewsAttributes,
  NewsElementOf,
  NewsEventMap,
  NewsModelOf,
  NewsPropertyName,
  NewsTagName,
} from './element-types.js';

/** `news-load` → `NewsLoad`: how Vue names an event's listener prop after `on` (`onNewsLoad`). */
type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<S>;

/**
 * An element's props in a template, by property name (for the checker a template's `heading-level`
 * is the `headingLevel` prop), and `data`. A number is written as digits only where Vue writes an
 * attribute (`heading-level="2"`); `max`, `limit` and `position` are properties, bound as numbers
 * (`:limit="4"`).
 */
export type NewsVueProps<Tag extends NewsTagName, E = NewsElementOf<Tag>> = {
  [K in NewsPropertyName<Tag> & keyof E & string]?: AttributeValue<NonNullable<E[K]>, K>;
} & {
  /** The model to show (set as the `.data` property): rendered without any request. */
  data?: NewsModelOf<Tag>;
};

/**
 * An element as a component type for template type checking: an instance is the element itself (a
 * template ref is typed as `NewsArticle`), and `$props` and `$emit`, which the element does not
 * have, tell the checker what it takes and fires.
 */
export type NewsVueComponent<Tag extends NewsTagName, Events = NewsEventMap<Tag>> = new () => NewsElementOf<Tag> & {
  /** @deprecated For template type checking only: the element has no `$props`. */
  $props: HTMLAttributes & NewsVueProps<Tag> & PublicProps;
  /** @deprecated For template type checking only: the element has no `$emit`. */
  $emit: EmitFn<{ [Type in keyof Events]: (event: Events[Type]) => void }>;
};

/**
 * An element's props in TSX and `h()`: the attributes by their HTML names, `data`, the listeners as
 * Vue names them (`onNewsLoad`), and what every HTML element takes. For `h()`, which does not check
 * a tag's props: `h('news-article', { slug } satisfies NewsVueAttributes<'news-article'>)`.
 */
export type NewsVueAttributes<Tag extends NewsTagName, Events = NewsEventMap<Tag>> = HTMLAttributes &
  NewsAttributes<Tag> & {
    /** The model to show (set as the `.data` property): rendered without any request. */
    data?: NewsModelOf<Tag>;
  } & { [Type in keyof Events & string as `on${PascalCase<Type>}`]?: (event: Events[Type]) => void };

/** The five elements as template components. */
export type NewsVueComponents = { [Tag in NewsTagName]: NewsVueComponent<Tag> };

/** The five elements as native elements of Vue's JSX. */
export type NewsVueIntrinsicElements = { [Tag in NewsTagName]: NewsVueAttributes<Tag> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends NewsVueComponents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface IntrinsicElementAttributes extends NewsVueIntrinsicElements {}
}
