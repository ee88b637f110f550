import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validate } from './contract.js';
import { NewsError } from './errors.js';

/**
 * Property-based tests of the contract's validation: random documents, and valid documents
 * broken on purpose (fields deleted, types changed, hostile keys inserted, strings and arrays cut
 * short, random JSON put anywhere), either become a valid model or fail with a NewsError of code
 * `invalid-response` that names a field. Nothing else may be thrown. 12 500 cases per run.
 */

// ---------------------------------------------------------------------------------------------
// Valid documents

const text = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => s.trim() !== '');
const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,24}$/);
const id = fc.oneof(text, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const count = fc.oneof(fc.nat({ max: 100_000 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
const offset = fc.constantFrom('Z', '+00:00', '+02:00', '-05:30', '+1400', 'z');
const date = fc
  .tuple(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }), offset, fc.boolean())
  .map(([d, zone, millis]) => {
    const iso = d.toISOString();
    return (millis ? iso.slice(0, -1) : iso.slice(0, 19)) + zone;
  });
const url = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.constantFrom('/articles/a.html', 'relative/page.html', '../up.html', '?q=1', '#anchor', '//cdn.example/x.png', 'HTTPS://EXAMPLE.ORG/A'),
);
const image = fc.record(
  { src: url, alt: fc.string({ maxLength: 40 }), caption: text, width: fc.nat({ max: 4000 }), height: fc.nat({ max: 4000 }) },
  { requiredKeys: ['src'] },
);
const tag = fc.record({ slug, name: text, url }, { requiredKeys: ['slug', 'name'] });
const tags = fc.array(tag, { maxLength: 4 });
const authorSummary = fc.record({ slug, name: text, avatar: image }, { requiredKeys: ['slug', 'name'] });
const author = fc.record(
  {
    id,
    slug,
    name: text,
    role: text,
    avatar: image,
    bio: text,
    url,
    links: fc.array(fc.record({ label: text, url }), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'slug', 'name'] },
);
const summaryFields = {
  id,
  slug,
  url,
  title: text,
  section: text,
  publishedAt: date,
  readingTimeMinutes: count,
  image,
  summary: text,
};
const summary = fc.record({ ...summaryFields, author: authorSummary, tags }, { requiredKeys: ['id', 'slug', 'title', 'publishedAt'] });
const article = fc.record(
  {
    ...summaryFields,
    updatedAt: date,
    viewCount: count,
    language: fc.constantFrom('en', 'fr-CA', 'ar', 'zh-Hant'),
    tags,
    // Optional text is a non-empty string when present (an empty one is a contract error).
    bodyHtml: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim() !== ''),
    source: fc.record({ name: text, url }, { requiredKeys: ['name'] }),
    disclosure: fc.record({ text, url }, { requiredKeys: ['text'] }),
    author,
    related: fc.array(summary, { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'slug', 'title', 'publishedAt', 'tags'] },
);

// ---------------------------------------------------------------------------------------------
// Mutations

type Json = unknown;
type Container = Record<string, Json> | Json[];

const HOSTILE = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf'];

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'hostile'; at: number; key: string; value: Json }
  | { kind: 'truncate'; at: number; keep: number }
  | { kind: 'null'; at: number };

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
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
function mutate(document: Json, mutations: Mutation[]): Json {
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

const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

// ---------------------------------------------------------------------------------------------
// The property

type Validator = (json: unknown, base?: string) => unknown;

const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

/** Every object and array of a model is plain, and owns none of the hostile keys. */
function clean(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== Array.prototype) return false;
  if (['__proto__', 'constructor', 'prototype'].some((key) => Object.prototype.hasOwnProperty.call(value, key))) return false;
  return Object.values(value).every(clean);
}

/**
 * The outcome of validating `json`: 'valid' with a clean model, or 'invalid' with a NewsError
 * naming a field. Any other exception, or a dirty model, fails the property.
 */
