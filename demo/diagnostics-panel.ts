/**
 * The inspector's view of what went wrong: recent `error` events and the store's
 * diagnostics (counts by reason, and the last examples). Everything is rendered as
 * text: a malformed payload's HTML stays visible characters.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import type { Diagnostics, ErrorEntry, ReasonCounts } from '../src/store/index.js';
import { ABSENT, formatClockTime } from './format.js';

/** Recent `error` events, newest first. */
export function renderErrors(errors: readonly ErrorEntry[]): TemplateResult {
  return html`
    <section class="panel" aria-labelledby="errors-heading">
      <h2 id="errors-heading">Recent errors (${errors.length})</h2>
      ${
        errors.length === 0
          ? html`<p class="empty">No error events.</p>`
          : html`<ol class="lines" reversed>
              ${[...errors].reverse().map(
                (error) =>
                  html`<li>
                    <span class="time">${formatClockTime(error.at)}</span>
                    <span class="muted">${error.requestId ?? 'no requestId'}</span>
                    <span>${error.message}</span>
                  </li>`,
              )}
            </ol>`
      }
    </section>
  `;
}

function renderCounts(label: string, total: number, counts: ReasonCounts): TemplateResult {
  const entries = Object.entries(counts).filter(([, n]) => typeof n === 'number' && n > 0);
  return html`<div class="count">
    <dt>${label}</dt>
    <dd>
      <strong>${total}</strong>
      ${
        entries.length === 0
          ? ''
          : html`<span class="muted"
              >${entries.map(([reason, n]) => `${reason} ${n}`).join(', ')}</span
            >`
      }
    </dd>
  </div>`;
}

/** Diagnostics counts and the last examples. */
export function renderDiagnostics(diagnostics: Diagnostics): TemplateResult {
  return html`
    <section class="panel" aria-labelledby="diagnostics-heading">
      <h2 id="diagnostics-heading">Diagnostics</h2>
      <dl class="counts">
        ${renderCounts('Rejected', diagnostics.rejectedTotal, diagnostics.rejected)}
        ${renderCounts('Warnings', diagnostics.warningsTotal, diagnostics.warnings)}
        ${renderCounts('Anomalies', diagnostics.anomaliesTotal, diagnostics.anomalies)}
      </dl>
      ${
        diagnostics.examples.length === 0
          ? ''
          : html`<ol class="lines examples" reversed>
              ${[...diagnostics.examples].reverse().map(
                (example) =>
                  html`<li>
                    <span class="time">${formatClockTime(example.at)}</span>
                    <span class="severity ${example.severity}">${example.severity}</span>
                    <span class="muted"
                      >${example.problem.event}${
                        example.problem.path ? `.${example.problem.path}` : ''
                      }</span
                    >
                    <span>${example.problem.reason}: ${example.problem.detail || ABSENT}</span>
                  </li>`,
              )}
            </ol>`
      }
    </section>
  `;
}
