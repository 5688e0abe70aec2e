import { expect } from '@open-wc/testing';
import {
  CATALOGUES,
  languageOf,
  localeFor,
  type Catalogue,
} from '../../../components/internal/i18n/catalogue.js';

/** Each entry rendered with sample arguments, so that functions are compared by their output. */
function rendered(catalogue: Catalogue): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]) => [
      key,
      typeof value === 'function' ? (value as (...args: string[]) => string)('‹x›') : value,
    ]),
  );
}

describe('string catalogues', () => {
  it('German has every English key, and nothing else', () => {
    const english = Object.keys(CATALOGUES.en).sort();
    const german = Object.keys(CATALOGUES.de).sort();
    expect(
      german.filter((key) => !english.includes(key)),
      'keys German has extra',
    ).to.deep.equal([]);
    expect(
      english.filter((key) => !german.includes(key)),
      'keys German lacks',
    ).to.deep.equal([]);
  });

  it('every entry is non-empty text, and functions keep their argument in both languages', () => {
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(rendered(catalogue))) {
        expect(text.trim(), `${language}.${key}`).not.to.equal('');
        const entry = catalogue[key as keyof Catalogue];
        const english = CATALOGUES.en[key as keyof Catalogue];
        expect(typeof entry, `${language}.${key}`).to.equal(typeof english);
        if (typeof entry === 'function') expect(text, `${language}.${key}`).to.contain('‹x›');
      }
    }
  });

  it('German is translated: a copy of the English entries fails (names and cognates may match)', () => {
    const en = rendered(CATALOGUES.en);
    const de = rendered(CATALOGUES.de);
    const keys = Object.keys(en);
    const same = keys.filter((key) => en[key] === de[key]);
    // Normal, Offline, Chat, Team… read the same; most entries must not.
    expect(same.length, `the same in both: ${same.join(', ')}`).to.be.at.most(
      Math.ceil(keys.length * 0.15),
    );
    expect(de['waitingTitle']).not.to.equal(en['waitingTitle']);
  });

  it('chooses German for de and its regions, English otherwise', () => {
    expect(languageOf('de')).to.equal('de');
    expect(languageOf('de-CH')).to.equal('de');
    expect(languageOf('DE-at')).to.equal('de');
    expect(languageOf('en-GB')).to.equal('en');
    expect(languageOf('fr')).to.equal('en');
    expect(languageOf('dev')).to.equal('en');
    expect(localeFor('de-CH').tag).to.equal('de-CH');
    expect(localeFor('not a tag!').tag).to.equal('en');
  });
});
