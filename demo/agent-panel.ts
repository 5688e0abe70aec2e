/**
 * The inspector's view of the logged-in agent: its channels (reported state and
 * effective activity) and its current workitems.
 *
 * @module
 */
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ChannelState, WorkitemEntry } from '../src/store/index.js';
import { ABSENT, formatClockTime, formatElapsed } from './format.js';

/** The agent's channels at simulated time `now`. */
export function renderChannels(channels: readonly ChannelState[], now: number): TemplateResult {
  return html`
    <table class="channels">
      <caption>
        Agent channels
      </caption>
      <thead>
        <tr>
          <th scope="col" class="text">Channel</th>
          <th scope="col" class="text">State</th>
          <th scope="col" class="text">Reason</th>
          <th scope="col">Since</th>
          <th scope="col">For</th>
          <th scope="col" class="text">Activity</th>
        </tr>
      </thead>
      <tbody>
        ${
          channels.length === 0
            ? html`<tr>
                <td class="empty" colspan="6">No agentStateChange yet.</td>
              </tr>`
            : repeat(
                channels,
                (channel) => channel.channelId,
                (channel) => html`
                  <tr>
                    <th scope="row" class="text">
                      ${channel.channelId}${
                        channel.channelType
                          ? html` <span class="muted">(${channel.channelType})</span>`
                          : ''
                      }
                    </th>
                    <td class="text"><span class="state">${channel.state}</span></td>
                    <td class="text">
                      ${channel.reasonCodeLabel || ABSENT}${
                        channel.reasonCode === null
                          ? ''
                          : html` <span class="muted">#${channel.reasonCode}</span>`
                      }
                    </td>
                    <td>${formatClockTime(channel.since)}</td>
                    <td>${formatElapsed(channel.since, now)}</td>
                    <td class="text">
                      <span class="activity activity-${channel.activity}">${channel.activity}</span>
                    </td>
                  </tr>
                `,
              )
        }
      </tbody>
    </table>
  `;
}

/** How long the workitem has been in its current phase, from the times the store noted. */
function phaseStart(entry: WorkitemEntry): number {
  return entry.wrapupAt ?? entry.pausedAt ?? entry.connectedAt ?? entry.createdAt;
}

/** The current workitems at simulated time `now`. */
export function renderWorkitems(workitems: readonly WorkitemEntry[], now: number): TemplateResult {
  return html`
    <table class="workitems">
      <caption>
        Workitems (${workitems.length})
      </caption>
      <thead>
        <tr>
          <th scope="col" class="text">Id</th>
          <th scope="col" class="text">State</th>
          <th scope="col" class="text">Classification</th>
          <th scope="col" class="text">Direction</th>
          <th scope="col" class="text">ANI</th>
          <th scope="col" class="text">Queue</th>
          <th scope="col">Created</th>
          <th scope="col">Connected</th>
          <th scope="col">In state</th>
        </tr>
      </thead>
      <tbody>
        ${
          workitems.length === 0
            ? html`<tr>
                <td class="empty" colspan="9">No workitems.</td>
              </tr>`
            : repeat(
                workitems,
                (entry) => entry.id,
                (entry) => html`
                  <tr class="workitem">
                    <th scope="row" class="text">
                      <span class="id" title=${entry.id}>${entry.id}</span>
                    </th>
                    <td class="text"><span class="state">${entry.state}</span></td>
                    <td class="text">${entry.workitem.classification}</td>
                    <td class="text">${entry.workitem.direction ?? ABSENT}</td>
                    <td class="text">${entry.workitem.ani || ABSENT}</td>
                    <td class="text">${entry.workitem.ctiData.queueName || ABSENT}</td>
                    <td>${formatClockTime(entry.createdAt)}</td>
                    <td>${formatClockTime(entry.connectedAt)}</td>
                    <td>${formatElapsed(phaseStart(entry), now)}</td>
                  </tr>
                `,
              )
        }
      </tbody>
    </table>
  `;
}
