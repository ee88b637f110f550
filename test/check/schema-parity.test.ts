// contract.schema.json against the widgets' own validator (src/data/contract.ts): over one corpus
// of valid and invalid documents, each document checked against each kind of answer, both must
// give the same verdict. The corpus: the test fixtures and corpora (URL vectors in every URL
// field), the CMS fixtures, the models of test/models.ts, dates and values at the edges of each
// rule, and the property tests' generators (test/contract-arbitraries.ts), valid and broken by
// test/mutations.ts.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/data/contract.js';
import { NewsError } from '../../src/data/errors.js';
import { schemaChecker, type DocumentKind } from '../../src/cli/schema.js';
import { article, author, summary, tags } from '../contract-arbitraries.js';
import * as models from '../models.js';
import { HOSTILE, mutate, mutations } from '../mutations.js';

const check = schemaChecker();

const runtime: Record<DocumentKind, (json: unknown, base: string) => unknown> = {
  Article: validate.article,
  ArticleSummaryList: validate.summaries,
  Author: validate.author,
  TagList: validate.tags,
  ViewCount: validate.viewCount,
};
const KINDS = Object.keys(runtime) as DocumentKind[];

/** Documents on https and on http: a few URLs (`http:` alone) resolve against one and not the other. */
const BASES = ['https://news.example/api/articles/x', 'http://127.0.0.1:8787/api/articles/x'];

function widgetsVerdict(kind: DocumentKind, json: unknown, base: string): string | true {
  try {
    runtime[kind](json, base);
    return true;
  } catch (error) {
    if (!(error instanceof NewsError) || error.code !== 'invalid-response') throw error;
    return error.message;
  }
}

/** Every disagreement between the two, each described enough to find its cause. */
function disagreements(json: unknown, bases = BASES.slice(0, 1)): string[] {
  const found: string[] = [];
  for (const base of bases) {
    for (const kind of KINDS) {
      const widgets = widgetsVerdict(kind, json, base);
      const schema = check(kind, json, base);
      if ((widgets === true) !== (schema.length === 0)) {
        const said = widgets === true ? 'the widgets accept it' : `the widgets say: ${widgets}`;
        const errors = schema.length ? `the schema says: ${schema.map((error) => `${error.field}: ${error.text}`).join(' ')}` : 'the schema accepts it';
        found.push(`${kind} at ${base}: ${said}; ${errors}\n  ${JSON.stringify(json)?.slice(0, 400)}`);
      }
    }
  }
  return found;
}

/** Asserts parity on every document; returns how many of them are valid articles and how many not, so a test can tell its corpus is not one-sided. */
function expectParity(documents: Iterable<unknown>, bases?: string[]): { valid: number; invalid: number } {
  const seen = { valid: 0, invalid: 0 };
  const found: string[] = [];
  for (const json of documents) {
    found.push(...disagreements(json, bases));
    if (widgetsVerdict('Article', json, BASES[0]) === true) seen.valid++;
    else seen.invalid++;
  }
  expect(found.slice(0, 5).join('\n'), `${found.length} disagreements`).toBe('');
  return seen;
}

const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

function jsonFiles(folder: string): unknown[] {
  const url = new URL(folder, import.meta.url);
  return readdirSync(url, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      try {
        return [JSON.parse(readFileSync(new URL(name, url), 'utf8'))];
      } catch {
        return []; // not-json.json: no document to validate
      }
    });
}

/** A copy of `document` with `value` at the path `keys` (undefined: the field or item left out). */
function withValue(document: unknown, keys: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(document) as Record<string | number, unknown>;
  const parent = keys.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy);
  const key = keys.at(-1)!;
  // JSON has no holes in arrays: an item left out is an item fewer.
  if (value === undefined && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

/** The path of every value in `document` (containers included) whose key `keep` keeps. */
function pathsIn(document: unknown, keep: (key: string, value: unknown) => boolean = () => true): (string | number)[][] {
  const found: (string | number)[][] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const at = [...path, Array.isArray(node) ? Number(key) : key];
      if (keep(key, value)) found.push(at);
      visit(value, at);
    }
  };
  visit(document, []);
  return found;
}

const baseArticle = json('../corpus/base-article.json');
const baseDocuments = ['base-article', 'base-author', 'base-summaries', 'base-tags'].map((name) => json(`../corpus/${name}.json`));
const urlVectors = (json('../corpus/url-vectors.json') as { vectors: { url: string }[] }).vectors.map(({ url }) => url);

