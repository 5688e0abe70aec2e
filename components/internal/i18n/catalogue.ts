/**
 * The typed string catalogues and the language they are chosen by.
 *
 * @module
 */
import type { Locale } from 'date-fns';
import { de as dateFnsDe } from 'date-fns/locale/de';
import { enGB as dateFnsEn } from 'date-fns/locale/en-GB';
import { de } from './de.js';
import { en } from './en.js';

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : string;
};

/** Every visible string: the keys of the English catalogue, with their parameters. */
export type Catalogue = Widen<typeof en>;

/** The languages shipped. */
export type Language = 'en' | 'de';

/** Catalogues by language. */
export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, de };

/** date-fns locales by language (durations and relative times). */
export const DATE_LOCALES: Readonly<Record<Language, Locale>> = { en: dateFnsEn, de: dateFnsDe };

/** Everything language-dependent an element renders with. */
export interface ElementLocale {
  /** The shipped language chosen. */
  readonly language: Language;
  /** The BCP 47 tag asked for (e.g. `de-CH`), for `Intl` number and time formats. */
  readonly tag: string;
  /** The strings. */
  readonly t: Catalogue;
  /** The date-fns locale. */
  readonly dateLocale: Locale;
}

/** The shipped language for a BCP 47 tag: German for `de`, `de-AT`…, else English. */
export function languageOf(tag: string): Language {
  return /^de(?:-|$)/i.test(tag.trim()) ? 'de' : 'en';
}

const cache = new Map<string, ElementLocale>();

/** The locale of a BCP 47 tag (memoised: one object per tag). */
export function localeFor(tag: string): ElementLocale {
  let locale = cache.get(tag);
  if (!locale) {
    const language = languageOf(tag);
    locale = {
      language,
      tag: validTag(tag),
      t: CATALOGUES[language],
      dateLocale: DATE_LOCALES[language],
    };
    cache.set(tag, locale);
  }
  return locale;
}

/** `tag` when `Intl` accepts it, else the language alone (a page's `lang="xx_YY"` must not throw). */
function validTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? languageOf(tag);
  } catch {
    return languageOf(tag);
  }
}
