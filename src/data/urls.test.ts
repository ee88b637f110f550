import { expect } from '@open-wc/testing';
import { endpointUrl, safeUrl } from './urls.js';

const base = 'https://news.example/articles/story.html';

describe('data/urls', () => {
  describe('safeUrl', () => {
    it('resolves a relative URL against each call\'s own base, even after it returned the same URL before', () => {
      expect(safeUrl('/a?b=1', 'https://one.example/x/')).to.equal('https://one.example/a?b=1');
      expect(safeUrl('/a?b=1', 'https://two.example/x/')).to.equal('https://two.example/a?b=1');
      // A URL it returned is returned as it is, whatever the base: it is absolute already.
      expect(safeUrl('https://one.example/a?b=1', 'https://two.example/')).to.equal('https://one.example/a?b=1');
      expect(safeUrl('https://one.example/a b')).to.equal('https://one.example/a%20b');
      expect(safeUrl('javascript:alert(1)', 'https://one.example/')).to.equal(undefined);
    });

    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001javascript:alert(1)',
      '\u001fjavascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://news.example/0b0e2ab4',
      'ftp://news.example/file',
      'mailto:desk@news.example',
      // A scheme behind characters the URL parser keeps, which other consumers strip.
      '\u00a0javascript:alert(1)',
      '\u2028javascript:alert(1)',
      '\ufeffjavascript:alert(1)',
      'java\u0003script:alert(1)',
      'java script:alert(1)',
      '\u3000data:text/html,x',
    ];
    for (const value of hostile) {
      it(`rejects ${JSON.stringify(value)}`, () => {
        expect(safeUrl(value, base)).to.equal(undefined);
      });
    }

    it('rejects what is not a URL at all', () => {
      expect(safeUrl('', base)).to.equal(undefined);
      expect(safeUrl('   ', base)).to.equal(undefined);
      expect(safeUrl(undefined, base)).to.equal(undefined);
      expect(safeUrl(42, base)).to.equal(undefined);
      expect(safeUrl('http://[::1', base)).to.equal(undefined);
    });

    it('accepts http and https URLs, normalised', () => {
      expect(safeUrl('https://example.org/a?b=c#d', base)).to.equal('https://example.org/a?b=c#d');
      expect(safeUrl('HTTP://Example.org', base)).to.equal('http://example.org/');
      expect(safeUrl('  https://example.org/x  ', base)).to.equal('https://example.org/x');
    });

    it('resolves relative URLs against the base', () => {
      expect(safeUrl('media/a.svg', base)).to.equal('https://news.example/articles/media/a.svg');
      expect(safeUrl('/tags/city.html', base)).to.equal('https://news.example/tags/city.html');
      expect(safeUrl('../people/ada', base)).to.equal('https://news.example/people/ada');
      expect(safeUrl('//cdn.example/x.png', base)).to.equal('https://cdn.example/x.png');
      expect(safeUrl('?page=2', base)).to.equal('https://news.example/articles/story.html?page=2');
    });

    it('refuses a relative URL when no base is given, and keeps an absolute one', () => {
      expect(safeUrl('/x')).to.equal(undefined);
      expect(safeUrl('https://example.org/x')).to.equal('https://example.org/x');
    });
  });

  describe('endpointUrl', () => {
    it('joins a contract path to an endpoint with or without a trailing slash', () => {
      expect(endpointUrl('https://api.example/v1/', 'articles/a')).to.equal('https://api.example/v1/articles/a');
      expect(endpointUrl('https://api.example/v1', 'articles/a')).to.equal('https://api.example/v1/articles/a');
    });

    it('adds the query parameters that have a value', () => {
      expect(endpointUrl('https://api.example/', 'articles', { tag: 'city', author: undefined, limit: 3 })).to.equal(
        'https://api.example/articles?tag=city&limit=3',
      );
    });
  });
});
