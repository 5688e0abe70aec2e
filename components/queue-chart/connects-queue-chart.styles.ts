import { css, unsafeCSS } from 'lit';

/** Series colours per theme: told apart by lightness as well as hue. */
const PALETTES = {
  light: {
    ready: '#0f7b55',
    'not-ready': '#77767b',
    'talking-inbound': '#1a5fb4',
    'talking-outbound': '#813d9c',
    'talking-internal': '#c64d8f',
    'wrap-up': '#c88200',
    wait: '#c64600',
  },
  dark: {
    ready: '#33c48a',
    'not-ready': '#9a9996',
    'talking-inbound': '#62a0ea',
    'talking-outbound': '#c18de0',
    'talking-internal': '#f08fc0',
    'wrap-up': '#f5b942',
    wait: '#ff9a5c',
  },
  'high-contrast': {
    ready: '#00e08a',
    'not-ready': '#c0c0c0',
    'talking-inbound': '#8cc8ff',
    'talking-outbound': '#d9a6ff',
    'talking-internal': '#ff8fd0',
    'wrap-up': '#ffb300',
    wait: '#ff9a5c',
  },
} as const;

function declarations(palette: Readonly<Record<string, string>>): string {
  return Object.entries(palette)
    .map(
      ([key, value]) =>
        `--_connects-queue-chart-${key}: var(--connects-queue-chart-${key}, ${value});`,
    )
    .join('\n');
}

const light = unsafeCSS(declarations(PALETTES.light));
const dark = unsafeCSS(declarations(PALETTES.dark));
const highContrast = unsafeCSS(declarations(PALETTES['high-contrast']));

/** Styles of `<connects-queue-chart>`. */
export const styles = css`
  /* A column: given a height by its container (a grid cell, a flex row), the chart fills it. */
  :host {
    display: flex;
    flex-direction: column;
    ${light}
    --_connects-queue-chart-calls: var(--connects-queue-chart-calls, var(--_connects-accent));
    --_connects-queue-chart-bar-size: var(--connects-queue-chart-bar-size, 2.25rem);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([effective-theme])) {
      ${dark}
    }
  }
  @media (prefers-contrast: more) {
    :host(:not([effective-theme])) {
      ${highContrast}
    }
  }
  :host([effective-theme='dark']) {
    ${dark}
  }
  :host([effective-theme='high-contrast']) {
    ${highContrast}
  }
  [hidden] {
    display: none !important;
  }
  .content {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  .chart {
    margin: 0;
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    min-height: 0;
  }
  /* Its own height when the host has none; grows or shrinks to the host's height when it has one. */
  .canvas-box {
    position: relative;
    width: 100%;
    flex: 1 1 var(--connects-queue-chart-height, 18rem);
    min-height: 0;
    overflow: hidden;
  }
  .canvas-box.agents {
    flex-basis: var(
      --connects-queue-chart-height,
      calc(var(--_connects-queue-chart-bar-size) * var(--_bars, 1) + 6rem)
    );
  }
  canvas {
    display: block;
  }
  /* A chart whose source went quiet: still readable, visibly not live. */
  .chart.stale .canvas-box {
    opacity: 0.6;
    outline: 2px dashed var(--_connects-text);
    outline-offset: 2px;
  }
`;
