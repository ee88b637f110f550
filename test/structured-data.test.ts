import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/article.js';
import type { NewsArticle } from '../src/index.js';
import { endpoint, fixture, load, settled, until } from './helpers.js';
import { article as dataArticle } from './models.js';

/**
 * `structured-data` on `<news-article>`, from the real content server: the JSON-LD script a search
 * engine reads next to the element, what it holds, and that it follows the element's article.
 */

/** The JSON-LD scripts right after the element: there must be one at most. */
function scriptsAfter(el: Element): HTMLScriptElement[] {
  const found: HTMLScriptElement[] = [];
  for (let node = el.nextElementSibling; node instanceof HTMLScriptElement && node.type === 'application/ld+json'; node = node.nextElementSibling) {
    found.push(node);
  }
  return found;
}

function jsonLdOf(el: Element): Record<string, unknown> & { author?: Record<string, unknown>; image?: Record<string, unknown> } {
  const scripts = scriptsAfter(el);
  expect(scripts, 'one JSON-LD script right after the element').to.have.length(1);
  return JSON.parse(scripts[0].text);
}

describe('structured-data', () => {
  it("places the article's NewsArticle JSON-LD right after the element, in the page's DOM", async () => {
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="harbour-bridge-reopens" structured-data></news-article>`);
    const article = el.model!;
    const [script] = scriptsAfter(el);
    expect(script.parentNode).to.equal(el.parentNode);
    const data = jsonLdOf(el);
    expect(data).to.include({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Swing bridge over the Inner Harbour reopens after eight months of repairs',
      description: article.summary,
      datePublished: '2026-03-12T07:30:00+00:00',
      dateModified: '2026-03-12T16:05:00+00:00',
      articleSection: 'City',
      inLanguage: 'en',
      url: article.url,
      timeRequired: `PT${article.readingTimeMinutes}M`,
    });
    expect(data.url).to.match(/^http:\/\/site\.test\/articles\/harbour-bridge-reopens\.html$/);
    expect(data.mainEntityOfPage).to.deep.equal({ '@type': 'WebPage', '@id': article.url });
    expect(data.keywords).to.deep.equal(['City', 'Transport', 'The Harbour']);
    expect(data.author).to.deep.include({ '@type': 'Person', name: 'Nadia Okafor' });
    expect(data.image).to.deep.equal({
      '@type': 'ImageObject',
      url: article.image!.src,
      width: 1200,
      height: 675,
      caption: article.image!.caption,
    });
    expect(script.text).not.to.contain('Moira Feeney'); // from the body, which is never included
    await expect(el).to.be.accessible();
  });

  it('places nothing without the attribute', async () => {
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="harbour-bridge-reopens"></news-article>`);
    expect(scriptsAfter(el)).to.deep.equal([]);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it('writes hostile text as text: nothing in the script can close it, and it parses back to the same text', async () => {
    const { el } = await load<NewsArticle>(html`<news-article src=${fixture('article-hostile-text.json')} structured-data></news-article>`);
    const [script] = scriptsAfter(el);
    expect(script.text).not.to.match(/[<>&\u2028\u2029]/);
    const data = jsonLdOf(el);
    expect(data.headline).to.equal('</script><img src=x onerror=alert(1)>');
    expect(data.articleSection).to.equal('News & <b>Views</b>');
    expect(data.keywords).to.deep.equal(['</SCRIPT >', '<!--']);
    expect(data.description).to.equal('Line\u2028separator and paragraph\u2029separator, then <script>alert(3)</script>');
    expect(data.author).to.deep.equal({ '@type': 'Person', name: 'Ada <b>Quill</b>', url: 'https://site.test/people/ada', jobTitle: '</script>' });
    expect(data.url).to.equal('https://site.test/articles/hostile-text.html?from=feed#top');
    expect(script.text).not.to.contain('The body');
    // The script holds one text node and is the element's only new neighbour: nothing was parsed as markup.
    expect(Array.from(script.childNodes).map((node) => node.nodeType)).to.deep.equal([Node.TEXT_NODE]);
    expect(Array.from(el.parentElement!.children)).to.deep.equal([el, script]);
  });

  it("follows the element's article: a new model, a new slug, an error", async () => {
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="seagrass-meadows-return" structured-data></news-article>`);
    const [script] = scriptsAfter(el);
    expect(jsonLdOf(el).headline).to.equal(el.model!.title);
    expect(jsonLdOf(el).isBasedOn).to.deep.equal({
      '@type': 'CreativeWork',
      name: 'Merrow Bay Marine Survey, 2025 annual report',
      url: 'https://example.org/merrow-bay-marine-survey/reports/2025',
    });

    el.data = dataArticle;
    await el.updateComplete;
    expect(jsonLdOf(el).headline).to.equal('A story handed in as data');
    expect(scriptsAfter(el)[0], 'the same script, rewritten').to.equal(script);

    el.data = undefined;
    el.slug = 'tide-gauge-century';
    await settled(el);
    await el.updateComplete;
    expect(jsonLdOf(el).headline).to.equal(el.model!.title);
    expect(el.model!.slug).to.equal('tide-gauge-century');

    el.slug = 'no-such-article';
    expect((await settled(el)).type).to.equal('news-error');
    await el.updateComplete;
    expect(scriptsAfter(el)).to.deep.equal([]);
    expect(script.isConnected).to.be.false;
  });

  it('goes when the attribute is removed, and comes back with it', async () => {
    const { el } = await load<NewsArticle>(html`<news-article endpoint=${endpoint} slug="library-repair-cafe" structured-data></news-article>`);
    expect(scriptsAfter(el)).to.have.length(1);
    el.removeAttribute('structured-data');
    await el.updateComplete;
    expect(scriptsAfter(el)).to.deep.equal([]);
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    el.setAttribute('structured-data', '');
    await el.updateComplete;
    expect(jsonLdOf(el).headline).to.equal(el.model!.title);
  });

  it('leaves the page with the element, and follows it where it is put back', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div><section id="first"></section><section id="second"></section></div>`);
    const el = document.createElement('news-article');
    el.endpoint = endpoint;
    el.slug = 'school-heat-pumps';
    el.structuredData = true;
    wrapper.querySelector('#first')!.append(el);
    await settled(el);
    await el.updateComplete;
    const [script] = scriptsAfter(el);
    expect(script.parentElement!.id).to.equal('first');

    el.remove();
    expect(script.isConnected).to.be.false;
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);

    wrapper.querySelector('#second')!.append(el);
    await el.updateComplete;
    expect(scriptsAfter(el)).to.deep.equal([script]);
    expect(script.parentElement!.id).to.equal('second');
    expect(jsonLdOf(el).headline).to.equal(el.model!.title);
  });

  it("takes the page's language for an article that does not say its own, and follows it", async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div lang="fr"><news-article structured-data></news-article></div>`);
    const el = wrapper.querySelector('news-article')!;
    el.data = { ...dataArticle, language: undefined };
    await el.updateComplete;
    expect(jsonLdOf(el).inLanguage).to.equal('fr');
    wrapper.lang = 'de';
    await until(() => jsonLdOf(el).inLanguage === 'de');
    el.data = dataArticle;
    await el.updateComplete;
    expect(jsonLdOf(el).inLanguage).to.equal('en');
  });
});
