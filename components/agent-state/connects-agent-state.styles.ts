import { css } from 'lit';

/**
 * Styles of `<connects-agent-state>`. State badges carry their own text colour on
 * their own background (AA in every theme), and differ in lightness as well as hue
 * (light green Ready, dark red Not Ready, blue Talking, light violet Wrap-Up,
 * outlined when logged out), besides their icon and word.
 */
export const agentStateStyles = css`
  :host {
    --_agent-ready: var(--connects-agent-color-ready, #8ff0a4);
    --_agent-on-ready: var(--connects-agent-color-on-ready, #0b0b0b);
    --_agent-not-ready: var(--connects-agent-color-not-ready, #a51d2d);
    --_agent-on-not-ready: var(--connects-agent-color-on-not-ready, #ffffff);
    --_agent-talking: var(--connects-agent-color-talking, #1a5fb4);
    --_agent-on-talking: var(--connects-agent-color-on-talking, #ffffff);
    --_agent-wrapup: var(--connects-agent-color-wrapup, #dc8add);
    --_agent-on-wrapup: var(--connects-agent-color-on-wrapup, #0b0b0b);
    display: block;
    padding: var(--_connects-spacing);
    border-radius: var(--_connects-radius);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  .identity {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.9em;
    margin: 0 0 var(--_connects-spacing);
  }
  .agent-name {
    font-size: 1.15em;
    font-weight: 700;
  }
  .agent-detail {
    color: var(--_connects-muted);
  }
  .channels {
    display: grid;
    gap: var(--_connects-spacing);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .channel {
    display: grid;
    gap: calc(var(--_connects-spacing) * 0.75);
    padding: var(--_connects-spacing) calc(var(--_connects-spacing) * 1.5);
    background: var(--_connects-surface-raised);
    border: 1px solid var(--_connects-border);
    border-radius: var(--_connects-radius);
  }
  .channel-name {
    color: var(--_connects-muted);
    font-size: 0.85em;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
  }
  .status-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.8em;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.15em 0.7em 0.15em 0.5em;
    border: 2px solid transparent;
    border-radius: 999px;
    font-size: 1.1em;
    font-weight: 700;
  }
  .state-icon,
  .call-icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .state-Ready {
    color: var(--_agent-on-ready);
    background: var(--_agent-ready);
  }
  .state-NotReady {
    color: var(--_agent-on-not-ready);
    background: var(--_agent-not-ready);
  }
  .state-Active {
    color: var(--_agent-on-talking);
    background: var(--_agent-talking);
  }
  .state-Wrapup {
    color: var(--_agent-on-wrapup);
    background: var(--_agent-wrapup);
  }
  .state-Logout,
  .state-Offline,
  .state-Unknown {
    color: var(--_connects-text);
    background: transparent;
    border: 2px dashed var(--_connects-muted);
    font-weight: 600;
  }
  .reason {
    font-weight: 600;
  }
  .call {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0.05em 0.5em;
    border: 2px solid var(--_connects-text);
    border-radius: var(--_connects-radius);
    font-weight: 600;
  }
  .timer {
    margin-inline-start: auto;
    font-size: 1.25em;
    font-weight: 600;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_connects-spacing) * 0.75) calc(var(--_connects-spacing) * 1.5);
  }
  .reason-action {
    display: inline-flex;
    align-items: flex-end;
    gap: calc(var(--_connects-spacing) * 0.5);
  }
  .field {
    display: inline-flex;
    flex-direction: column;
    gap: 0.15em;
    font-size: 0.85em;
    color: var(--_connects-muted);
  }
  select,
  button {
    font: inherit;
    font-size: 0.95rem;
    min-height: 2.25rem;
    padding: 0.25em 0.7em;
    color: var(--_connects-text);
    background: var(--_connects-surface);
    border: 1px solid var(--_connects-muted);
    border-radius: var(--_connects-radius);
  }
  button {
    font-weight: 600;
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    border-color: var(--_connects-text);
  }
  button:disabled,
  select:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .request {
    flex-basis: 100%;
    margin: 0;
  }
  .request:empty {
    display: none;
  }
  .request-pending,
  .request-pending-after-call {
    font-style: italic;
  }
  .request-failed,
  .request-timed-out {
    padding: 0.25em 0.6em;
    border-inline-start: 4px solid var(--_agent-not-ready);
    font-weight: 600;
  }
  .login-hint,
  .no-channel {
    margin: 0;
    color: var(--_connects-muted);
  }

  /* Compact: one line per channel, labels for screen readers only. */
  :host([compact]) {
    padding: calc(var(--_connects-spacing) * 0.5);
  }
  :host([compact]) .channel {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_connects-spacing) * 0.75);
    padding: calc(var(--_connects-spacing) * 0.5) var(--_connects-spacing);
  }
  :host([compact]) .state {
    font-size: 1em;
  }
  :host([compact]) .timer {
    margin-inline-start: 0;
    font-size: 1em;
  }
  :host([compact]) .field-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  :host([compact]) .request {
    flex-basis: auto;
  }

  @media (forced-colors: active) {
    .state {
      color: CanvasText;
      background: Canvas;
      border: 2px solid CanvasText;
    }
    .state-Logout,
    .state-Offline,
    .state-Unknown {
      border-style: dashed;
    }
  }
`;
