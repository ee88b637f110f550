// Writes the API reference (docs/api.md) from custom-elements.json, between the two marker comments.
//
//   node scripts/api-docs.mjs           rewrite docs/api.md's reference (`npm run docs` analyzes first)
//   node scripts/api-docs.mjs --check   fail when custom-elements.json no longer matches the JSDoc
//                                       in src/, or docs/api.md no longer matches custom-elements.json
//
// The reference has one section for what every element has (the base class, NewsElement) and one
// per element for what is its own: the elements' JSDoc is the single source of truth.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MANIFEST = `${root}custom-elements.json`;
const REFERENCE = `${root}docs/api.md`;
export const BEGIN = '<!-- BEGIN API REFERENCE: generated from custom-elements.json by `npm run docs`; edit the JSDoc in src/, not this section -->';
export const END = '<!-- END API REFERENCE -->';
const BASE = 'NewsElement';

/** One line of Markdown from a JSDoc text: joined lines, and pipes that cannot end a table cell. */
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
/** JSDoc paragraphs as Markdown paragraphs. */
const prose = (text = '') =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
const code = (text) => (text ? `\`${text.replace(/\|/g, '\\|')}\`` : '');
/** `string | undefined` reads `string`: every optional attribute can be absent. */
// In the base class, `T` stands for each element's model type (`Article`, `Tag[]`, …).
function typeOf(item) {
  const text = item.type?.text?.replace(/\s*\|\s*undefined\b/g, '');
  return text === 'T' ? "the element's model type" : code(text);
}
const defaultOf = (item) => code(item.default?.replace(/^'(.*)'$/, '$1'));

function table(head, rows) {
  if (rows.length === 0) return '';
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

/** The items an element documents itself: not in the base class, or described differently there. */
function own(items = [], baseItems = []) {
  return items.filter((item) => {
    const base = baseItems.find((candidate) => candidate.name === item.name);
    return !base || cell(base.description) !== cell(item.description);
  });
}

function sections(declaration, base) {
  const out = [];
  const attributes = own(declaration.attributes, base?.attributes);
  const members = own(declaration.members, base?.members);
  const fields = members.filter((member) => member.kind === 'field' && !member.attribute && !(declaration.attributes ?? []).some((a) => a.fieldName === member.name));
  const methods = members.filter((member) => member.kind === 'method');
  const events = own(declaration.events, base?.events);
  const parts = own(declaration.cssParts, base?.cssParts);
  const cssProperties = own(declaration.cssProperties, base?.cssProperties);
  const slots = own(declaration.slots, base?.slots);

  out.push(
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), typeOf(a), defaultOf(a), cell(a.description)]),
    ),
  );
  out.push(
    table(
      ['property', 'type', 'description'],
      fields.map((f) => [code(f.name), typeOf(f), `${f.readonly ? 'Read-only. ' : ''}${cell(f.description)}`]),
    ),
  );
  out.push(
    table(
      ['method', 'description'],
      methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), cell(m.description)]),
    ),
  );
  if (events.length) out.push(`Events:\n\n${table(['event', 'type', 'description'], events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]))}`);
  if (parts.length) out.push(`Parts (\`::part()\`):\n\n${table(['part', 'description'], parts.map((p) => [code(p.name), cell(p.description)]))}`);
  if (slots.length) out.push(`Slots:\n\n${table(['slot', 'description'], slots.map((s) => [code(s.name || '(default)'), cell(s.description)]))}`);
  if (cssProperties.length) {
    out.push(
      `CSS custom properties:\n\n${table(
        ['property', 'default', 'description'],
        cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)]),
      )}`,
    );
  }
  return out.filter(Boolean);
}

/** The generated reference (without the marker comments) for a manifest. */
export function reference(manifest) {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  const base = declarations.find((declaration) => declaration.name === BASE);
  if (!base) throw new Error(`custom-elements.json has no ${BASE}: run \`npm run analyze\`.`);
  const elements = declarations.filter((declaration) => declaration.tagName);
  const out = [
    '## Common to every element',
    prose(base.description),
    ...sections(base, undefined),
    'Set the CSS custom properties on the element or any ancestor: they inherit into the shadow roots.',
  ];
  for (const element of elements) {
    out.push(`## \`<${element.tagName}>\``);
    out.push(prose([element.summary, element.description].filter(Boolean).join('\n\n')));
    out.push(...sections(element, base));
    out.push(`Also everything in [Common to every element](#common-to-every-element). Class: \`${element.name}\`.`);
  }
  return out.join('\n\n');
}

export function withReference(page, manifest) {
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/api.md lacks the markers:\n${BEGIN}\n${END}`);
  return `${page.slice(0, start + BEGIN.length)}\n\n${reference(manifest)}\n\n${page.slice(end)}`;
}

async function analyze() {
  // The analyzer's own CLI, with the project's config, writing nothing: the manifest the JSDoc gives now.
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  return cli({ argv: ['analyze', '--quiet'], cwd: root, noWrite: true });
}

async function main() {
  const check = process.argv.includes('--check');
  const manifestText = readFileSync(MANIFEST, 'utf8');
  const manifest = JSON.parse(manifestText);
  const page = readFileSync(REFERENCE, 'utf8');
  const expected = withReference(page, manifest);
  if (!check) {
    if (expected !== page) writeFileSync(REFERENCE, expected);
    console.log(expected === page ? 'docs/api.md: API reference up to date.' : 'docs/api.md: API reference rewritten from custom-elements.json.');
    return;
  }
  const problems = [];
  const analyzed = `${JSON.stringify(await analyze(), null, 2)}\n`;
  if (analyzed !== manifestText) {
    // Where they part, so that a failure in CI says what changed without a rerun.
    const now = analyzed.split('\n');
    const committed = manifestText.split('\n');
    const line = now.findIndex((text, index) => text !== committed[index]);
    problems.push(
      `custom-elements.json does not match the JSDoc in src/: line ${line + 1} is\n  ${committed[line] ?? '(the end)'}\nwhere the JSDoc gives\n  ${now[line] ?? '(the end)'}`,
    );
  }
  if (expected !== page) problems.push("docs/api.md's API reference does not match custom-elements.json.");
  if (problems.length) {
    console.error(`${problems.join('\n')}\nRun \`npm run docs\` (it analyzes src/ and rewrites both), then commit the result.`);
    process.exit(1);
  }
  console.log('custom-elements.json and the API reference in docs/api.md are up to date.');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
