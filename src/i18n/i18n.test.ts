import { expect } from '@open-wc/testing';
import { en, type Plural, type Strings } from './en.js';
import {
  canonical,
  directionOf,
  fill,
  formatDate,
  formatMinutes,
  formatNumber,
  formatRelative,
  languages,
  loadStrings,
  MAX_MEMO,
  memoSize,
  plural,
  readerOf,
  stringsFor,
  stringsLanguage,
} from './index.js';

const isPlural = (value: unknown): value is Plural => typeof value === 'object' && value !== null && 'other' in value;

/** Every string of a Strings object by its path (`errors.cors`, `views.other`, …). */
function leaves(strings: object, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !isPlural(value)) for (const [p, v] of leaves(value, path)) found.set(p, v);
    else found.set(path, value);
  }
  return found;
}
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('i18n: the languages', () => {
  it('are English and one file per language: fr, de, es, it, pt, nl, ar, he', () => {
    expect(languages()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'nl', 'pt']);
  });

  for (const language of languages().filter((l) => l !== 'en')) {
    it(`${language}: every string translated, with the same {slots} as English and # in every plural's "other"`, async () => {
      const strings: Strings = await loadStrings(language);
      expect(strings).not.to.equal(en);
      const own = leaves(strings);
      const english = leaves(en);
      expect([...own.keys()].sort()).to.deep.equal([...english.keys()].sort());
      for (const [path, value] of english) {
        const translated = own.get(path);
        if (path === 'readingUnit') {
          expect(['short', 'long']).to.include(translated);
        } else if (isPlural(value)) {
          expect(isPlural(translated), path).to.be.true;
          const forms = translated as Plural;
          expect(forms.other, path).to.contain('#');
          const allowed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
          for (const form of Object.keys(forms)) expect(allowed, `${language} ${path}.${form}`).to.include(form);
        } else {
          expect(translated, path).to.be.a('string').and.not.equal('');
          expect(placeholders(translated as string), path).to.deep.equal(placeholders(value as string));
          // Translated, not copied (a few words are the same in some languages).
          if (!['tags'].includes(path)) expect(translated, `${language} ${path}`).not.to.equal(value);
        }
      }
    });
  }

  it('loads a language once, however many ask, and keeps it', async () => {
    const [a, b] = await Promise.all([loadStrings('nl'), loadStrings('nl-BE')]);
    expect(a).to.equal(b);
    expect(stringsFor('nl')).to.equal(a);
  });

  it('serves a regional or legacy tag by its language, and any other language by English', () => {
    expect(stringsLanguage('pt-BR')).to.equal('pt');
    expect(stringsLanguage('FR-ca')).to.equal('fr');
    expect(stringsLanguage('iw')).to.equal('he');
    expect(stringsLanguage('ja')).to.equal('en');
    expect(stringsLanguage('not a language!')).to.equal('en');
    expect(stringsFor('ja')).to.equal(en);
    expect(canonical('EN-gb')).to.equal('en-GB');
  });

  it('knows the direction of a language', () => {
    for (const rtl of ['ar', 'he', 'ar-EG', 'fa', 'ur', 'iw', 'az-Arab']) expect(directionOf(rtl), rtl).to.equal('rtl');
    for (const ltr of ['en', 'fr', 'pt-BR', 'ja', 'az-Latn', 'nonsense!']) expect(directionOf(ltr), ltr).to.equal('ltr');
  });
});

describe('i18n: the reader of an element', () => {
  const make = (markup: string) => {
    const box = document.createElement('div');
    box.innerHTML = markup;
    document.body.append(box);
    return box;
  };
  afterEach(() => document.querySelectorAll('body > div').forEach((box) => box.remove()));

  it("is the element's own lang, else the closest ancestor's, else the fallback (the article's), else English", () => {
    const box = make('<div lang="de"><p lang="fr"><i id="own" lang="it"></i><b id="parent"></b></p><u id="grand"></u></div><s id="none"></s>');
    expect(readerOf(box.querySelector('#own')!).lang).to.equal('it');
    expect(readerOf(box.querySelector('#parent')!).lang).to.equal('fr');
    expect(readerOf(box.querySelector('#grand')!).lang).to.equal('de');
    expect(readerOf(box.querySelector('#none')!, 'es').lang).to.equal('es');
    expect(readerOf(box.querySelector('#none')!).lang).to.equal('en');
  });

  it('crosses shadow roots, and skips lang=""', () => {
    const box = make('<div lang="he"><span id="host" lang=""></span></div>');
    const host = box.querySelector('#host')!;
    const inner = document.createElement('em');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(readerOf(inner)).to.deep.equal({ lang: 'he', dir: 'rtl' });
  });

  it('takes the direction from dir when set as close as lang or closer, else from the language', () => {
    const box = make(
      '<div dir="rtl"><p lang="en"><i id="a"></i></p></div>' +
        '<div lang="ar"><p dir="ltr"><i id="b"></i></p></div>' +
        '<div lang="ar" dir="ltr"><i id="c"></i></div>' +
        '<div lang="he"><p dir="auto"><i id="d"></i></p></div>',
    );
    expect(readerOf(box.querySelector('#a')!)).to.deep.equal({ lang: 'en', dir: 'ltr' });
    expect(readerOf(box.querySelector('#b')!)).to.deep.equal({ lang: 'ar', dir: 'ltr' });
    expect(readerOf(box.querySelector('#c')!)).to.deep.equal({ lang: 'ar', dir: 'ltr' });
    expect(readerOf(box.querySelector('#d')!)).to.deep.equal({ lang: 'he', dir: 'rtl' });
  });
});

