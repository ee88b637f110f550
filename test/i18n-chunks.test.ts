import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { languages } from '../src/i18n/index.js';

/**
 * The script-tag bundle (dist/news-widgets.js, built by `npm test` before the browser starts)
 * carries English only; every other language is a lazy chunk of at most 1.5 kB (brotli), as the
 * budget in docs/performance.md says.
 */
// 1.5 kB as size-limit counts it (`npm run size`): 1,000 bytes a kB.
const BUDGET = 1500;

describe('dist/: language chunks', () => {
  it('one lazy chunk per language but English, each within 1.5 kB brotli, and English alone in the bundle', async () => {
    const sizes = await executeServerCommand<{ file: string; bytes: number; brotli: number }[], undefined>('news-chunk-sizes');
    const others = languages().filter((language) => language !== 'en');
    const bundle = await (await fetch('/dist/news-widgets.js')).text();
    for (const language of others) {
      const chunk = sizes.find(({ file }) => new RegExp(`^chunks/${language}-[\\w-]+\\.js$`).test(file));
      expect(chunk, `a chunk for ${language}`).to.exist;
      expect(chunk!.brotli, `${chunk!.file}: ${chunk!.brotli} bytes brotli`).to.be.at.most(BUDGET);
      // Imported lazily by the bundle, never inlined into it.
      expect(bundle).to.contain(chunk!.file.slice('chunks/'.length));
    }
    expect(bundle).to.contain('Related articles');
    for (const foreign of ['À lire aussi', 'Verwandte Artikel', 'Artículos relacionados', 'مقالات ذات صلة', 'כתבות קשורות']) {
      expect(bundle, foreign).not.to.contain(foreign);
    }
  });
});
