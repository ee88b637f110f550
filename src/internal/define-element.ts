import type { LitElement } from 'lit';

/**
 * Registers one tag unless its name is taken (by this copy or another version): loading twice never
 * throws. Each registration gets a fresh subclass, since a constructor may be defined only once per
 * registry and scoped registries need their own.
 */
export function defineElement(name: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  if (registry.get(name)) return;
  const Base = element as unknown as typeof LitElement;
  registry.define(name, registry === customElements ? class extends Base {} : inRegistry(Base, registry));
}

/**
 * A subclass for a scoped registry. Lit gives an element a shadow root of the page's registry and
 * creates its template's elements there, so the elements `<news-article>` is made of (cards, tags,
 * author bio) would come from whatever the page registered, another version or none. Here the
 * shadow root and the template's elements use the element's own registry.
 */
function inRegistry(Base: typeof LitElement, registry: CustomElementRegistry): typeof LitElement {
  return class extends Base {
    static override shadowRootOptions: ShadowRootInit = { ...Base.shadowRootOptions, customElementRegistry: registry };

    constructor() {
      super();
      this.renderOptions.creationScope = { importNode: (node) => document.importNode(node, { customElementRegistry: registry }) };
    }
  };
}
