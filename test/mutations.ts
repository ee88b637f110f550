import fc from 'fast-check';

/**
 * Mutations of valid documents for property tests: a field deleted, a value replaced by random
 * JSON or by null, a hostile key (`__proto__`, `constructor`, …) inserted, a string or an array
 * cut short. Shared by the contract's property tests and the CMS adapters'.
 */

export type Json = unknown;
type Container = Record<string, Json> | Json[];

export const HOSTILE = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

export type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'hostile'; at: number; key: string; value: Json }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'null'; at: number };

export const jsonValue = fc.jsonValue({ maxDepth: 3 });
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: jsonValue }),
  fc.record({ kind: fc.constant('hostile' as const), at: fc.nat(), key: fc.constantFrom(...HOSTILE), value: jsonValue }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 3 }) }),
  fc.record({ kind: fc.constant('null' as const), at: fc.nat() }),
);

/** Every place in a document: a container and one of its keys (the root is the container [doc], key 0). */
function places(root: Container): [Container, string | number][] {
  const found: [Container, string | number][] = [];
  const visit = (container: Container) => {
    for (const key of Array.isArray(container) ? container.keys() : Object.keys(container)) {
      found.push([container, key]);
      const value = (container as Record<string | number, Json>)[key];
      if (typeof value === 'object' && value !== null) visit(value as Container);
    }
  };
  visit(root);
  return found;
}

function define(container: Container, key: string | number, value: Json): void {
  // defineProperty, so that "__proto__" becomes an own key, as JSON.parse makes it.
  Object.defineProperty(container, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Applies the mutations to a copy of `document`, each at a place chosen by its `at`. */
export function mutate(document: Json, mutations: Mutation[]): Json {
  const root: Json[] = [structuredClone(document)];
  for (const m of mutations) {
    const all = places(root);
    if (all.length === 0) break; // The document itself was deleted: undefined is what is validated.
    const [container, key] = all[m.at % all.length];
    const current = (container as Record<string | number, Json>)[key];
    switch (m.kind) {
      case 'delete':
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else delete container[key];
        break;
      case 'replace':
        define(container, key, m.value);
        break;
      case 'null':
        define(container, key, null);
        break;
      case 'hostile': {
        // On an object, as JSON can have them (JSON arrays have no named keys).
        const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);
        const target = isObject(current) ? current : isObject(container) ? container : undefined;
        if (target) define(target, m.key, m.value);
        break;
      }
      case 'truncate':
        if (typeof current === 'string') define(container, key, current.slice(0, m.keep));
        else if (Array.isArray(current)) current.length = Math.min(current.length, m.keep);
        break;
    }
  }
  return root[0];
}

export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });
