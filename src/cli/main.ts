/**
 * The `news-widgets` command: `news-widgets check <endpoint> [options]`. Node only.
 */
/// <reference types="node" />
import { parseArgs } from 'node:util';
import { PROVIDERS, type Provider } from '../config.js';
import { checkEndpoint } from './check.js';
import { formatReport, jsonReport } from './report.js';

export const USAGE = `Usage: news-widgets check <endpoint> [options]

Requests what each element would request from <endpoint>, through the widgets' own adapters and
validation, as a browser on the embedding site would (CORS included), and says for each element
whether it would work, with advice for every problem. Exit code 0 only when every element would.

Options:
  --provider <name>  native (default), wordpress, ghost or jsonfeed
  --api-key <key>    the Content API key (ghost)
  --slug <slug>      the article to check (default: the first the endpoint lists)
  --origin <origin>  the site that embeds the elements, e.g. https://www.example.com
                     (default: any other site, which only Access-Control-Allow-Origin: * allows)
  --write            also send one view (POST articles/{slug}/views), as count-view does
  --timeout <ms>     the elements' timeout (default 10000)
  --json             the report as JSON, for CI
  -h, --help         this help
`;

export interface Io {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
}

class UsageError extends Error {}

/** Runs the command; resolves to its exit code: 0 every element would work, 1 one would not, 2 a usage error. */
export async function main(argv: string[], io: Io = process): Promise<number> {
  let options: Parameters<typeof checkEndpoint>[0];
  let json: boolean;
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        provider: { type: 'string', default: 'native' },
        'api-key': { type: 'string' },
        slug: { type: 'string' },
        origin: { type: 'string' },
        write: { type: 'boolean', default: false },
        timeout: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    const [command, endpoint, ...rest] = positionals;
    if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'No command.');
    if (!endpoint) throw new UsageError('No endpoint: news-widgets check <endpoint>.');
    if (rest.length) throw new UsageError(`One endpoint at a time; got also ${rest.join(' ')}.`);
    json = values.json;
    options = {
      endpoint: httpUrl(endpoint, 'The endpoint'),
      provider: provider(values.provider),
      apiKey: values['api-key'],
      slug: values.slug,
      origin: values.origin === undefined ? undefined : new URL(httpUrl(values.origin, '--origin')).origin,
      write: values.write,
      timeout: values.timeout === undefined ? undefined : milliseconds(values.timeout),
    };
  } catch (error) {
    io.stderr.write(`news-widgets: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }

  // A progress line, on a terminal only: a CI log keeps every line, and has the report.
  // One line, rewritten in place: cut to the terminal's width, or it would wrap and stay.
  const progress = io.stderr.isTTY
    ? (element: string, index: number, total: number) => io.stderr.write(`\r\x1b[2K${`[${index}/${total}] checking ${element}…`.slice(0, (io.stderr.columns ?? 80) - 1)}`)
    : undefined;
  const report = await checkEndpoint({ ...options, progress });
  if (progress) io.stderr.write('\r\x1b[2K');
  io.stdout.write(json ? jsonReport(report) : formatReport(report));
  return report.ok ? 0 : 1;
}

function httpUrl(value: string, what: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${what} must be an absolute http(s) URL; got "${value}".`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`${what} must be an http(s) URL; got "${value}".`);
  return url.href;
}

function provider(value: string): Provider {
  if (!(PROVIDERS as readonly string[]).includes(value)) throw new UsageError(`--provider must be one of ${PROVIDERS.join(', ')}; got "${value}".`);
  return value as Provider;
}

function milliseconds(value: string): number {
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) throw new UsageError(`--timeout must be a whole number of milliseconds; got "${value}".`);
  return ms;
}
