/**
 * The inspector's queue table: one row per queue as the store holds it, and a totals
 * row. Escalation is shown as text and as colour, never by colour alone.
 *
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { EscalationLevel, QueueCounter } from '../src/cil/index.js';
import type { QueueDataStatus, QueueState, QueueTotals } from '../src/store/index.js';
import { ABSENT, formatCount, formatElapsed } from './format.js';

/** The statistic columns, in display order, with their headings. */
export const QUEUE_COLUMNS: readonly { readonly counter: QueueCounter; readonly label: string }[] =
  [
    { counter: 'callsInQueue', label: 'In queue' },
    { counter: 'agentsReady', label: 'Ready' },
    { counter: 'agentsNotReady', label: 'Not ready' },
    { counter: 'agentsTalkingInbound', label: 'Talking in' },
    { counter: 'agentsTalkingOutbound', label: 'Talking out' },
    { counter: 'agentsTalkingInternal', label: 'Talking internal' },
    { counter: 'agentsWrapUpReady', label: 'Wrap-up ready' },
    { counter: 'agentsWrapUpNotReady', label: 'Wrap-up not ready' },
  ];

const LEVEL_GLYPH: Readonly<Record<EscalationLevel, string>> = {
  Normal: '●',
  Warn: '▲',
  Critical: '■',
};

/** An escalation level as a badge: glyph and word, coloured by level; {@link ABSENT} when none. */
export function renderLevel(level: EscalationLevel | null | undefined): TemplateResult {
  if (!level) return html`<span class="level none">${ABSENT}</span>`;
  return html`<span class="level ${level.toLowerCase()}"
    ><span aria-hidden="true">${LEVEL_GLYPH[level]}</span> ${level}</span
  >`;
}

/**
 * One cell of the totals row: calls in queue is a true total; an agent counter is a
 * sum over queues (an agent in three queues counts three times), marked "Σ" and
 * explained, never shown as a head count.
 */
function renderTotal(totals: QueueTotals, counter: QueueCounter): TemplateResult {
  if (counter === 'callsInQueue') return html`<td>${formatCount(totals.callsInQueue)}</td>`;
  const sum = totals.counterSums[counter];
  if (sum === undefined) return html`<td>${ABSENT}</td>`;
  return html`<td class="sum" title="Sum over queues, not a head count">
    <span aria-hidden="true">Σ </span>${formatCount(sum)}
    <span class="visually-hidden">(sum over queues, not a head count)</span>
  </td>`;
}

/** Why the table is empty, by queue data status. */
const EMPTY_TEXT: Readonly<Record<QueueDataStatus, string>> = {
  unknown: 'No queue data received yet.',
  enabled: 'No queues subscribed.',
  disabled: 'Queue data disabled (the agent is logged out).',
  unavailable: 'Queue data is not available on this platform (CCX sends no queueDataUpdate).',
};

/** The queue table at simulated time `now`. */
export function renderQueueTable(
  queues: readonly QueueState[],
  totals: QueueTotals,
  status: QueueDataStatus,
  now: number,
): TemplateResult {
  return html`
    <table class="queues" part="queue-table">
      <caption>
        Queues (${queues.length})
      </caption>
      <thead>
        <tr>
          <th scope="col" class="text">Queue</th>
          <th scope="col" class="text">Escalation</th>
          ${QUEUE_COLUMNS.map(({ label }) => html`<th scope="col">${label}</th>`)}
          <th scope="col">Oldest wait</th>
        </tr>
      </thead>
      <tbody>
        ${
          queues.length === 0
            ? html`<tr>
                <td class="empty" colspan=${QUEUE_COLUMNS.length + 3}>${EMPTY_TEXT[status]}</td>
              </tr>`
            : nothing
        }
        ${repeat(
          queues,
          (queue) => queue.id,
          (queue) => html`
            <tr class="queue level-${(queue.escalationLevel ?? 'none').toLowerCase()}">
              <th scope="row" class="text" title=${`Queue id ${queue.id}`}>${queue.name}</th>
              <td class="text">${renderLevel(queue.escalationLevel)}</td>
              ${QUEUE_COLUMNS.map(
                ({ counter }) => html`<td>${formatCount(queue.statistics[counter])}</td>`,
              )}
              <td class="wait">
                ${formatElapsed(queue.statistics.startTimeOfLongestCallInQueue, now)}
              </td>
            </tr>
          `,
        )}
      </tbody>
      ${
        queues.length === 0
          ? nothing
          : html`<tfoot>
              <tr class="totals">
                <th scope="row" class="text">All ${totals.queueCount} queues</th>
                <td class="text">${renderLevel(totals.worstEscalationLevel)}</td>
                ${QUEUE_COLUMNS.map(({ counter }) => renderTotal(totals, counter))}
                <td class="wait">${formatElapsed(totals.oldestWaitingSince, now)}</td>
              </tr>
            </tfoot>`
      }
    </table>
  `;
}
