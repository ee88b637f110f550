/**
 * The package's `bin`: `npx news-widgets check <endpoint>`. Built into dist/cli.js
 * (scripts/build-cli.mjs), a Node program with everything but the package's dependencies inside.
 */
/// <reference types="node" />
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
