import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { pageOptions } from '../src/config.js';
import { validate } from '../src/data/contract.js';
import { NewsError, type NewsErrorCode } from '../src/data/errors.js';
import { loadArticle, loadArticles, loadAuthor, loadRelated, loadTags, type Source } from '../src/data/loaders.js';
import { GHOST_KEY } from './cms.js';
import { origin } from './helpers.js';
import { mutate, mutations } from './mutations.js';

/**
 * Property-based tests of the CMS adapters: the fixtures of test/fixtures/cms/ broken on purpose
 * (fields deleted, types changed, hostile keys inserted, strings and arrays cut short, random JSON
 * anywhere), cut off at a random byte, or replaced by random JSON, are served over real HTTP (the
 * CMS server's echo route: every request under the answer's own URL gets it, whatever the path),
 * and read through the loaders exactly as an element reads them. Each one becomes a valid model or
 * a NewsError with a known code (`invalid-response` naming a field, `invalid-json`, `not-found`);
 * nothing else may be thrown.
 */
type Provider = 'wordpress' | 'ghost' | 'jsonfeed';
type Kind = 'article' | 'related' | 'articles' | 'author' | 'tags';
const KINDS: Kind[] = ['article', 'related', 'articles', 'author', 'tags'];
const EXPECTED: NewsErrorCode[] = ['invalid-response', 'invalid-json', 'not-found'];

const fixture = async (name: string): Promise<unknown> => (await fetch(`${origin}/cms/${name}`)).json();

/** The document each provider answers each kind of query with. */
const documents: Record<Provider, Record<Kind, unknown>> = await (async () => {
  const [posts, users, tags, ghostPosts, ghostAuthors, ghostTags, feed] = await Promise.all(
    ['wordpress/posts.json', 'wordpress/users.json', 'wordpress/tags.json', 'ghost/posts.json', 'ghost/authors.json', 'ghost/tags.json', 'jsonfeed/lighthouse.json'].map(fixture),
  );
  return {
    wordpress: { article: posts, related: posts, articles: posts, author: users, tags },
    ghost: { article: { posts: ghostPosts }, related: { posts: ghostPosts }, articles: { posts: ghostPosts }, author: { authors: ghostAuthors }, tags: { tags: ghostTags } },
    jsonfeed: { article: feed, related: feed, articles: feed, author: feed, tags: feed },
  };
})();

/** Serves `body` as it is, under a URL of its own; returns that URL's base. */
async function serve(body: string): Promise<string> {
  const { id } = await (await fetch(`${origin}/cms-echo`, { method: 'POST', body })).json();
  return `${origin}/cms-echo/${id}/`;
}

/** Reads one query from an answer the way an element would; returns 'model' or the error's code. */
async function read(provider: Provider, kind: Kind, body: string): Promise<'model' | NewsErrorCode> {
  const base = await serve(body);
  const source: Source = provider === 'jsonfeed' ? { provider, src: `${base}feed.json`, options: pageOptions } : { provider, endpoint: base, apiKey: GHOST_KEY, options: pageOptions };
  // A JSON Feed is looked up by slug too; '' (with src) is its first item.
  const slug = provider === 'jsonfeed' ? '' : 'any-slug';
  try {
    // Every model that comes out is valid: validating it again changes nothing.
    if (kind === 'article') expect(validate.article(await loadArticle(source, slug))).to.be.an('object');
    if (kind === 'related') validate.summaryArray(await loadRelated(source, slug || 'lamp-restored', 4));
    if (kind === 'articles') validate.summaryArray(await loadArticles(source, { tag: 'lighthouse', limit: 3 }));
    if (kind === 'author') validate.author(await loadAuthor(source, provider === 'jsonfeed' ? 'mara-quill' : 'any-slug'));
    if (kind === 'tags') validate.tagArray(await loadTags(source, 5));
    return 'model';
  } catch (error) {
    const what = `${provider} ${kind} of ${JSON.stringify(body.slice(0, 200))}`;
    if (!(error instanceof NewsError)) throw new Error(`${what} threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    if (!EXPECTED.includes(error.code)) throw new Error(`${what} failed with ${error.code}: ${error.message}`);
    if (error.code === 'invalid-response' && !error.field) throw new Error(`${what}: an invalid-response without a field: ${error.message}`);
    return error.code;
  }
}

const answer = fc.record({
  kind: fc.constantFrom(...KINDS),
  changes: mutations,
  /** Where to cut the answer short, as a fraction of its length (none: the whole answer). */
  cut: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { freq: 4 }),
});

for (const provider of ['wordpress', 'ghost', 'jsonfeed'] as const) {
  describe(`provider="${provider}": random and truncated answers`, () => {
    it('become a valid model or a NewsError, never anything else (mutated and cut-off fixtures)', async function () {
      this.timeout(60_000);
      const seen: Record<string, number> = {};
      await fc.assert(
        fc.asyncProperty(answer, async ({ kind, changes, cut }) => {
          const text = JSON.stringify(mutate(documents[provider][kind], changes)) ?? '';
          const body = cut === null ? text : text.slice(0, Math.floor(text.length * cut));
          const result = await read(provider, kind, body);
          seen[result] = (seen[result] ?? 0) + 1;
        }),
        { numRuns: 150 },
      );
      // The runs were not all of one outcome: models come out, and so do errors. (Which error codes
      // appear depends on the random draw, so only their presence is asserted.)
      expect(seen.model, JSON.stringify(seen)).to.be.greaterThan(0);
      const errors = Object.entries(seen).filter(([outcome]) => outcome !== 'model');
      expect(errors.length, JSON.stringify(seen)).to.be.greaterThan(0);
    });

    it('become a valid model or a NewsError, never anything else (random JSON)', async function () {
      this.timeout(60_000);
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...KINDS), fc.jsonValue({ maxDepth: 4 }), async (kind, json) => {
          await read(provider, kind, JSON.stringify(json));
        }),
        { numRuns: 60 },
      );
    });
  });
}
