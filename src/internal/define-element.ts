import type { LitElement } from 'lit';

type ElementClass = typeof LitElement;

/**
 * Registers one tag unless its name is taken (by this copy or another version): loading twice never
 * throws. Each registration gets a fresh subclass (`subclass`; by default a plain one, for the page's
 * registry), since a constructor may be defined only once per registry and scoped registries need
 * their own.
 */
export function defineElement(
  name: string,
  element: CustomElementConstructor,
  registry: CustomElementRegistry = customElements,
  subclass: (Base: ElementClass) => CustomElementConstructor = (Base) => class extends Base {},
): void {
  if (!registry.get(name)) registry.define(name, subclass(element as unknown as ElementClass));
}

/**
 * The subclass for a scoped registry. Lit gives an element a shadow root of the page's registry and
 * creates its template's elements there, so the elements `<news-article>` is made of (cards, tags,
 * author bio) would come from whatever the page registered, another version or none. Here the
 * shadow root and the template's elements use the element's own registry.
 */
export function inRegistry(registry: CustomElementRegistry): (Base: ElementClass) => CustomElementConstructor {
  return (Base) =>
    class extends Base {
      static override shadowRootOptions: ShadowRootInit = { ...Base.shadowRootOptions, customElementRegistry: registry };

      constructor() {
        super();
        this.renderOptions.creationScope = { importNode: (node) => document.importNode(node, { customElementRegistry: registry }) };
      }
    };
}
