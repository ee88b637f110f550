// A Node server's part, as "A server, step by step" in docs/server-rendering.md writes it: load an article from
// the endpoint, render <news-article> to HTML, and write the page that loads news-widgets-ssr.js.
// Asserts what a crawler would read in that HTML; writes the page and its Content-Security-Policy.
//
//   node render.mjs <endpoint> <page.html>
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { NewsError, loadArticle, renderElement, styleHashes } from 'news-widgets/ssr';

const [endpoint, pageFile] = process.argv.slice(2);
assert.ok(endpoint && pageFile, 'usage: node render.mjs <endpoint> <page.html>');

const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** The text of the HTML as a crawler reads it: no tags, the few entities the content uses decoded. */
const text = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

const article = await loadArticle({ endpoint }, 'harbour-bridge-reopens');
assert.equal(article.slug, 'harbour-bridge-reopens');
assert.ok(article.related?.length, 'loadArticle brings the related articles along');

const html = await renderElement('news-article', { data: article, attributes: { lang: 'fr', endpoint } });
const seen = text(html);
assert.match(html, /<news-article [^>]*lang="fr"/);
assert.match(html, /<news-article [^>]*><template [^>]*shadowrootmode="open"/, 'its shadow root, as declarative shadow DOM');
assert.ok(seen.includes(article.title), 'the title');
assert.ok(seen.includes(article.author.name), 'the author');
assert.ok(seen.includes('Publié le'), 'the French interface');
const firstParagraph = /<p>([^<]{40,})<\/p>/.exec(article.bodyHtml)?.[1];
assert.ok(firstParagraph && seen.includes(text(firstParagraph).trim()), 'a paragraph of the body');
for (const related of article.related) assert.ok(seen.includes(related.title), `the related article "${related.title}"`);
assert.match(html, /<script type="application\/json" data-news-model>/, 'the model for hydration');
assert.doesNotMatch(html.replace(/<script type="application\/json" data-news-model>[^<]*<\/script>/g, ''), /<script/i, 'no other script');

const hashes = styleHashes();
assert.ok(hashes.length > 0 && hashes.every((hash) => /^'sha256-[\w+/=]+'$/.test(hash)), 'style hashes for style-src');

await assert.rejects(loadArticle({ endpoint }, 'no-such-article'), (error) => error instanceof NewsError && error.code === 'not-found');
await assert.rejects(
  renderElement('news-article', { data: { ...article, publishedAt: 'yesterday' } }),
  (error) => error instanceof NewsError && error.code === 'invalid-response' && /publishedAt/.test(error.message),
);

const origin = new URL(endpoint).origin;
const policy =
  `default-src 'self'; style-src 'self' ${hashes.join(' ')}; img-src 'self' ${origin}; ` +
  `connect-src ${origin}; require-trusted-types-for 'script'; trusted-types lit-html dompurify news-widgets`;
await writeFile(
  pageFile,
  `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>${escape(article.title)}</title>
  <script type="module" src="/assets/news-widgets-ssr.js"></script>
</head>
<body>${html}</body>
</html>
`,
);
await writeFile(`${pageFile}.csp`, policy);
console.log(`rendered <news-article> (${html.length} characters of HTML, ${hashes.length} style hashes)`);
