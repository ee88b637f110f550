/**
 * The content contract's JSON Schema (contract.schema.json, shipped in the package) run by Ajv:
 * every error of a native document, with the path of its field. Node only (the CLI and the tests):
 * the browser bundle keeps its own small validator (src/data/contract.ts), which stops at the
 * first error; a parity test holds the two to the same verdict.
 */
/// <reference types="node" />
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import schema from '../../contract.schema.json' with { type: 'json' };
import { describe } from '../data/contract.js';
import { WHOLE_DOCUMENT } from '../data/errors.js';

/** The schema's own name for itself (`$id`): definitions are `${SCHEMA_ID}#/$defs/<kind>`. */
export const SCHEMA_ID = schema.$id;

/** The documents an endpoint answers with, by their definition in the schema. */
export type DocumentKind = 'Article' | 'ArticleSummaryList' | 'Author' | 'TagList' | 'ViewCount';

/**
 * The format the schema gives URLs: one that parses, as browsers parse URLs (the WHATWG URL
 * Standard, which Node's `URL` implements), against the URL of the document it came in, and is
 * http(s) then. Whether a string parses depends on that base (`http:` alone is the base itself
 * when the document is on http, and an error when it is on https), hence a format and not a pattern.
 */
export const URL_FORMAT = 'http-url-reference';

export function parsesAsHttpUrl(value: string, base: string): boolean {
  if (value.trim() === '') return false;
  try {
    return /^https?:$/.test(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

export interface SchemaError {
  /** The field, written as the widgets write it: `related[1].image.src`; `(document)` for the whole. */
  field: string;
  /** What is wrong with it and what it should be: `must be … (got "2026-02-30T09:00Z").`, `missing; it is required: ….` */
  text: string;
}

export type SchemaCheck = (kind: DocumentKind, json: unknown, base: string) => SchemaError[];

/**
 * A checker that lists every error of a document against one of the schema's definitions;
 * `base` is the URL the document came from. One Ajv instance, its definitions compiled once.
 */
export function schemaChecker(): SchemaCheck {
  let base = 'http://localhost/';
  const ajv = new Ajv2020({ allErrors: true, verbose: true, allowUnionTypes: true });
  // Read from `base` when it runs: each document's URLs resolve against that document's own URL.
  ajv.addFormat(URL_FORMAT, { type: 'string', validate: (value: string) => parsesAsHttpUrl(value, base) });
  ajv.addSchema(schema);
  return (kind, json, documentUrl) => {
    const validate = ajv.getSchema(`${SCHEMA_ID}#/$defs/${kind}`);
    if (!validate) throw new Error(`contract.schema.json has no definition ${kind}`);
    base = documentUrl;
    return validate(json) ? [] : readable(validate.errors ?? []);
  };
}

/** `/related/1/image/src` → `related[1].image.src`, as the widgets name fields. */
function fieldOf(pointer: string): string {
  const keys = pointer
    .split('/')
    .slice(1)
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const field = keys.reduce((path, key) => (/^\d+$/.test(key) ? `${path}[${key}]` : path ? `${path}.${key}` : key), '');
  return field || WHOLE_DOCUMENT;
}

/**
 * Ajv's errors as one line per field. An optional field is `anyOf: [null, …]`: when a value is
 * neither, Ajv reports every branch; only the branch the value was meant for says what is wrong,
 * so "must be null", "must be blank" and the `anyOf` summary are dropped. A missing required
 * field is reported at its own path, as the widgets report it.
 */
function readable(errors: ErrorObject[]): SchemaError[] {
  const found = new Map<string, SchemaError>();
  for (const error of errors) {
    if (error.keyword === 'anyOf') continue;
    if (error.keyword === 'type' && error.params.type === 'null') continue;
    if (error.keyword === 'pattern' && error.params.pattern === '^\\s*$') continue;
    const missing = error.keyword === 'required' ? (error.params as { missingProperty: string }).missingProperty : undefined;
    const pointer = missing === undefined ? error.instancePath : `${error.instancePath}/${missing.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const field = fieldOf(pointer);
    if (found.has(field)) continue;
    const text =
      missing === undefined ? `must be ${ruleOf(error)} (got ${describe(error.data)}).` : `missing; it is required: ${propertyRule(error.parentSchema as Described, missing)}.`;
    found.set(field, { field, text });
  }
  return [...found.values()];
}

/** What a failed keyword asks for, in words; the schema's own description where it has one. */
function ruleOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'type':
      return `of type ${String(error.params.type).replace(/,/g, ' or ')}`;
    case 'not':
      return 'http(s) or relative, not another scheme';
    case 'format':
      return 'a URL that parses (a host, and nothing a browser refuses in it)';
    case 'minimum':
      return 'a number, 0 or more';
    default:
      return described(error.parentSchema as Described) ?? error.message ?? 'valid';
  }
}

interface Described {
  description?: string;
  $ref?: string;
  anyOf?: Described[];
  properties?: Record<string, Described>;
}

/** The first sentence of a schema's description (the rest is detail), lowercased to follow "must be". */
function described(node: Described | undefined): string | undefined {
  const first = node?.description?.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
  return first && first.charAt(0).toLowerCase() + first.slice(1);
}

/** What a property of an object schema must be: its own description, else its definition's. */
function propertyRule(object: Described | undefined, name: string): string {
  const property = object?.properties?.[name];
  const definition = (node: Described | undefined): Described | undefined => {
    const ref = node?.$ref ?? node?.anyOf?.find((branch) => branch.$ref)?.$ref;
    return ref?.startsWith('#/$defs/') ? (schema.$defs as Record<string, Described>)[ref.slice('#/$defs/'.length)] : undefined;
  };
  return described(property) ?? described(definition(property)) ?? 'present';
}
