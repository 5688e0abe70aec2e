/**
 * The theme: global design tokens (`--connects-*`, set by a page on any ancestor),
 * their default values per theme, and the styles every element includes.
 *
 * Inside an element, read the private resolved tokens (`--_connects-surface`, …):
 * each is the page's global token when set, else the value of the theme in force:
 * `theme="light|dark|high-contrast"` on the element or an ancestor, else the
 * system's `prefers-color-scheme` (and `prefers-contrast: more`). Under
 * `forced-colors: active` the system colours win.
 *
 * @module
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import type { ThemeName } from './inherited.js';

/** The colour tokens a theme defines (each is `--connects-color-<name>` globally). */
export interface ThemeColours {
  /** Background of an element. */
  readonly surface: string;
  /** Background of a raised piece (a row, a tile). */
  readonly 'surface-raised': string;
  /** Body text on `surface`. */
  readonly text: string;
  /** Secondary text on `surface` (labels, ages); still AA on `surface`. */
  readonly muted: string;
  /** Lines between pieces. */
  readonly border: string;
  /** Links and focus rings. */
  readonly accent: string;
  /** Escalation level Normal: a background, with `on-normal` text on it. */
  readonly normal: string;
  readonly 'on-normal': string;
  /** Escalation level Warn: a background, with `on-warn` text on it. */
  readonly warn: string;
  readonly 'on-warn': string;
  /** Escalation level Critical: a background, with `on-critical` text on it. */
  readonly critical: string;
  readonly 'on-critical': string;
}

/**
 * Every theme's colours. Escalation colours differ in lightness as well as hue (blue,
 * yellow, red), so viewers with protanopia, deuteranopia or tritanopia tell them
 * apart; a test checks contrast and colour difference for each theme.
 */
export const THEMES: Readonly<Record<ThemeName, ThemeColours>> = {
  light: {
    surface: '#ffffff',
    'surface-raised': '#f4f4f6',
    text: '#1d1d1f',
    muted: '#5e5c64',
    border: '#c8c8cf',
    accent: '#1a5fb4',
    normal: '#1a5fb4',
    'on-normal': '#ffffff',
    warn: '#f5c211',
    'on-warn': '#1d1d1f',
    critical: '#a51d2d',
    'on-critical': '#ffffff',
  },
  dark: {
    surface: '#1c1c1f',
    'surface-raised': '#28282c',
    text: '#f2f2f2',
    muted: '#b4b4bb',
    border: '#4a4a52',
    accent: '#8cc8ff',
    normal: '#62a0ea',
    'on-normal': '#0b0b0b',
    warn: '#f8e45c',
    'on-warn': '#0b0b0b',
    critical: '#c01c28',
    'on-critical': '#ffffff',
  },
  'high-contrast': {
    surface: '#000000',
    'surface-raised': '#000000',
    text: '#ffffff',
    muted: '#e6e6e6',
    border: '#ffffff',
    accent: '#ffe500',
    normal: '#8cc8ff',
    'on-normal': '#000000',
    warn: '#ffe500',
    'on-warn': '#000000',
    critical: '#d4002a',
    'on-critical': '#ffffff',
  },
};

/** The token names, as written after `--connects-color-`. */
export const COLOUR_TOKENS = Object.keys(THEMES.light) as readonly (keyof ThemeColours)[];

/** `--_connects-<token>: var(--connects-color-<token>, <theme value>);` for one theme. */
function declarations(theme: ThemeColours): string {
  return COLOUR_TOKENS.map(
    (token) => `--_connects-${token}: var(--connects-color-${token}, ${theme[token]});`,
  ).join('\n');
}

const light = declarations(THEMES.light);
const dark = declarations(THEMES.dark);
const highContrast = declarations(THEMES['high-contrast']);

/**
 * The tokens on `:host`, per theme. The base class reflects the theme asked for by
 * the element or an ancestor as `effective-theme`; without one the system decides.
 */
export const themeStyles: CSSResult = css`
  :host {
    ${unsafeCSS(light)}
    --_connects-font-family: var(
      --connects-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    );
    --_connects-font-numeric: var(--connects-font-numeric, tabular-nums lining-nums);
    --_connects-spacing: var(--connects-spacing, 0.5rem);
    --_connects-radius: var(--connects-radius, 0.375rem);
    color-scheme: light;
    color: var(--_connects-text);
    background: var(--_connects-surface);
    font-family: var(--_connects-font-family);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([effective-theme])) {
      ${unsafeCSS(dark)}
      color-scheme: dark;
    }
  }
  @media (prefers-contrast: more) {
    :host(:not([effective-theme])) {
      ${unsafeCSS(highContrast)}
      color-scheme: dark;
    }
  }
  :host([effective-theme='light']) {
    ${unsafeCSS(light)}
    color-scheme: light;
  }
  :host([effective-theme='dark']) {
    ${unsafeCSS(dark)}
    color-scheme: dark;
  }
  :host([effective-theme='high-contrast']) {
    ${unsafeCSS(highContrast)}
    color-scheme: dark;
  }
  @media (forced-colors: active) {
    :host {
      --_connects-surface: Canvas;
      --_connects-surface-raised: Canvas;
      --_connects-text: CanvasText;
      --_connects-muted: CanvasText;
      --_connects-border: CanvasText;
      --_connects-accent: LinkText;
      --_connects-normal: Canvas;
      --_connects-on-normal: CanvasText;
      --_connects-warn: Mark;
      --_connects-on-warn: MarkText;
      --_connects-critical: Highlight;
      --_connects-on-critical: HighlightText;
    }
  }
  /* Read by screen readers, not shown. A table ignores the 1px width: wrap it in a div with this class. */
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .numeric {
    font-variant-numeric: var(--_connects-font-numeric);
  }
  a {
    color: var(--_connects-accent);
  }
  :focus-visible {
    outline: 2px solid var(--_connects-accent);
    outline-offset: 2px;
  }
`;
