// The server-rendered article page of the demo site, /ssr/article.html?slug=…: the article is
// loaded from the content endpoint and rendered to HTML with news-widgets/ssr (dist/ssr.js, built
// by `npm run build`), into the template demo/site/ssr-article.html. In the browser,
// dist/news-widgets-ssr.js hydrates it without requesting it again. The page is served with the
// strict Content-Security-Policy of docs/security.md, plus the hashes of the shadow roots' styles.

import { readFile } from 'node:fs/promises';

const TEMPLATE = new URL('./site/ssr-article.html', import.meta.url);
const SSR = new URL('../dist/ssr.js', import.meta.url);

/**
 * Renders the page for one article. Resolves `{ status, html }`: 200 with the page, 404 when the
 * endpoint has no such article, 502 when it cannot be read.
 *
 * @param {object} options
 * @param {string | null} options.slug   the article's slug (from the query string)
 * @param {string | null} [options.lang] the language of the article's interface (from the query string; default English)
 * @param {string} options.endpoint     the content endpoint's URL, as the browser reaches it
 * @param {string} options.pageUrl      the page's own URL (relative URLs in the article resolve against it)
 */
export async function renderArticlePage({ slug, lang, endpoint, pageUrl }) {
  if (!slug || !/^[a-z0-9-]+$/.test(slug)) return { status: 404, html: notFound('No such article.') };
  if (lang && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang)) return { status: 400, html: notFound('No such language.') };
  // Loaded on the first request, so that the rest of the demo runs even before a build.
  const { loadArticle, renderElement, styleHashes } = await import(SSR.href);
  let article;
  try {
    article = await loadArticle({ endpoint }, slug, { related: 4 });
  } catch (error) {
    if (error.code === 'not-found') return { status: 404, html: notFound('No such article.') };
    console.error('ssr page:', error);
    return { status: 502, html: notFound(`The content endpoint could not be read (${error.code ?? 'error'}).`) };
  }
  // `lang` is the language of the interface around the article (the article's own marks its
  // text); `endpoint` lets the elements load more in the browser (a Retry, another article).
  const element = await renderElement('news-article', { data: article, attributes: { lang: lang || 'en', endpoint, 'structured-data': true }, base: pageUrl });
  const values = { TITLE: escapeHtml(article.title), ENDPOINT: escapeHtml(endpoint), SLUG: escapeHtml(slug), ARTICLE: element };
  const template = await readFile(TEMPLATE, 'utf8');
  const html = template.replace(/\{\{([A-Z_]+)\}\}/g, (whole, name) => values[name] ?? whole);
  const api = new URL(endpoint).origin;
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self' ${styleHashes().join(' ')}`,
    `img-src 'self' data: ${api}`,
    `connect-src ${api}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify news-widgets',
  ].join('; ');
  return { status: 200, html, headers: { 'Content-Security-Policy': policy } };
}

function notFound(message) {
  return `<!doctype html>\n<html lang="en"><meta charset="utf-8"><title>Not found</title>\n<h1>${escapeHtml(message)}</h1>\n<p><a href="/">Home</a></p>\n</html>\n`;
}

function escapeHtml(value) {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
