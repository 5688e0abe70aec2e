import { css, unsafeCSS, type CSSResult } from 'lit';
import { COLOUR_TOKENS, THEMES, type ThemeColours } from '../internal/theme.js';

function tokens(theme: ThemeColours): CSSResult {
  return unsafeCSS(
    COLOUR_TOKENS.map(
      (token) => `--_connects-${token}: var(--connects-color-${token}, ${theme[token]});`,
    ).join('\n'),
  );
}

/** `<connects-wallboard>`: dark unless a theme is asked for; a grid that fills its box. */
export const styles: CSSResult = css`
  /* Dark by default (the base follows the system when no theme is asked for). */
  :host(:not([effective-theme])) {
    ${tokens(THEMES.dark)}
    color-scheme: dark;
  }
  @media (prefers-contrast: more) {
    :host(:not([effective-theme])) {
      ${tokens(THEMES['high-contrast'])}
    }
  }

  :host {
    --_gap: var(--connects-wallboard-gap, calc(2 * var(--_connects-spacing)));
    display: block;
    box-sizing: border-box;
    height: var(--connects-wallboard-height, 100dvh);
    overflow: hidden;
    container-type: size;
  }
  :host([hidden]) {
    display: none;
  }
  .wallboard {
    box-sizing: border-box;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    gap: var(--_gap);
    height: 100%;
    padding: var(--_gap);
  }

  .header {
    display: grid;
    gap: var(--_connects-spacing);
  }
  .titlebar {
    display: flex;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--_gap);
  }
  .title {
    margin: 0;
    font-size: clamp(1.25rem, 3cqh, 2.25rem);
    font-weight: 600;
  }
  .clock {
    margin: 0;
    font-size: clamp(1.25rem, 3cqh, 2.25rem);
    font-weight: 600;
  }

  .kpis {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .kpi {
    display: grid;
    align-content: start;
    gap: calc(0.5 * var(--_connects-spacing));
    min-width: 0;
    padding: calc(1.5 * var(--_connects-spacing)) calc(2 * var(--_connects-spacing));
    border: 1px solid var(--_connects-border);
    border-radius: var(--_connects-radius);
    background: var(--_connects-surface-raised);
    color: var(--_connects-text);
  }
  .kpi-label {
    font-size: clamp(0.875rem, 1.9cqh, 1.5rem);
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .kpi-value {
    font-size: var(--connects-wallboard-kpi-size, clamp(2rem, 8cqh, 6rem));
    font-weight: 700;
    line-height: 1;
    font-variant-numeric: var(--_connects-font-numeric);
  }
  .kpi-detail {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    min-height: 1.5em;
    font-size: clamp(0.8rem, 1.7cqh, 1.25rem);
    color: var(--_connects-muted);
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Critical and Warning while any queue is in them: the level's background, its text
     colour, its badge (shape and word) and a heavier border. */
  .kpi.critical {
    background: var(--_connects-critical);
    border: 3px solid var(--_connects-on-critical);
  }
  .kpi.critical,
  .kpi.critical .kpi-detail {
    color: var(--_connects-on-critical);
  }
  .kpi.warn {
    background: var(--_connects-warn);
    border: 3px dashed var(--_connects-on-warn);
  }
  .kpi.warn,
  .kpi.warn .kpi-detail {
    color: var(--_connects-on-warn);
  }
  .kpi.stale {
    border: 3px dashed var(--_connects-text);
  }
  .stale-word {
    color: var(--_connects-text);
    text-transform: uppercase;
  }
  .kpis.stale .kpi:not([data-kpi='data-age']) .kpi-value {
    opacity: 0.6;
  }

  .main {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: var(--_gap);
    min-height: 0;
  }
  .board,
  .side > * {
    min-width: 0;
    min-height: 0;
    overflow: hidden;
  }
  .board {
    height: 100%;
  }
  .side {
    display: grid;
    grid-template-rows: minmax(0, 1fr);
    gap: var(--_gap);
    min-height: 0;
  }
  .side.with-agent {
    grid-template-rows: auto auto minmax(0, 1fr);
  }
  .side.with-agent .calls {
    max-height: 45cqh;
    overflow: auto;
  }
  .charts {
    display: grid;
    grid-template-rows: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--_gap);
    min-height: 0;
  }
  .charts > * {
    min-height: 0;
    overflow: hidden;
    /* In step with the rest of the board: a page that scales its root font for the TV scales these too. */
    --connects-queue-chart-font-size: 1.1rem;
  }

  /* Narrow (a desk, a phone): one column that scrolls. */
  @container (max-width: 56rem) {
    .kpis {
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    }
    .main {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (max-width: 56rem) {
    :host {
      height: auto;
      overflow: visible;
      container-type: inline-size;
    }
  }
`;
