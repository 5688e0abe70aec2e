/**
 * Simulator options, their defaults, and the flavour-specific constants.
 *
 * @module
 */
import type { Flavour } from '../cil/enums.js';

export type { Flavour };

/** When a queue's `escalationLevel` turns `Warn` or `Critical` (either condition suffices). */
export interface EscalationThresholds {
  /** `Warn` from this many calls in queue. */
  warnCallsInQueue: number;
  /** `Critical` from this many calls in queue. */
  criticalCallsInQueue: number;
  /** `Warn` when the oldest call has waited this long. */
  warnWaitSeconds: number;
  /** `Critical` when the oldest call has waited this long. */
  criticalWaitSeconds: number;
}

/** How the simulated contact centre is built and run. Every field is optional. */
export interface SimulatorOptions {
  /** Product flavour; default `'CCE'`. */
  flavour?: Flavour;
  /** Seed of the deterministic PRNG; default 1. */
  seed?: number;
  /** Number of queues; default 6. */
  queues?: number;
  /** Simulated agents in the centre besides the logged-in agent; default 40. */
  agents?: number;
  /**
   * Mean arrivals per queue per minute (Poisson); default 1.2. With the other defaults the
   * floor is busy but staffed: some agents Ready most of the time, queues mostly Normal
   * with short Warn/Critical peaks.
   */
  arrivalRatePerMinute?: number;
  /** Mean talk time; default 180. */
  meanHandleSeconds?: number;
  /** Mean wrap-up time; default 30. */
  meanWrapupSeconds?: number;
  /** Whether calls go through wrap-up; default true. */
  wrapupEnabled?: boolean;
  /** `'manual'`: time moves only with `advance(ms)`; default `{ speed: 1 }` (real time). */
  clock?: 'manual' | { speed: number };
  /** Epoch ms at which the simulated clock starts; default `Date.now()`. */
  startTime?: number;
  /**
   * Escalation thresholds; default Warn from 2 calls or 30 s waiting, Critical from 4 calls
   * or 90 s. The ones given replace their default, the others keep it.
   */
  thresholds?: Partial<EscalationThresholds>;
  /** `'plain'` as the reference says (default), or `{ success, response, error }` envelopes. */
  resultShape?: 'plain' | 'envelope';
  /** Whether the agent is logged in at start; default true. */
  autoLogin?: boolean;
  /** Mean patience of a waiting caller before abandoning; default 90. */
  meanPatienceSeconds?: number;
  /** Simulated time the centre runs silently before `startTime` so it starts busy; default 300. */
  warmupSeconds?: number;
  /** How many queues (the first ones) the logged-in agent serves; default 2. */
  agentQueues?: number;
  /** Whether queue calls are routed to the logged-in agent when Ready; default true. */
  routeCallsToAgent?: boolean;
  /**
   * Whether the logged-in agent acts by itself (goes Ready after login, answers, hangs up);
   * default true with the real-time clock, false with the manual clock.
   */
  autopilot?: boolean;
  /** Whether the last queue reports `-1` counters like a queue the agent is not assigned to; default false. */
  notAssignedQueue?: boolean;
  /**
   * Seconds a routed call rings at the logged-in agent before it goes back to its queue and
   * the agent goes Not Ready (Ring No Answer); default 30, 0 disables.
   */
  ringNoAnswerSeconds?: number;
  /** Whether NotReady and Logout requests need a reason code; default true. */
  reasonCodesRequired?: boolean;
  /** Simulated ms between a request and its events; default 0 (events before the promise settles). */
  requestLatencyMs?: number;
  /** How many events `eventLog()` keeps; default 10,000. */
  eventLogLimit?: number;
  /** Minimum simulated ms between two UPDATED events of one queue; default 1000. */
  queueUpdateIntervalMs?: number;
  /**
   * Whether workitem events echo the `requestId` of the request that caused them;
   * default false: the reference marks a workitem's `requestId` "for future use".
   * `agentStateChange` always echoes it ("Identifier to match this event to a request").
   */
  echoWorkitemRequestIds?: boolean;
}

