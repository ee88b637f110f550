// `news-widgets check`, built as the package builds it (scripts/build-cli.mjs) and run as a user
// runs it, in a Node process of its own, against real endpoints on 127.0.0.1 that this file starts:
// the reference endpoint (every element works), the fault server (each fault with its advice), a
// server that allows one site by name, and the WordPress, Ghost and JSON Feed fixtures.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.mjs';
import { createReferenceHandler, listen, startReferenceServer } from '../../demo/reference-server.mjs';
import { startFaultServer } from '../fault-server.mjs';
import { startTestServer } from '../server.mjs';
import { GHOST_KEY } from '../cms-server.mjs';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let folder: string;
let cli: string;
let reference: { url: string; close(): Promise<void> };
let faults: { server: Server; origin: string };
let cms: { server: Server; origin: string };
let oneSite: { server: Server; url: string };

/** Runs the built command in a process of its own (never blocking this one, which serves its requests). */
async function run(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { timeout: 50_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as Partial<Run> & { code?: unknown };
    if (typeof failed.code !== 'number') throw error;
    return { code: failed.code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The table's row for an element (`<news-tag-list>`), by how it starts. */
const row = (stdout: string, element: string) => stdout.split('\n').find((line) => line.slice(2).startsWith(element)) ?? `(no row for ${element})`;

/** The reference endpoint, answering as if it allowed one site only: `Access-Control-Allow-Origin: <site>`, no `Vary`. */
async function startOneSiteServer(site: string): Promise<{ server: Server; url: string }> {
  const handler = createReferenceHandler();
  const server = createServer((req, res) => {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      for (const headers of rest) if (headers && typeof headers === 'object') delete (headers as Record<string, unknown>)['Access-Control-Allow-Origin'];
      res.setHeader('Access-Control-Allow-Origin', site);
      return writeHead(status, ...rest);
    }) as typeof res.writeHead;
    void handler(req, res).then((handled) => handled || res.writeHead(404).end());
  });
  await listen(server, 0, '127.0.0.1');
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/api/` };
}

beforeAll(async () => {
  // Inside the repository, so that the command finds the package's dependencies (Lit, Ajv) as it would installed.
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  folder = mkdtempSync(join(cache, 'news-widgets-cli-'));
  [cli, reference, faults, cms, oneSite] = await Promise.all([
    buildCli(join(folder, 'cli.js')),
    startReferenceServer(),
    startFaultServer(),
    startTestServer(),
    startOneSiteServer('https://partner.example'),
  ]);
});

afterAll(async () => {
  await reference?.close();
  for (const server of [faults?.server, cms?.server, oneSite?.server]) {
    server?.closeAllConnections();
    server?.close();
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('news-widgets check: the reference endpoint', () => {
  it('finds an article, checks every element, and prints all ✓ (exit code 0)', async () => {
    const { code, stdout } = await run('check', reference.url);
    expect(code, stdout).toBe(0);
    for (const element of ['<news-article slug="', '<news-related-articles article="', '<news-related-articles tag="', '<news-author-bio author="', '<news-tag-list>']) {
      expect(row(stdout, element)).toMatch(/^✓ .*\s200\s+\d+ ms\s+[\d.]+ k?B ✓\s+✓\s+✓\s+✓$/);
    }
    expect(row(stdout, '<news-article slug="harbour-bridge-reopens" …>')).toMatch(/^– .*not checked: pass --write to send one view, as count-view does/);
    expect(stdout).not.toMatch(/✗|!/);
    expect(stdout).toContain('✓ Every element checked would work.');
  });

  it('with --write, sends one view as count-view does (a POST that needs no preflight) and checks its answer', async () => {
    const viewsOf = async () => ((await (await fetch(`${reference.url}articles/tide-gauge-century`)).json()) as { viewCount: number }).viewCount;
    const before = await viewsOf();
    const { code, stdout } = await run('check', reference.url, '--slug', 'tide-gauge-century', '--write', '--json');
    expect(code, stdout).toBe(0);
    const views = (JSON.parse(stdout) as { elements: { id: string; verdict: string; requests: { method: string; status: number; preflight?: unknown }[] }[] }).elements.find(
      (element) => element.id === 'views',
    )!;
    expect(views.verdict).toBe('pass');
    expect(views.requests).toMatchObject([{ method: 'POST', status: 200 }]);
    expect(views.requests[0].preflight, 'a POST with only Accept is a simple request').toBeUndefined();
    expect(await viewsOf()).toBe(before + 1);
  });

  it('prints a report for CI with --json: every request with its status, CORS and a 304 to If-None-Match', async () => {
    const { code, stdout } = await run('check', reference.url, '--json', '--origin', 'https://www.example.com');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { ok: boolean; origin: string; elements: { verdict: string; requests: Record<string, unknown>[] }[] };
    expect(report.ok).toBe(true);
    expect(report.origin).toBe('https://www.example.com');
    const checked = report.elements.filter((element) => element.verdict !== 'skip');
    expect(checked.map((element) => element.verdict)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    for (const request of checked.flatMap((element) => element.requests)) {
      expect(request).toMatchObject({ method: 'GET', status: 200, cors: 'allowed', allowOrigin: '*', cacheControl: 'public, max-age=60', revalidation: 304 });
    }
  });
});

describe('news-widgets check: the fault server', () => {
  // Each fault: what the article's element must be told, with the options that keep the run short.
  const cases: [fault: string, advice: RegExp, options?: string[]][] = [
    ['no-cors', /GET articles\/fault-story: no Access-Control-Allow-Origin, so the browser keeps the answer from the page: add `Access-Control-Allow-Origin: \*`/],
    ['bad-date', /publishedAt: must be an ISO 8601 date-time with a UTC offset, on a day that exists: 2026-05-01T09:00:00\+02:00 .*\(got "2026-02-30T09:00:00\+00:00"\)/],
    ['html', /GET articles\/fault-story: sent as text\/html; charset=utf-8: send `Content-Type: application\/json`\. It is a web page/],
    ['text-plain', /GET articles\/fault-story: sent as text\/plain; charset=utf-8: send `Content-Type: application\/json`\.$/m],
    ['malformed', /GET articles\/fault-story: not JSON \(.+\): send the whole document, as valid JSON\./],
    ['wrong-shape', /id: missing; it is required: an identifier.*\n.*slug: missing; it is required.*\n.*title: missing; it is required/],
    ['huge', /GET articles\/fault-story: over the widgets' limit of 2 MiB \(10\.5 MB\): send fewer items/],
    ['huge-chunked', /GET articles\/fault-story: over the widgets' limit of 2 MiB \([\d.]+ MB\)/],
    ['not-found', /GET articles\/fault-story: HTTP 404: check the endpoint URL \(the widgets ask for <endpoint>articles\/\{slug\}\) and --slug\./],
    ['server-error', /GET articles\/fault-story: HTTP 500: the server failed; its log should say why\./],
    ['unavailable', /GET articles\/fault-story: HTTP 503: the server failed/, ['--timeout', '1500']],
    ['hang', /GET articles\/fault-story: no whole answer within 800 ms, when the widgets give up/, ['--timeout', '800']],
    ['trickle', /GET articles\/fault-story: no whole answer within 800 ms/, ['--timeout', '800']],
    ['redirect-loop', /GET articles\/fault-story: a redirect loop: articles\/fault-story → articles\/fault-story: answer where it is asked/],
  ];

  it.each(cases)('/%s/: the article is ✗, with the advice, and the exit code is 1', async (fault, advice, options = []) => {
    const { code, stdout } = await run('check', `${faults.origin}/${fault}/`, '--slug', 'fault-story', ...options);
    expect(code, stdout).toBe(1);
    expect(row(stdout, '<news-article slug="fault-story">')).toMatch(/^✗ /);
    expect(stdout).toMatch(advice);
    expect(stdout).toMatch(/^✗ \d of \d would not work: <news-article slug="fault-story">/m);
  });

  it('/ok/: every element works (exit code 0), with advice on caching, said once for every request', async () => {
    const { code, stdout } = await run('check', `${faults.origin}/ok/`);
    expect(code, stdout).toBe(0);
    expect(row(stdout, '<news-article slug="fault-story">')).toMatch(/^✓ .* ✓\s+✓\s+!\s+✓$/);
    expect(row(stdout, '<news-author-bio')).toMatch(/not checked: the article names no author/);
    expect(stdout).toContain('! every request (4): `Cache-Control: no-store` keeps it from being cached, so every view reaches the server: send `Cache-Control: public, max-age=60`');
    expect(stdout).toContain('! every request (4): no ETag: send one');
  });

  it('a server that omits CORS and sends a date without its offset: both said at once', async () => {
    const document = { id: 'x-1', slug: 'no-offset', title: 'Floating', publishedAt: '2026-05-01T09:00:00', tags: [], items: [] };
    const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(document)));
    await listen(server, 0, '127.0.0.1');
    try {
      const { code, stdout } = await run('check', `http://127.0.0.1:${(server.address() as { port: number }).port}/api/`, '--slug', 'no-offset');
      expect(code).toBe(1);
      expect(stdout).toContain('✗ GET articles/no-offset: no Access-Control-Allow-Origin, so the browser keeps the answer from the page');
      expect(stdout).toContain('✗ publishedAt: must be an ISO 8601 date-time with a UTC offset, on a day that exists: 2026-05-01T09:00:00+02:00 or 2026-05-01T07:00:00Z (got "2026-05-01T09:00:00").');
    } finally {
      server.close();
    }
  });

  it('a server that is not there: ✗ for what it could not check, and how to go on', async () => {
    const closed = createServer();
    await listen(closed, 0, '127.0.0.1');
    const { port } = closed.address() as { port: number };
    await new Promise((resolve) => closed.close(resolve));
    const { code, stdout } = await run('check', `http://127.0.0.1:${port}/api/`);
    expect(code).toBe(1);
    expect(row(stdout, 'the article list (to find a slug)')).toMatch(/^✗ /);
    expect(stdout).toContain('GET articles?limit=1: no answer (ECONNREFUSED): is the server running, and is the endpoint URL right?');
    expect(row(stdout, '<news-article slug="…">')).toMatch(/^– .*not checked: no article slug: pass --slug/);
  });
});

