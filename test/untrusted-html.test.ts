import { expect, html } from '@open-wc/testing';
import '../src/article.js';
import type { NewsArticle } from '../src/index.js';
import { fixture as fixtureUrl, load, nextTask, part, served, shadow, until } from './helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** article-hostile-body.json: a body with every usual way to run script, style the host or leave the page. */
describe('untrusted body HTML in <news-article>', () => {
  let el: NewsArticle;
  let body: HTMLElement;

  beforeEach(async () => {
    delete window.__pwned;
    ({ el } = await load<NewsArticle>(html`<news-article src=${fixtureUrl('article-hostile-body.json')}></news-article>`));
    await until(() => !!shadow(el).querySelector('[part="body"]')?.childElementCount);
    body = part(el, '[part="body"]');
  });

  it('runs nothing', async () => {
    // Let whatever the body queued run: a task, and a round trip to a server (the images' requests).
    await nextTask();
    await served('/fixtures/article-hostile-body.json');
    await nextTask();
    expect(window.__pwned).to.equal(undefined);
  });

  it('keeps no script, frame, style, form, svg, math, object, embed, base or meta', () => {
    expect(body.querySelectorAll('script, iframe, style, form, input, button, svg, math, object, embed, noscript, base, meta')).to.have.length(0);
    expect(shadow(el).querySelectorAll('script, iframe, form')).to.have.length(0);
    // The host is still shown: the body's <style> did not reach the shadow root.
    expect(getComputedStyle(el).display).not.to.equal('none');
  });

  it('keeps no event handler or style attribute', () => {
    const offending = Array.from(body.querySelectorAll('*')).flatMap((element) =>
      element.getAttributeNames().filter((name) => name.startsWith('on') || name === 'style' || name === 'srcdoc' || name === 'formaction'),
    );
    expect(offending).to.deep.equal([]);
  });

  it('drops the href of javascript: links', () => {
    const link = body.querySelector('#js-link') ?? Array.from(body.querySelectorAll('a')).find((a) => a.textContent === 'a javascript: link');
    expect(link, 'the link text survives').to.exist;
    expect(link!.hasAttribute('href')).to.be.false;
    for (const a of body.querySelectorAll('a[href]')) {
      expect(a.getAttribute('href')).to.match(/^https?:/);
    }
  });

  it('keeps the safe content: headings, lists, tables, links and images', async () => {
    expect(body.querySelector('h2')!.textContent).to.equal('Safe heading');
    expect(Array.from(body.querySelectorAll('ul li'), (li) => li.textContent)).to.deep.equal(['first', 'second']);
    expect(body.querySelector('table th')!.textContent).to.equal('Col');
    expect(body.querySelector('table td')!.textContent).to.equal('Cell');
    expect(body.querySelector('p')!.textContent).to.equal('A paragraph with a normal link.');
    expect(Array.from(body.querySelectorAll('p')).some((p) => p.textContent === 'Styled paragraph')).to.be.true;

    const link = body.querySelector<HTMLAnchorElement>('a[href="https://example.org/safe"]')!;
    expect(link.textContent).to.equal('a normal link');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');

    const images = Array.from(body.querySelectorAll('img'));
    expect(images.length).to.be.greaterThan(0);
    for (const image of images) {
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('src')).to.match(/^https?:/);
    }
    expect(images.find((image) => image.alt === 'A safe image')!.getAttribute('src')).to.equal(new URL('/test/fixtures/pixel.svg', document.baseURI).href);
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });
});