describe('i18n: formatting through Intl', () => {
  it('formats dates, compact numbers and minutes in the locale', () => {
    const iso = '2026-03-12T07:30:00+00:00';
    expect(formatDate(iso, 'en')).to.equal('March 12, 2026');
    expect(formatDate(iso, 'fr')).to.equal('12 mars 2026');
    expect(formatDate(iso, 'de')).to.equal('12. März 2026');
    expect(formatNumber(1234567, 'en', true)).to.equal('1.2M');
    expect(formatNumber(1234, 'fr', true)).to.equal('1,2\u00a0k');
    expect(formatMinutes(4, 'de')).to.equal('4 Min.');
    expect(formatMinutes(2, 'ar', 'long')).to.equal('دقيقتان');
  });

  it('falls back to English formats, not the browser’s, for a locale Intl does not know', () => {
    expect(formatDate('2026-03-12T07:30:00+00:00', 'tlh')).to.equal('March 12, 2026');
  });

  it('writes a recent moment relative to now, and an older or future one as a date', () => {
    const now = Date.parse('2026-03-12T12:00:00Z');
    const ago = (ms: number) => new Date(now - ms).toISOString();
    expect(formatRelative(ago(20_000), 'en', now)).to.equal('now');
    expect(formatRelative(ago(5 * 60_000), 'en', now)).to.equal('5 minutes ago');
    expect(formatRelative(ago(3 * 3_600_000), 'en', now)).to.equal('3 hours ago');
    expect(formatRelative(ago(3 * 3_600_000), 'fr', now)).to.equal('il y a 3 heures');
    expect(formatRelative(ago(26 * 3_600_000), 'de', now)).to.equal('gestern');
    expect(formatRelative(ago(3 * 86_400_000), 'es', now)).to.equal('hace 3 días');
    expect(formatRelative(ago(8 * 86_400_000), 'en', now)).to.equal(undefined);
    expect(formatRelative(ago(-3_600_000), 'en', now)).to.equal(undefined);
  });

  it('picks plural forms by the rules of the strings’ language', () => {
    const views = { zero: 'Z#', one: 'O#', two: 'T#', few: 'F#', many: 'M#', other: '#x' };
    expect([0, 1, 2, 3, 11, 100].map((n) => plural(views, n, 'ar'))).to.deep.equal(['Z0', 'O1', 'T2', 'F3', 'M11', '100x']);
    // Arabic without a region in Latin digits in every engine, whatever its ICU; a region's own digits stay.
    expect(formatDate('2026-03-12T07:30:00Z', 'ar')).to.contain('2026');
    expect(formatNumber(1234, 'ar-EG')).to.equal('١٬٢٣٤');
    expect(formatNumber(1234, 'ar-u-nu-arab')).to.equal('١٬٢٣٤');
    expect([1, 2, 5].map((n) => plural(en.views, n, 'en'))).to.deep.equal(['1 view', '2 views', '5 views']);
    // Russian has "one" for 21; the English fallback strings must still say "views".
    expect(plural(en.views, 21, 'ru', 'en')).to.equal('21 views');
    expect(plural(en.views, 1500, 'en', 'en', formatNumber(1500, 'en', true))).to.equal('1.5K views');
  });

  it('puts values into a sentence where the language puts them', () => {
    expect(fill('Publié le {date}', { date: 42 })).to.deep.equal(['Publié le ', 42, '']);
    expect(fill('{duration} Lesezeit', { duration: '4 Min.' }).join('')).to.equal('4 Min. Lesezeit');
  });

  it('builds each Intl formatter once per locale, however often it formats', () => {
    const built = countBuilt(() => {
      for (let i = 0; i < 50; i++) formatDate(`2026-03-${String((i % 28) + 1).padStart(2, '0')}T07:30:00Z`, 'it-CH');
    });
    expect(built).to.equal(1);
  });

  /** Runs `run` with Intl.DateTimeFormat counting the formatters built; resolves how many. */
  function countBuilt(run: () => void): number {
    const Original = Intl.DateTimeFormat;
    let built = 0;
    Intl.DateTimeFormat = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      built++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      run();
    } finally {
      Intl.DateTimeFormat = Original;
    }
    return built;
  }

  it('shares one formatter among the spellings of a tag', () => {
    expect(countBuilt(() => ['pt-PT', 'PT-pt', 'pt-pt', ' pt-PT '].forEach((tag) => formatDate('2026-03-12T07:30:00Z', tag)))).to.equal(1);
  });

  it('keeps a bounded number of formatters, however many languages are asked for (a server taking ?lang= from anyone)', () => {
    const built = countBuilt(() => {
      formatDate('2026-03-12T07:30:00Z', 'nl-BE');
      for (let i = 0; i < 1000; i++) formatDate('2026-03-12T07:30:00Z', `en-x-v${i}`);
      expect(memoSize()).to.be.at.most(MAX_MEMO);
      // The cache started over on the way: a language in use builds its formatter again.
      formatDate('2026-03-12T07:30:00Z', 'nl-BE');
    });
    expect(built).to.equal(1002);
    expect(formatDate('2026-03-12T07:30:00Z', 'en-x-v1')).to.equal('March 12, 2026');
  });
});
