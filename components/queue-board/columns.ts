/**
 * The statistics a queue board shows, in column order, with their catalogue labels.
 * Each column is named by the reference's field, which is also its `data-stat` hook.
 *
 * @module
 */
import type { AgentCounter, QueueCounter } from '../../src/cil/index.js';
import type { Catalogue } from '../internal/i18n/catalogue.js';

/** A column of statistics: the reference's field and how it is labelled. */
export interface StatColumn<K extends string = string> {
  /** The reference's field name: the `data-stat` hook and the `sort` key. */
  readonly field: K;
  /** Column heading, complete (tiles, tooltips). */
  readonly label: (t: Catalogue) => string;
  /** Heading under its group's heading in the table; absent for a column without a group. */
  readonly short?: (t: Catalogue) => string;
  /** The group heading it stands under in the table (Talking, Wrap-Up). */
  readonly group?: (t: Catalogue) => string;
}

/** The calls-in-queue column: the most prominent number. */
export const CALLS_COLUMN: StatColumn<QueueCounter> = {
  field: 'callsInQueue',
  label: (t) => t.boardCallsInQueue,
};

/** The longest-wait column: a live timer from `startTimeOfLongestCallInQueue`. */
export const WAIT_COLUMN: StatColumn<'startTimeOfLongestCallInQueue'> = {
  field: 'startTimeOfLongestCallInQueue',
  label: (t) => t.boardLongestWait,
};

/** The agent counters, in the order a supervisor reads them. */
export const AGENT_COLUMNS: readonly StatColumn<AgentCounter>[] = [
  { field: 'agentsReady', label: (t) => t.boardAgentsReady },
  { field: 'agentsNotReady', label: (t) => t.boardAgentsNotReady },
  {
    field: 'agentsTalkingInbound',
    label: (t) => t.boardAgentsTalkingInbound,
    short: (t) => t.boardShortInbound,
    group: (t) => t.boardGroupTalking,
  },
  {
    field: 'agentsTalkingOutbound',
    label: (t) => t.boardAgentsTalkingOutbound,
    short: (t) => t.boardShortOutbound,
    group: (t) => t.boardGroupTalking,
  },
  {
    field: 'agentsTalkingInternal',
    label: (t) => t.boardAgentsTalkingInternal,
    short: (t) => t.boardShortInternal,
    group: (t) => t.boardGroupTalking,
  },
  {
    field: 'agentsWrapUpReady',
    label: (t) => t.boardAgentsWrapUpReady,
    short: (t) => t.boardShortThenReady,
    group: (t) => t.boardGroupWrapUp,
  },
  {
    field: 'agentsWrapUpNotReady',
    label: (t) => t.boardAgentsWrapUpNotReady,
    short: (t) => t.boardShortThenNotReady,
    group: (t) => t.boardGroupWrapUp,
  },
];