describe('news-widgets check: --origin', () => {
  it('passes for the site the endpoint names, and advises Vary: Origin', async () => {
    const { code, stdout } = await run('check', oneSite.url, '--origin', 'https://partner.example');
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('from a page on https://partner.example');
    expect(stdout).toMatch(/! every request \(5\): allows https:\/\/partner\.example by name, without `Vary: Origin`: add it/);
  });

  it('fails for another site, and for any site when no --origin is given', async () => {
    for (const origin of [['--origin', 'https://other.example'], []]) {
      const { code, stdout } = await run('check', oneSite.url, ...origin);
      expect(code, stdout).toBe(1);
      const [site, allowed] = origin.length ? [origin[1], `\`${origin[1]}\``] : ['https://another-site.example', "the embedding site's origin"];
      expect(stdout).toContain(`allows only https://partner.example, not ${site}, so the browser keeps the answer from the page: add \`Access-Control-Allow-Origin: *\` (or ${allowed}, with \`Vary: Origin\`).`);
    }
  });
});

describe('news-widgets check: WordPress, Ghost and JSON Feed', () => {
  it('reads WordPress through its adapter: every element ✓', async () => {
    const { code, stdout } = await run('check', `${cms.origin}/`, '--provider', 'wordpress');
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('read as WordPress');
    // Long slugs are cut short in the table (`harbour-ferry-goes-el…">`).
    expect(row(stdout, '<news-article slug="harbour-ferry-goes-el')).toMatch(/^✓ /);
    expect(row(stdout, '<news-author-bio author="ana-lima">')).toMatch(/^✓ /);
    expect(stdout.split('\n').filter((line) => line.startsWith('✓ <'))).toHaveLength(5);
    expect(stdout).toMatch(/^– <news-article slug="harbour-ferry-goes-.*not checked: only the native contract counts views/m);
  });

  it('reports what the WordPress adapter cannot read, naming the field in WordPress\'s terms', async () => {
    const post = readFileSync(new URL('../fixtures/cms/wordpress/post-date-gmt-null.json', import.meta.url), 'utf8');
    const { id } = (await (await fetch(`${cms.origin}/cms-echo`, { method: 'POST', body: `[${post}]` })).json()) as { id: number };
    const { code, stdout } = await run('check', `${cms.origin}/cms-echo/${id}/`, '--provider', 'wordpress', '--slug', 'draft-floating-date');
    expect(code).toBe(1);
    expect(stdout).toMatch(/GET .*wp-json\/wp\/v2\/posts\?slug=draft-floating-date&_embed: Invalid content: \[0\]\.date_gmt must be a date-time\. \(as the wordpress adapter reads it\)/);
  });

  it('reads Ghost with its Content API key, and says to pass one when it is missing', async () => {
    const withKey = await run('check', `${cms.origin}/`, '--provider', 'ghost', '--api-key', GHOST_KEY);
    expect(withKey.code, withKey.stdout).toBe(0);
    expect(row(withKey.stdout, '<news-article slug="coral-survey-2026">')).toMatch(/^✓ /);
    const without = await run('check', `${cms.origin}/`, '--provider', 'ghost');
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('✗ The ghost provider needs a Content API key. Pass it with --api-key.');
    const wrong = await run('check', `${cms.origin}/`, '--provider', 'ghost', '--api-key', 'wrong-key', '--slug', 'coral-survey-2026');
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/HTTP 401: refused, but the widgets send no cookies or credentials, so it must answer anyone\. For Ghost, pass the site's Content API key with --api-key\./);
  });

  it('reads a JSON Feed, and says what a document that is no feed lacks', async () => {
    const feed = await run('check', `${cms.origin}/feeds/lighthouse.json`, '--provider', 'jsonfeed');
    expect(feed.code, feed.stdout).toBe(0);
    expect(row(feed.stdout, '<news-article slug="lamp-restored">')).toMatch(/^✓ /);
    const notFeed = await run('check', `${cms.origin}/feeds/not-a-feed.json`, '--provider', 'jsonfeed');
    expect(notFeed.code).toBe(1);
    expect(notFeed.stdout).toContain('Invalid content: items must be an array. (as the jsonfeed adapter reads it)');
  });
});

describe('news-widgets: usage', () => {
  it('prints its help, and refuses what it cannot run with exit code 2', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: news-widgets check <endpoint> \[options\]/);
    for (const args of [[], ['check'], ['check', 'not a url'], ['check', 'ftp://example.com/'], ['check', reference.url, '--provider', 'drupal'], ['check', reference.url, '--timeout', 'soon'], ['verify', reference.url]]) {
      const { code, stderr } = await run(...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toMatch(/^news-widgets: .+\n\nUsage:/);
    }
  });
});