describe('contract.schema.json says what the widgets accept', () => {
  it('on every fixture, corpus document, CMS fixture and test model, as each kind of answer', () => {
    const documents = [...jsonFiles('../fixtures/'), ...baseDocuments, models.article, models.author, { items: models.summaries }, { items: models.tags }];
    const seen = expectParity(documents, BASES);
    expect(seen.valid).toBeGreaterThan(3);
    expect(seen.invalid).toBeGreaterThan(10);
  });

  it('on every URL vector, in every URL field of the corpus documents, on http and https', () => {
    const extra = ['http:', 'https:', 'https:foo', 'http://', 'https://exa mple.org/', '//', '//:80', 'http://[::1', 'https://x:99999/', 'HTTP://EXAMPLE.ORG/', 'ſcript:x', 'K:x', '\u2028javascript:x', ' ', ''];
    const documents = baseDocuments.flatMap((document) =>
      pathsIn(document, (key, value) => (key === 'url' || key === 'src') && typeof value === 'string').flatMap((path) => [...urlVectors, ...extra].map((url) => withValue(document, path, url))),
    );
    expect(documents.length).toBeGreaterThan(1000);
    const seen = expectParity(documents, BASES);
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it('on dates at the edges of the calendar and of the format, in publishedAt and updatedAt', () => {
    const days = ['2024-02-29', '2023-02-29', '2000-02-29', '1900-02-29', '2400-02-29', '2100-02-29', '0000-02-29', '2026-02-30', '2026-04-31', '2026-12-31', '2026-13-01', '2026-00-10', '2026-01-00', '9999-12-31'];
    const times = ['T09:00', 'T09:00:00', 't09:00:00.123456', 'T23:59:59', 'T24:00:00', 'T12:60:00', 'T12:00:60', 'T9:00:00', ' 09:00:00'];
    const zones = ['Z', 'z', '+02:00', '-0530', '+14:00', '+24:00', '+02:60', '', '+2', 'GMT', 'Z '];
    const dates = days.flatMap((day) => times.flatMap((time) => zones.map((zone) => `${day}${time}${zone}`)));
    const odd = [null, '', '   ', 20260501, '2026-05-01', '2026-05-01T09:00:00+0200\n', '２０２６-05-01T09:00:00Z', '+002026-05-01T09:00:00Z'];
    const documents = [...dates, ...odd].flatMap((date) => [withValue(baseArticle, ['publishedAt'], date), withValue(baseArticle, ['updatedAt'], date)]);
    const seen = expectParity(documents);
    expect(seen.valid).toBeGreaterThan(50);
    expect(seen.invalid).toBeGreaterThan(500);
  });

  it('on every field of the article left out, null, blank, spaces, zero, negative, a number, an array or an object', () => {
    // Infinity is what JSON.parse makes of 1e400.
    const values = [undefined, null, '', '  \n', 'x', 0, -1, 2.5, Infinity, 'null', [], [{}], {}, true];
    const documents = pathsIn(baseArticle).flatMap((path) => values.map((value) => withValue(baseArticle, path, value)));
    const seen = expectParity(documents);
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it('on generated valid documents (1 000 cases)', () => {
    fc.assert(
      fc.property(article, author, fc.array(summary, { maxLength: 3 }), tags, (one, person, items, list) => {
        const found = [one, person, { items }, { items: list }].flatMap((document) => disagreements(document));
        expect(found.join('\n')).toBe('');
        expect(widgetsVerdict('Article', one, BASES[0])).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('on generated documents broken by mutations (3 000 cases)', () => {
    const documents = fc.oneof(article, author, fc.array(summary, { maxLength: 3 }).map((items) => ({ items })), tags.map((items) => ({ items })));
    const seen = { valid: 0, invalid: 0 };
    fc.assert(
      fc.property(documents, mutations, (document, changes) => {
        const broken = mutate(document, changes);
        expect(disagreements(broken).join('\n')).toBe('');
        seen[KINDS.some((kind) => widgetsVerdict(kind, broken, BASES[0]) === true) ? 'valid' : 'invalid']++;
      }),
      { numRuns: 3000 },
    );
    expect(seen.valid).toBeGreaterThan(100);
    expect(seen.invalid).toBeGreaterThan(100);
  });

  it('on random JSON and on objects with the contract\'s keys and random values (2 000 cases)', () => {
    const anyJson = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(
        fc.constantFrom('id', 'slug', 'title', 'name', 'publishedAt', 'tags', 'items', 'image', 'author', 'related', 'viewCount', ...HOSTILE),
        fc.jsonValue({ maxDepth: 2 }),
      ),
    );
    fc.assert(
      fc.property(anyJson, (document) => {
        expect(disagreements(document).join('\n')).toBe('');
      }),
      { numRuns: 2000 },
    );
  });
});
