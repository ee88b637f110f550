/**
 * Registers one tag unless its name is taken (by this copy or another version): loading twice never
 * throws. Each registration gets a fresh subclass, since a constructor may be defined only once per
 * registry and scoped registries need their own.
 */
export function defineElement(name: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const Base = element as unknown as typeof HTMLElement;
  if (!registry.get(name)) registry.define(name, class extends Base {});
}
