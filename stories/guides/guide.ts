/**
 * The README and the guides in docs/ are the one source of the documentation; the .mdx pages beside
 * this file show them in Storybook. Their links are written for a repository (`partners.md`,
 * `../test/csp.test.ts`, `images/themes.png`), so before a page renders them:
 * - a link to the README or a guide becomes a link to its Storybook page (`?path=/docs/…`, which
 *   Storybook's docs navigate to), keeping its `#anchor`;
 * - an image of docs/images/ is read from `docs/images/`, which .storybook/main.ts serves;
 * - a link to any other file of the repository (a test, a source file, the changelog), which the
 *   static site does not hold, is left as its text.
 */

/** Each page's Markdown file, and the title of its .mdx page (the Storybook id is made from it). */
export const PAGES: Record<string, string> = {
  'README.md': 'Introduction',
  'docs/README.md': 'Guides/Overview',
  'docs/site-owners.md': 'Guides/Site owners',
  'docs/partners.md': 'Guides/Partners',
  'docs/developers.md': 'Guides/Developers',
  'docs/configuration.md': 'Guides/Configuration',
  'docs/contract.md': 'Guides/Content contract',
  'docs/cms.md': 'Guides/WordPress, Ghost and JSON Feed',
  'docs/server-rendering.md': 'Guides/Server rendering',
  'docs/structured-data.md': 'Guides/Structured data',
  'docs/theming.md': 'Guides/Theming',
  'docs/languages.md': 'Guides/Languages',
  'docs/accessibility.md': 'Guides/Accessibility',
  'docs/browser-support.md': 'Guides/Browser support',
  'docs/security.md': 'Guides/Security',
  'docs/performance.md': 'Guides/Size and performance',
  'docs/api.md': 'Guides/API reference',
};

/** Storybook's id of a docs page: its title, lower case, runs of other characters as one hyphen. */
export const docsId = (title: string) =>
  `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}--docs`;

/** `target` (relative to the Markdown file `from`) as a path from the repository's root. */
function fromRoot(target: string, from: string): string {
  const url = new URL(target, `https://repository.invalid/${from}`);
  return decodeURIComponent(url.pathname.slice(1));
}

/** The Markdown of the repository file `from`, with its links and images made to work in Storybook. */
export function forStorybook(markdown: string, from: string): string {
  return markdown.replace(/(!?)\[((?:[^\][]|\[[^\]]*\])*)\]\(([^)\s]+)\)/g, (link, bang: string, text: string, target: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('?')) return link;
    const [path, hash = ''] = target.split('#');
    const file = fromRoot(path, from);
    if (bang) return file.startsWith('docs/images/') ? `![${text}](${file})` : link;
    const title = PAGES[file];
    if (title) return `[${text}](?path=/docs/${docsId(title)}${hash ? `#${hash}` : ''})`;
    return /[`]/.test(text) || !/[/.]/.test(text) ? text : `\`${text}\``;
  });
}
