import { css } from 'lit';

/**
 * Styles of `<connects-queue-board>`. Sizes are in `em` of the board's font size, so
 * `density="compact"` (or `--connects-queue-board-font-size`) scales everything, and the
 * tiles' numeral reads from across a room on a 1080p TV.
 *
 * The notes live here, not in the CSS, which ships as written (a comment there is bytes in
 * every bundle): the font size grows with the screen, about 18px on a 1280 px laptop and
 * 24px on a 1080p TV. Rows that do not fit are paged, never cut; columns that do not fit
 * can scroll. The queue name and the sortable headings are buttons that read as text. The
 * trend cue is a sparkline and an arrow whose shape says the direction. A tile lists its
 * agent counters one line per group, so it stays short enough for two rows on a 1080p
 * wallboard; `.tiles.probing` lays out the one tile of the first render at the width it
 * will have among the others; a tile contains its layout, so its text changing lays out
 * that tile only. Totals are a row in the table, a strip under the tiles. `.charts` holds
 * the charts side by side while there is room; a chart element the page has not defined
 * takes no room.
 */
export const boardStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    font-size: var(--connects-queue-board-font-size, clamp(1rem, 0.4rem + 0.9vw, 2rem));
    --_row-background: var(--connects-queue-board-row-background, var(--_connects-surface-raised));
    --_level: var(--_connects-border);
  }
  :host([density='compact']) {
    font-size: var(--connects-queue-board-font-size, 0.875rem);
  }
  :host([hidden]) {
    display: none;
  }

  .board {
    flex: 1 1 auto;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_connects-spacing);
  }
  .viewport {
    flex: 1 1 auto;
    min-height: 0;
    overflow-x: auto;
    overflow-y: hidden;
  }

  .level-normal {
    --_level: var(--_connects-normal);
  }
  .level-warn {
    --_level: var(--_connects-warn);
  }
  .level-critical {
    --_level: var(--_connects-critical);
  }

  .queue-name,
  .sort {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    text-align: inherit;
    cursor: pointer;
  }
  .queue-name {
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .queue-name:hover,
  .sort:hover {
    text-decoration: underline;
  }

  .stat.calls {
    font-weight: 800;
  }
  .timer {
    white-space: nowrap;
  }
  .raised {
    display: inline-flex;
    align-items: center;
    gap: 0.2em;
  }
  .raised-mark {
    font-size: 0.75em;
    font-weight: 700;
    color: var(--_connects-muted);
    border: 1px solid currentColor;
    border-radius: var(--_connects-radius);
    padding: 0 0.25em;
    cursor: help;
  }

  .trend {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    color: var(--_connects-text);
    min-width: 1em;
  }
  .trend.none::before {
    content: '·';
    color: var(--_connects-muted);
  }
  .spark {
    width: 3em;
    height: 1em;
    overflow: visible;
  }
  .spark polyline {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .trend-arrow {
    font-weight: 800;
    line-height: 1;
  }
  .trend.rising .trend-arrow {
    font-size: 1.2em;
  }

  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0 0.2em;
    font-variant-numeric: var(--_connects-font-numeric);
  }
  th,
  td {
    padding: 0.3em 0.5em;
    text-align: left;
    white-space: nowrap;
    vertical-align: middle;
  }
  thead th {
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_connects-muted);
    white-space: normal;
    vertical-align: bottom;
  }
  thead th.group {
    text-align: center;
    border-bottom: 1px solid var(--_connects-border);
    padding-bottom: 0.1em;
  }
  thead th[aria-sort='ascending'],
  thead th[aria-sort='descending'] {
    color: var(--_connects-text);
  }
  .sort-icon {
    display: inline-block;
    min-width: 1em;
    font-size: 0.8em;
  }
  .num {
    text-align: right;
  }
  thead .num .sort {
    text-align: right;
  }
  tbody tr {
    background: var(--_row-background);
    cursor: pointer;
  }
  tbody th {
    border-left: 0.4em solid var(--_level);
    font-weight: inherit;
  }
  tbody tr.level-critical {
    font-weight: 700;
  }
  tbody tr.level-critical th {
    border-left-width: 0.7em;
  }
  .calls-col .calls {
    font-size: 1.35em;
  }
  tfoot tr {
    font-weight: 700;
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--_connects-text);
  }

  .tiles {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(
      auto-fit,
      minmax(min(100%, var(--connects-queue-board-tile-min-width, 17em)), 1fr)
    );
    gap: calc(var(--_connects-spacing) * 2);
    align-content: start;
    font-variant-numeric: var(--_connects-font-numeric);
  }
  .tiles.probing {
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--connects-queue-board-tile-min-width, 17em)), 1fr)
    );
  }
  .tile {
    contain: layout style;
    display: flex;
    flex-direction: column;
    gap: var(--_connects-spacing);
    padding: calc(var(--_connects-spacing) * 1.5);
    background: var(--_row-background);
    border: 2px solid var(--_connects-border);
    border-top: 0.5em solid var(--_level);
    border-radius: var(--_connects-radius);
    cursor: pointer;
  }
  .tile.level-critical {
    border-color: var(--_level);
    border-width: 0.25em;
    border-top-width: 0.6em;
  }
  .tile-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_connects-spacing);
    font-size: 1.2em;
  }
  .tile-main {
    display: flex;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--_connects-spacing);
  }
  .calls-block,
  .wait-block {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .wait-block {
    align-items: flex-end;
    text-align: right;
  }
  .big {
    font-size: var(--connects-queue-board-numeral-size, 3.5em);
    line-height: 1;
  }
  .tile .timer,
  .tile .wait-block .stat {
    font-size: 1.8em;
    font-weight: 700;
    line-height: 1.1;
  }
  .caption {
    font-size: 0.75em;
    color: var(--_connects-muted);
  }
  .agents {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.8em;
  }
  .agent-group {
    display: flex;
    align-items: baseline;
    gap: var(--_connects-spacing);
  }
  .group-label {
    flex: 0 0 5.5em;
    font-size: 0.85em;
    font-weight: 600;
    color: var(--_connects-muted);
  }
  .agent-sums {
    flex: 1 1 30em;
    font-size: 0.8em;
  }
  .agent-sums {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em calc(var(--_connects-spacing) * 2);
    margin: 0;
  }
  .agent-sums dd {
    margin: 0;
  }
  .agents dl {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 calc(var(--_connects-spacing) * 2);
    margin: 0;
  }
  .agents dl > div {
    display: flex;
    align-items: baseline;
    gap: 0.35em;
  }
  .agents dt {
    color: var(--_connects-muted);
    font-size: 0.85em;
  }
  .agents dd {
    margin: 0;
    font-weight: 700;
    font-size: 1.25em;
    line-height: 1.2;
  }

  .totals-strip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_connects-spacing) calc(var(--_connects-spacing) * 3);
    padding: var(--_connects-spacing) calc(var(--_connects-spacing) * 1.5);
    border-top: 2px solid var(--_connects-text);
    font-weight: 700;
  }
  .totals-title {
    font-size: 1.1em;
  }
  .totals-item {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
  }
  .totals-item .stat {
    font-size: 1.4em;
  }
  .sum-mark {
    margin-right: 0.2em;
    color: var(--_connects-muted);
  }
  .agents-note {
    position: relative;
    display: inline-block;
  }
  .info-icon {
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }
  .note-mark {
    color: var(--_connects-muted);
    font-weight: 400;
    cursor: help;
  }
  .tip {
    display: none;
    position: absolute;
    right: 0;
    bottom: calc(100% + 0.3em);
    z-index: 1;
    width: 22em;
    padding: 0.5em 0.7em;
    font-size: 0.8em;
    font-weight: 400;
    white-space: normal;
    text-align: left;
    color: var(--_connects-text);
    background: var(--_connects-surface);
    border: 1px solid var(--_connects-text);
    border-radius: var(--_connects-radius);
  }
  .note-mark:hover + .tip,
  .note-mark:focus + .tip {
    display: block;
  }

  .charts {
    flex: 0 0 auto;
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
    gap: calc(var(--_connects-spacing) * 2);
  }
  .charts > * {
    min-width: 0;
    --connects-queue-chart-height: var(--connects-queue-board-chart-height, 12em);
  }
  .charts > :not(:defined),
  .charts:not(:has(> :defined)) {
    display: none;
  }

  .pager {
    margin: 0;
    align-self: flex-end;
    font-weight: 700;
    font-variant-numeric: var(--_connects-font-numeric);
  }
  .paused {
    margin-left: 0.5em;
    font-weight: 400;
    color: var(--_connects-muted);
  }

  @media (forced-colors: active) {
    tbody th,
    .tile {
      border-color: CanvasText;
    }
    .spark polyline {
      stroke: CanvasText;
    }
  }
`;
