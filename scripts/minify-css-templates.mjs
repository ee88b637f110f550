// Shared by the build (vite.config.ts) and `npm run size:why`, so that both weigh the same CSS.
import { transformSync } from 'esbuild';

/**
 * Lit's `css` templates reach the bundle as written, indentation and comments included (no CSS
 * minifier sees them). This runs each through esbuild's CSS minifier, which parses the CSS: besides
 * comments and whitespace it drops what CSS ignores (zeros before a decimal point, a last
 * semicolon) and keeps the rules and declarations in their order. A `${name}` part (another `css`
 * result) stands in as an unknown at-rule while the CSS is minified, so it stays where it was
 * (between rules, or as a whole block); a template of declarations alone (a palette, put into blocks
 * elsewhere) is minified inside a block of its own. Any other `${…}`, a backslash, or a result that
 * would not fit back into a template stops the build rather than change the CSS.
 * test/built-styles.test.ts checks that the built stylesheets style every element in every state
 * exactly as the sources' do.
 *
 * @param {string} code a module's source
 * @param {string} id its file, named in an error
 * @returns {string} the source with every `css` template minified
 */
export function minifyCssTemplates(code, id) {
  return code.replace(/css`([^`]*)`/g, (_, body) => {
    /** @type {string[]} */
    const names = [];
    const source = body.replace(/\$\{\s*([\w$]+)\s*\}/g, (_part, name) => `@news-part-${names.push(name) - 1};`);
    if (/\\|\$\{/.test(source)) throw new Error(`${id}: a css\`…\` template may interpolate a name (\${name}) and hold no backslash.`);
    const declarations = !source.includes('{');
    const { code: css } = transformSync(declarations ? `x{${source}}` : source, { loader: 'css', minify: true, charset: 'utf8', logLevel: 'silent' });
    const result = (declarations ? css.trim().replace(/^x\{([^{}]*)\}$/, '$1') : css.trim())
      // esbuild keeps a custom property's value as written; outside strings, the space after its
      // colon and after a var()'s comma is whitespace the CSS parser discards.
      .split(/("[^"]*"|'[^']*')/)
      .map((piece, index) =>
        index % 2 ? piece : piece.replace(index ? /([{;])(--[\w-]+):\s+/g : /(^|[{;])(--[\w-]+):\s+/g, '$1$2:').replace(/(var\(--[\w-]+),\s+/g, '$1,'),
      )
      .join('')
      .replace(/@news-part-(\d+);/g, (_part, index) => `\${${names[Number(index)]}}`);
    if (/[`\\]|\$\{(?![\w$]+\})|@news-part-|^x\{/.test(result) || result.split('${').length !== names.length + 1) {
      throw new Error(`${id}: the minified CSS does not fit back into its template: ${result}`);
    }
    return `css\`${result}\``;
  });
}
