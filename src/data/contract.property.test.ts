import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { validate } from './contract.js';
import { NewsError } from './errors.js';
import { article, author, summary, tags } from '../../test/contract-arbitraries.js';
import { HOSTILE, mutate, mutations } from '../../test/mutations.js';

/**
 * Property-based tests of the contract's validation: random documents, and valid documents
 * broken on purpose (fields deleted, types changed, hostile keys inserted, strings and arrays cut
 * short, random JSON put anywhere), either become a valid model or fail with a NewsError of code
 * `invalid-response` that names a field. Nothing else may be thrown. 12 500 cases per run.
 */

// Mutations (test/mutations.ts): fields deleted, types changed, hostile keys inserted, strings and
// arrays cut short.

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