function outcome(check: Validator, json: unknown): 'valid' | 'invalid' {
  let model: unknown;
  try {
    model = check(json, 'https://news.example/api/articles/x');
  } catch (error) {
    if (!(error instanceof NewsError)) throw new Error(`Not a NewsError: ${String(error)}`);
    if (error.code !== 'invalid-response') throw new Error(`Code ${error.code}: ${error.message}`);
    if (typeof error.field !== 'string' || error.field === '') throw new Error(`No field: ${error.message}`);
    if (!error.message.includes(error.field)) throw new Error(`The message does not name ${error.field}: ${error.message}`);
    return 'invalid';
  }
  if (!clean(model)) throw new Error(`A dirty model: ${JSON.stringify(model)}`);
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== objectPrototypeKeys) throw new Error('Object.prototype changed');
  return 'valid';
}

const validators: Record<string, Validator> = {
  article: validate.article,
  summary: validate.summary,
  author: validate.author,
  summaries: validate.summaries,
  tags: validate.tags,
  tagArray: validate.tagArray,
  summaryArray: validate.summaryArray,
};

describe('data/contract: properties (fast-check)', () => {
  it('a generated valid article is valid, and validating its model again gives the same model (2 000 cases)', () => {
    fc.assert(
      fc.property(article, (doc) => {
        const model = validate.article(doc, 'https://news.example/api/articles/x');
        expect(clean(model)).to.be.true;
        expect(validate.article(model, 'https://news.example/api/articles/x')).to.deep.equal(model);
      }),
      { numRuns: 2000 },
    );
  });

  it('a generated valid author, summary list and tag list are valid (1 500 cases)', () => {
    fc.assert(
      fc.property(author, fc.array(summary, { maxLength: 3 }), tags, (person, items, list) => {
        expect(outcome(validate.author, person)).to.equal('valid');
        expect(outcome(validate.summaries, { items })).to.equal('valid');
        expect(outcome(validate.tags, { items: list })).to.equal('valid');
      }),
      { numRuns: 1500 },
    );
  });

  it('a mutated article is a clean model or an invalid-response naming a field (3 000 cases)', () => {
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(article, mutations, (doc, changes) => {
        seen[outcome(validate.article, mutate(doc, changes))]++;
      }),
      { numRuns: 3000 },
    );
    // Both outcomes happen: the mutations are neither all harmless nor all fatal.
    expect(seen.valid).to.be.greaterThan(100);
    expect(seen.invalid).to.be.greaterThan(100);
  });

  it('a mutated author, summary list or tag list is a clean model or an invalid-response naming a field (3 000 cases)', () => {
    const documents = fc.oneof(
      author.map((doc) => ['author', doc] as const),
      fc.array(summary, { maxLength: 3 }).map((items) => ['summaries', { items }] as const),
      tags.map((items) => ['tags', { items }] as const),
      fc.array(summary, { maxLength: 3 }).map((items) => ['summaryArray', items] as const),
      tags.map((items) => ['tagArray', items] as const),
    );
    fc.assert(
      fc.property(documents, mutations, ([kind, doc], changes) => {
        outcome(validators[kind], mutate(doc, changes));
      }),
      { numRuns: 3000 },
    );
  });

  it('any JSON value, to any validator, is a model or an invalid-response naming a field (3 000 cases)', () => {
    const anyJson = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      // Objects that look almost right: the contract's keys with random values.
      fc.dictionary(fc.constantFrom('id', 'slug', 'title', 'name', 'publishedAt', 'tags', 'items', 'image', 'author', 'related', ...HOSTILE), fc.jsonValue({ maxDepth: 2 })),
      // Text through JSON.parse, as it comes from the network: "__proto__" becomes an own key.
      fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.parse(JSON.stringify(value).replace(/"(slug|name|title)":/g, '"__proto__":'))),
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(validators)), anyJson, (kind, json) => {
        outcome(validators[kind], json);
      }),
      { numRuns: 3000 },
    );
  });

  it('counts at least 10 000 cases in all', () => {
    expect(2000 + 1500 + 3000 + 3000 + 3000).to.be.at.least(10_000);
  });
});
