/**
 * Styles of `<demo-store-inspector>`: a dark theme that reads from across a room,
 * tabular numbers so digits do not jump, and escalation colours that always come
 * with a word.
 *
 * @module
 */
import { css } from 'lit';

/** The inspector's shadow styles. */
export const inspectorStyles = css`
  :host {
    --demo-bg: #0d1117;
    --demo-panel: #161b22;
    --demo-panel-2: #1c232c;
    --demo-border: #30363d;
    --demo-text: #e6edf3;
    --demo-muted: #9ea8b3;
    --demo-accent: #58a6ff;
    --demo-normal: #3fb950;
    --demo-warn: #e3b341;
    --demo-critical: #ff6b61;
    display: block;
    color: var(--demo-text);
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif;
    font-variant-numeric: tabular-nums;
    line-height: 1.35;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    align-items: baseline;
    margin: 0 0 1rem;
    padding: 0.6rem 1rem;
    background: var(--demo-panel);
    border: 1px solid var(--demo-border);
    border-radius: 8px;
  }
  .status dt {
    display: inline;
    color: var(--demo-muted);
  }
  .status dd {
    display: inline;
    margin: 0 0 0 0.4rem;
    font-weight: 600;
  }
  .status .clock {
    font-size: 1.25em;
  }
  .notice {
    margin: 0 0 1rem;
    padding: 0.5rem 1rem;
    border-left: 4px solid var(--demo-warn);
    background: var(--demo-panel);
  }

  .grid {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 1rem;
    align-items: start;
  }
  .wide {
    grid-column: 1 / -1;
  }
  .stack {
    display: grid;
    gap: 1rem;
    min-width: 0;
  }
  .panel {
    background: var(--demo-panel);
    border: 1px solid var(--demo-border);
    border-radius: 8px;
    padding: 0.75rem 1rem;
    min-width: 0;
  }
  /* Tables scroll sideways on narrow screens; focusable so the keyboard can scroll them. */
  .scroll {
    overflow-x: auto;
  }
  .scroll:focus-visible {
    outline: 2px solid var(--demo-accent);
    outline-offset: 2px;
  }
  h2,
  caption {
    margin: 0 0 0.5rem;
    font-size: 0.85rem;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--demo-muted);
    text-align: left;
  }

  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.35rem 0.6rem;
    text-align: right;
    white-space: nowrap;
    border-bottom: 1px solid var(--demo-border);
  }
  thead th {
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--demo-muted);
    white-space: normal;
    vertical-align: bottom;
  }
  .text {
    text-align: left;
  }
  tbody th {
    font-weight: 600;
  }
  table.queues {
    font-size: 1.1rem;
  }
  table.queues tbody tr {
    box-shadow: inset 4px 0 0 var(--row-level, transparent);
  }
  tr.level-normal {
    --row-level: var(--demo-normal);
  }
  tr.level-warn {
    --row-level: var(--demo-warn);
  }
  tr.level-critical {
    --row-level: var(--demo-critical);
  }
  tfoot th,
  tfoot td {
    border-top: 2px solid var(--demo-border);
    border-bottom: none;
    font-weight: 700;
  }
  .wait {
    font-weight: 600;
  }
  td.empty,
  p.empty {
    color: var(--demo-muted);
    text-align: left;
    font-style: italic;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .level {
    display: inline-block;
    min-width: 5.5em;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 700;
    color: #0d1117;
  }
  .level.normal {
    background: var(--demo-normal);
  }
  .level.warn {
    background: var(--demo-warn);
  }
  .level.critical {
    background: var(--demo-critical);
  }
  .level.none {
    color: var(--demo-muted);
  }

  .state {
    font-weight: 600;
  }
  .activity {
    padding: 0.05rem 0.45rem;
    border-radius: 4px;
    background: var(--demo-panel-2);
    border: 1px solid var(--demo-border);
  }
  .activity-ready {
    border-color: var(--demo-normal);
  }
  .activity-talking,
  .activity-ringing,
  .activity-dialing {
    border-color: var(--demo-accent);
  }
  .activity-not-ready,
  .activity-held,
  .activity-wrapup {
    border-color: var(--demo-warn);
  }
  .muted {
    color: var(--demo-muted);
    font-weight: 400;
  }
  .id {
    /* WxCC ids are UUIDs: clipped on screen, whole in the DOM and the tooltip. */
    display: inline-block;
    max-width: 12ch;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: bottom;
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.9em;
  }

  fieldset {
    margin: 0 0 0.75rem;
    padding: 0.4rem 0.6rem 0.6rem;
    border: 1px solid var(--demo-border);
    border-radius: 6px;
  }
  legend {
    padding: 0 0.3rem;
    color: var(--demo-muted);
    font-size: 0.85rem;
  }
  button {
    margin: 0.2rem 0.15rem;
    padding: 0.35rem 0.7rem;
    font: inherit;
    font-size: 0.9rem;
    color: var(--demo-text);
    background: var(--demo-panel-2);
    border: 1px solid var(--demo-border);
    border-radius: 6px;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--demo-accent);
  }
  button:focus-visible {
    outline: 2px solid var(--demo-accent);
    outline-offset: 2px;
  }
  button[aria-pressed='true'] {
    background: var(--demo-accent);
    border-color: var(--demo-accent);
    color: #0d1117;
    font-weight: 700;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  button.malformed {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 0.8rem;
  }

  ol.lines {
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9rem;
  }
  ol.lines li {
    display: flex;
    gap: 0.6rem;
    padding: 0.25rem 0;
    border-bottom: 1px solid var(--demo-border);
    overflow-wrap: anywhere;
  }
  .time {
    color: var(--demo-muted);
    flex: none;
  }
  .outcome {
    flex: none;
    min-width: 5.5em;
    font-weight: 700;
  }
  .outcome.resolved {
    color: var(--demo-normal);
  }
  .outcome.rejected {
    color: var(--demo-critical);
  }
  .outcome.pending {
    color: var(--demo-muted);
  }
  .severity {
    flex: none;
    font-weight: 600;
  }
  .severity.rejected {
    color: var(--demo-critical);
  }
  .severity.anomaly,
  .severity.warning {
    color: var(--demo-warn);
  }
  dl.counts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 2rem;
    margin: 0 0 0.75rem;
  }
  dl.counts dt {
    color: var(--demo-muted);
    font-size: 0.85rem;
  }
  dl.counts dd {
    margin: 0;
  }
  dl.counts strong {
    font-size: 1.5rem;
    margin-right: 0.4rem;
  }

  @media (max-width: 1100px) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  @media (forced-colors: active) {
    .level,
    button[aria-pressed='true'] {
      border: 1px solid CanvasText;
    }
    table.queues tbody tr {
      box-shadow: none;
    }
  }
`;
