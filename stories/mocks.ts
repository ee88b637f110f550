/**
 * Content endpoints for the stories that go through the real fetch path (client, adapter,
 * validation), mocked with Mock Service Worker: the native contract over the demo's articles, at
 * invented origins that say how they behave. Each origin is its own URL space, so the client's
 * one-request-per-URL cache never lets one story's answer leak into another.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { allTags, article, author, latestWithTag, related, slugs } from './data.js';

/** Answers at once. */
export const API = 'https://api.gazette.example/v1/';
/** Answers after 1.5 s. */
export const SLOW_API = 'https://slow.gazette.example/v1/';
/** Never answers: the loading state, held. */
export const HELD_API = 'https://held.gazette.example/v1/';
/** Always answers HTTP 503. */
export const DOWN_API = 'https://down.gazette.example/v1/';
/** Answers HTTP 503 until an element shows the error, then the content: for Retry (see `downUntilError`). */
export const FLAKY_API = 'https://flaky.gazette.example/v1/';
/** Answers HTML where JSON belongs. */
export const BROKEN_API = 'https://broken.gazette.example/v1/';

export const SLOW_MS = 1500;

const notFound = (what: string) => HttpResponse.json({ error: 'not-found', message: `No ${what}` }, { status: 404 });
const limitOf = (url: URL, fallback: number) => Math.min(20, Math.max(1, Number(url.searchParams.get('limit')) || fallback));

/** The native contract at `base`, each answer passed through `gate` first (a delay, a failure, …). */
function contract(base: string, gate: (request: Request) => Promise<Response | undefined>): HttpHandler[] {
  const guarded =
    (answer: (args: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => Response) =>
    async (args: { request: Request; params: Record<string, string | readonly string[] | undefined> }) =>
      (await gate(args.request)) ?? answer(args);
  const slugOf = (params: Record<string, string | readonly string[] | undefined>, name: string) => String(params[name]);
  return [
    http.get(
      `${base}articles/:slug/related`,
      guarded(({ request, params }) => {
        const slug = slugOf(params, 'slug');
        return slugs.includes(slug) ? HttpResponse.json({ items: related(slug, limitOf(new URL(request.url), 4)) }) : notFound(`article ${slug}`);
      }),
    ),
    http.get(
      `${base}articles/:slug`,
      guarded(({ params }) => {
        const slug = slugOf(params, 'slug');
        return slugs.includes(slug) ? HttpResponse.json(article(slug, { related: false })) : notFound(`article ${slug}`);
      }),
    ),
    http.get(
      `${base}articles`,
      guarded(({ request }) => {
        const url = new URL(request.url);
        return HttpResponse.json({ items: latestWithTag(url.searchParams.get('tag') ?? '', limitOf(url, 10)) });
      }),
    ),
    http.get(
      `${base}authors/:slug`,
      guarded(({ params }) => {
        try {
          return HttpResponse.json(author(slugOf(params, 'slug')));
        } catch {
          return notFound(`author ${slugOf(params, 'slug')}`);
        }
      }),
    ),
    http.get(
      `${base}tags`,
      guarded(({ request }) => HttpResponse.json({ items: allTags.slice(0, limitOf(new URL(request.url), allTags.length)) })),
    ),
    http.post(
      `${base}articles/:slug/views`,
      guarded(({ params }) => HttpResponse.json({ viewCount: article(slugOf(params, 'slug')).viewCount! + 1 })),
    ),
  ];
}

const unavailable = () => new HttpResponse('Service Unavailable', { status: 503, headers: { 'Content-Type': 'text/plain' } });

const handlers = {
  api: contract(API, async () => undefined),
  slow: contract(SLOW_API, async () => {
    await delay(SLOW_MS);
    return undefined;
  }),
  held: contract(HELD_API, async () => {
    await delay('infinite');
    return undefined;
  }),
  down: contract(DOWN_API, async () => unavailable()),
  broken: contract(BROKEN_API, async () => new HttpResponse('<!doctype html><title>Oops</title>', { headers: { 'Content-Type': 'text/html' } })),
};

let flakyDown = true;

/**
 * Takes the flaky endpoint down until an element shows its error: it answers HTTP 503 (to every
 * attempt, automatic retries included) until the first `news-error` reaches the document, and the
 * content from then on, so the Retry button, clicked by a reader or by a `play` function, succeeds.
 * Use it as a story's `beforeEach`: it returns its cleanup.
 */
export function downUntilError(): () => void {
  flakyDown = true;
  const recover = () => (flakyDown = false);
  document.addEventListener('news-error', recover, { once: true });
  return () => document.removeEventListener('news-error', recover);
}

const flaky = contract(FLAKY_API, async () => (flakyDown ? unavailable() : undefined));

/**
 * Every endpoint, installed once when the worker starts. They are the worker's initial handlers,
 * so they survive the reset between stories, and a docs page, where all of an element's stories
 * render together, has all of them.
 */
export const allHandlers = [...handlers.api, ...handlers.slow, ...handlers.held, ...handlers.down, ...handlers.broken, ...flaky];
