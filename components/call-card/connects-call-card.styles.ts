import { css } from 'lit';

/** Styles of `<connects-call-card>`; the theme tokens come from the base element's styles. */
export const callCardStyles = css`
  :host {
    display: block;
    --_card-min-width: var(--connects-call-card-min-width, 20rem);
    --_gap: var(--_connects-spacing);
  }
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_card-min-width), 100%), 1fr));
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    height: 100%;
    box-sizing: border-box;
    padding: calc(var(--_gap) * 1.5);
    border: 1px solid var(--_connects-border);
    border-left-width: 0.375rem;
    border-radius: var(--_connects-radius);
    background: var(--_connects-surface-raised);
  }
  /* The state is also a word and a border style: never colour alone. */
  .card[data-state='Offered'],
  .card[data-state='Initiated'] {
    border-left-style: dashed;
    border-left-color: var(--_connects-accent);
  }
  .card[data-state='Active'] {
    border-left-color: var(--_connects-normal);
  }
  .card[data-state='Paused'] {
    border-left-style: double;
    border-left-color: var(--_connects-warn);
  }
  .card[data-state='Wrapup'] {
    border-left-style: dotted;
    border-left-color: var(--_connects-muted);
  }
  .head {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: calc(var(--_gap) / 2) var(--_gap);
    align-items: center;
  }
  .direction,
  .classification {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-size: 0.875rem;
    color: var(--_connects-muted);
  }
  .classification {
    justify-self: end;
    padding: 0.0625rem 0.5rem;
    border: 1px solid var(--_connects-border);
    border-radius: 999px;
  }
  .direction svg {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .party {
    margin: 0;
    font-size: 1.25rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .party .unknown {
    font-style: italic;
    font-weight: 400;
  }
  .state {
    margin: 0;
    justify-self: end;
    display: inline-flex;
    gap: 0.5rem;
    align-items: baseline;
    font-weight: 600;
  }
  .timer {
    font-size: 1.25rem;
  }
  dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: 0.125rem var(--_gap);
    font-size: 0.875rem;
  }
  dl > div {
    display: contents;
  }
  dt {
    color: var(--_connects-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .variables {
    padding-top: calc(var(--_gap) / 2);
    border-top: 1px solid var(--_connects-border);
  }
  .muted {
    color: var(--_connects-muted);
  }
  .inline-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_connects-border);
    border-radius: var(--_connects-radius);
    background: var(--_connects-surface);
    cursor: pointer;
  }
  button[aria-expanded='true'] {
    border-color: var(--_connects-accent);
    box-shadow: inset 0 -3px 0 var(--_connects-accent);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  button.danger {
    border-color: var(--_connects-critical);
    border-width: 2px;
    font-weight: 600;
  }
  input,
  select {
    min-height: 2.25rem;
    box-sizing: border-box;
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_connects-border);
    border-radius: var(--_connects-radius);
    background: var(--_connects-surface);
  }
  input[aria-invalid='true'] {
    border: 2px solid var(--_connects-critical);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    padding: var(--_gap);
    border: 1px solid var(--_connects-border);
    border-radius: var(--_connects-radius);
    background: var(--_connects-surface);
  }
  .address-form,
  .dtmf-form {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2);
    align-items: center;
  }
  .address-form label,
  .dtmf-form label {
    flex-basis: 100%;
    font-size: 0.875rem;
  }
  .address-form input,
  .dtmf-form input {
    flex: 1 1 6rem;
    min-width: 0;
  }
  .keypad {
    display: grid;
    grid-template-columns: repeat(3, 3rem);
    gap: 0.25rem;
  }
  .keypad[data-platform='CCE'] {
    grid-template-columns: repeat(4, 3rem);
  }
  .key {
    font-variant-numeric: var(--_connects-font-numeric);
    font-weight: 600;
    padding: 0;
  }
  .editor {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) / 2);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(7rem, max-content) 1fr;
    gap: var(--_gap);
    align-items: center;
    font-size: 0.875rem;
  }
  .form-buttons {
    display: flex;
    gap: calc(var(--_gap) / 2);
  }
  .warning {
    padding: var(--_gap);
    border: 2px solid var(--_connects-critical);
    border-radius: var(--_connects-radius);
  }
  .warning p {
    margin: 0 0 var(--_gap);
  }
  .field-error {
    margin: 0;
    flex-basis: 100%;
    font-size: 0.875rem;
    font-weight: 600;
  }
  .wrapup {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_gap) / 2) var(--_gap);
    align-items: center;
    font-size: 0.875rem;
  }
  .outcome {
    margin: 0;
    font-size: 0.875rem;
    min-height: 1.25em;
  }
  .outcome[data-status='failed'],
  .outcome[data-status='timed-out'] {
    font-weight: 700;
    padding-left: 0.5rem;
    border-left: 0.25rem solid var(--_connects-critical);
  }
  @media (forced-colors: active) {
    .card {
      border-left-color: CanvasText;
    }
    .outcome[data-status='failed'],
    .outcome[data-status='timed-out'] {
      border-left-color: Highlight;
    }
  }
`;
