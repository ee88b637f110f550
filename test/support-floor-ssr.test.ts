import { expect } from '@open-wc/testing';
import type { NewsArticle } from '../src/index.js';
import { delayed, part, served, shadow, textOf, until } from './helpers.js';
import { deepElements } from './reader.js';
import { becomeTheSupportFloor } from './support-floor.js';

// A server-rendered page (news-widgets/ssr) in a browser of the support floor, which has no
// declarative shadow DOM (Firefox before 123): its parser leaves every <template shadowrootmode>
// a template, as innerHTML does here. Then dist/news-widgets-ssr.js loads.
becomeTheSupportFloor();

const api = delayed(3201);
const holder = document.createElement('div');
holder.innerHTML = await (await fetch(`/__news/ssr-article.html?endpoint=${encodeURIComponent(api)}`)).text();
const el = holder.querySelector<NewsArticle>('news-article')!;
const events: CustomEvent[] = [];
for (const type of ['news-load', 'news-error']) el.addEventListener(type, (event) => events.push(event as CustomEvent));
document.body.append(holder);
// What the server wrote, before any script ran: hydration keeps these very nodes.
const serverTitle = holder.querySelector<HTMLTemplateElement>('news-article > template')?.content.querySelector('[part="title"]');
await import(/* @vite-ignore */ `${'/dist/news-widgets-ssr.js'}`);

/** The text a reader sees, nested elements' shadow roots included. */
function seenText(root: Element): string {
  return deepElements(root)
    .filter((node) => node.shadowRoot)
    .map((node) => textOf(node.shadowRoot!))
    .join(' ');
}

describe('news-widgets-ssr.js without declarative shadow DOM', () => {
  it('was given templates, not shadow roots, by the page', () => {
    expect(serverTitle instanceof Element, "the server's title").to.be.true;
  });

  it('shows the whole server-rendered article, hydrated from the nodes the server wrote, with no request and no event', async () => {
    await el.updateComplete;
    await until(() => seenText(el).includes('A related fixture'));
    // Nodes are compared as booleans: chai's message about a DOM node can take minutes to write.
    expect(holder.querySelector('template[shadowrootmode]') === null, 'no template left').to.be.true;
    expect(part(el, '[part="title"]') === serverTitle, 'the title is the node the server wrote').to.be.true;
    expect(textOf(part(el, '[part="title"]'))).to.equal('An article from a static JSON file');
    expect(textOf(part(el, '[part="body"]'))).to.contain('This article lives in one JSON document');
    const text = seenText(el);
    for (const piece of ['Fay Fixture', 'City', 'Ocean', 'A related fixture']) expect(text).to.contain(piece);
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(shadow(el).querySelector('[part="skeleton"]') === null, 'no skeleton').to.be.true;
    expect(events).to.deep.equal([]);
    expect((await served('/delay/3201/api/articles/fixture-article')).count).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows none of the server\'s body once it is given another article, from its first render of that one', async () => {
    const bodies: string[] = [];
    el.addController({ hostUpdated: () => bodies.push(textOf(part(el, '[part="body"]'))) });
    el.data = { ...el.model!, id: 'another', slug: 'another-article', bodyHtml: '<p>Another body.</p>' };
    await until(() => bodies.includes('Another body.'));
    expect(bodies.filter((text) => text.includes('This article lives in one JSON document'))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
