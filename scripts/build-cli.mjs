// Builds the `news-widgets` command (src/cli/bin.ts) into dist/cli.js: one ES module for Node, with
// the data layer it shares with the elements inside, and the package's dependencies (Lit, Ajv)
// imported from beside it. `npm run build` runs it; the tests build their own copy with buildCli().
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package's dependencies: installed with it, so imported rather than copied in. */
const DEPENDENCIES = ['lit', 'lit/*', '@lit/*', '@lit-labs/*', 'dompurify', 'ajv', 'ajv/*'];

export async function buildCli(outfile = `${ROOT}dist/cli.js`) {
  await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/bin.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: DEPENDENCIES,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  await chmod(outfile, 0o755);
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli(process.argv[2]);