/** Options with every default filled in. */
export interface ResolvedOptions extends Required<Omit<SimulatorOptions, 'clock' | 'thresholds'>> {
  /** `'manual'` or the real-time speed. */
  clock: 'manual' | { speed: number };
  /** Every threshold. */
  thresholds: EscalationThresholds;
}

/** Default escalation thresholds. */
export const DEFAULT_THRESHOLDS: EscalationThresholds = {
  warnCallsInQueue: 2,
  criticalCallsInQueue: 4,
  warnWaitSeconds: 30,
  criticalWaitSeconds: 90,
};

function count(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0`);
  return n;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isFinite(n) || n < 0) throw new RangeError(`${name} must be a finite number >= 0`);
  return n;
}

/** Fills in defaults and checks ranges (a bad option throws a `RangeError`). */
export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const clock = options.clock ?? { speed: 1 };
  if (clock !== 'manual') nonNegative(clock.speed, 1, 'clock.speed');
  const queues = count(options.queues, 6, 'queues');
  return {
    flavour: options.flavour ?? 'CCE',
    seed: options.seed ?? 1,
    queues,
    agents: count(options.agents, 40, 'agents'),
    arrivalRatePerMinute: nonNegative(options.arrivalRatePerMinute, 1.2, 'arrivalRatePerMinute'),
    meanHandleSeconds: nonNegative(options.meanHandleSeconds, 180, 'meanHandleSeconds'),
    meanWrapupSeconds: nonNegative(options.meanWrapupSeconds, 30, 'meanWrapupSeconds'),
    wrapupEnabled: options.wrapupEnabled ?? true,
    clock,
    // The one place real time may seed the simulation: when no startTime is given.
    startTime: options.startTime ?? Date.now(),
    thresholds: { ...DEFAULT_THRESHOLDS, ...options.thresholds },
    resultShape: options.resultShape ?? 'plain',
    autoLogin: options.autoLogin ?? true,
    meanPatienceSeconds: nonNegative(options.meanPatienceSeconds, 90, 'meanPatienceSeconds'),
    warmupSeconds: nonNegative(options.warmupSeconds, 300, 'warmupSeconds'),
    agentQueues: Math.min(queues, count(options.agentQueues, 2, 'agentQueues')),
    routeCallsToAgent: options.routeCallsToAgent ?? true,
    autopilot: options.autopilot ?? clock !== 'manual',
    notAssignedQueue: options.notAssignedQueue ?? false,
    ringNoAnswerSeconds: nonNegative(options.ringNoAnswerSeconds, 30, 'ringNoAnswerSeconds'),
    reasonCodesRequired: options.reasonCodesRequired ?? true,
    requestLatencyMs: nonNegative(options.requestLatencyMs, 0, 'requestLatencyMs'),
    eventLogLimit: Math.max(1, count(options.eventLogLimit, 10_000, 'eventLogLimit')),
    queueUpdateIntervalMs: nonNegative(
      options.queueUpdateIntervalMs,
      1000,
      'queueUpdateIntervalMs',
    ),
    echoWorkitemRequestIds: options.echoWorkitemRequestIds ?? false,
  };
}

/** The voice channel id of a flavour (`voice_<peripheral_id>`, `voice_-1`, `telephony`). */
export function channelIdOf(flavour: Flavour): string {
  switch (flavour) {
    case 'CCE':
      return 'voice_5000';
    case 'CCX':
      return 'voice_-1';
    case 'WxCC':
      return 'telephony';
  }
}

/** Characters `sendDtmf` accepts (CCE `0-9*#A-D`, CCX `0-9*#`; WxCC taken as CCX). */
export function dtmfPattern(flavour: Flavour): RegExp {
  return flavour === 'CCE' ? /^[0-9*#A-D]+$/ : /^[0-9*#]+$/;
}
