/**
 * The population of the simulated contact centre: queues, agents, waiting calls, and
 * the statistics the wallboard shows. Calls arrive per queue (Poisson), wait, are
 * answered by the longest-available Ready agent of the queue, talk and wrap up;
 * agents take breaks, place outbound and internal calls, log out and back in.
 *
 * Statistics are kept incrementally (an agent's state change touches only the queues
 * it serves), so the cost of a happening does not grow with the number of queues.
 *
 * @module
 */
import type { Agenda, Happening } from './clock.js';
import type { Flavour, ResolvedOptions } from './options.js';
import type { AgentCounter } from '../cil/enums.js';
import { FIRST_NAMES, LAST_NAMES, queueName, randomCallerName } from './names.js';
import type { Prng } from './prng.js';

export type { AgentCounter };

/** Where an agent counts in the statistics of its queues. */
export type AgentBucket =
  | 'loggedOut'
  | 'ready'
  | 'notReady'
  | 'talkingInbound'
  | 'talkingOutbound'
  | 'talkingInternal'
  | 'wrapUpReady'
  | 'wrapUpNotReady';

/** The statistics counter each logged-in bucket counts in. */
export const COUNTER_OF_BUCKET: Readonly<Record<Exclude<AgentBucket, 'loggedOut'>, AgentCounter>> =
  {
    ready: 'agentsReady',
    notReady: 'agentsNotReady',
    talkingInbound: 'agentsTalkingInbound',
    talkingOutbound: 'agentsTalkingOutbound',
    talkingInternal: 'agentsTalkingInternal',
    wrapUpReady: 'agentsWrapUpReady',
    wrapUpNotReady: 'agentsWrapUpNotReady',
  };

/** One queue and its live population. */
export interface SimQueue {
  /** Queue id as sent in `queueData`. */
  readonly id: string;
  /** Realistic name. */
  readonly name: string;
  /** Queue number (ctiData `queueNumber`). */
  readonly number: string;
  /** Position in the centre's list. */
  readonly index: number;
  /** Mean arrivals per ms. */
  readonly ratePerMs: number;
  /** Reports `-1` counters, as Finesse does for a queue the user is not assigned to. */
  readonly notAssigned: boolean;
  /** Agents assigned to the queue (logged in or not). */
  readonly agents: SimAgent[];
  /** Agent counters, kept incrementally. */
  readonly counts: Record<AgentCounter, number>;
  /** Waiting calls by id; insertion order is arrival order, so the first is the oldest. */
  readonly waiting: Map<number, WaitingCall>;
  /** Ready agents that take calls; insertion order is longest-available first. */
  readonly ready: Set<SimAgent>;
  /** The next Poisson arrival. */
  nextArrival: Happening | undefined;
}

/** A caller waiting in a queue (or being offered to the logged-in agent). */
export interface WaitingCall {
  /** Unique call number. */
  readonly id: number;
  /** The queue it arrived in. */
  readonly queue: SimQueue;
  /** Arrival time, epoch ms. */
  readonly arrivedAt: number;
  /** The caller's number. */
  readonly ani: string;
  /** The caller's name (for the CRM lookup), or empty when unknown. */
  readonly callerName: string;
  /** When the caller gives up. */
  abandon: Happening | undefined;
}

/** One agent of the centre; the logged-in agent is one too (`isUser`). */
export interface SimAgent {
  /** Agent id. */
  readonly id: string;
  /** First name. */
  readonly firstName: string;
  /** Last name. */
  readonly lastName: string;
  /** Extension. */
  readonly extension: string;
  /** Whether this is the logged-in (integration's) agent, driven by requests. */
  readonly isUser: boolean;
  /** Queues served. */
  readonly queues: SimQueue[];
  /** Where it counts. */
  bucket: AgentBucket;
  /** Whether it is in its queues' ready sets (Ready and accepting calls). */
  routable: boolean;
  /** Whether it may receive routed calls when Ready (the user: routing on, no call present). */
  acceptsCalls: boolean;
  /** The agent's next own happening (end of talk, wrap-up, break...). */
  next: Happening | undefined;
}

/** What the centre tells its owner. */
export interface CentreHooks {
  /** A queue's statistics or waiting calls changed. */
  queueChanged(queue: SimQueue): void;
  /** The logged-in agent was chosen for a call: it must be offered (workitemCreate). */
  offerToUser(call: WaitingCall): void;
}

const MINUTE = 60_000;
/** Mean Ready time before an agent does something else than wait for calls. */
const MEAN_IDLE_DECISION_MS = 12 * MINUTE;
const MEAN_BREAK_MS = 6 * MINUTE;
const MEAN_OUTBOUND_MS = 2.5 * MINUTE;
const MEAN_INTERNAL_MS = 1.5 * MINUTE;
const MEAN_LOGGED_OUT_MS = 15 * MINUTE;
/** Share of calls after which the agent goes Not Ready (wrap-up with follow-up Not Ready). */
const FOLLOW_UP_NOT_READY = 0.12;
/** Share of calls followed by an outbound callback. */
const AFTER_CALL_OUTBOUND = 0.06;
/** Share of calls followed by an internal (agent-to-agent) call. */
const AFTER_CALL_INTERNAL = 0.04;

/** Every agent counter at zero. */
export function emptyCounts(): Record<AgentCounter, number> {
  return {
    agentsNotReady: 0,
    agentsReady: 0,
    agentsTalkingInbound: 0,
    agentsTalkingInternal: 0,
    agentsTalkingOutbound: 0,
    agentsWrapUpNotReady: 0,
    agentsWrapUpReady: 0,
  };
}

/** The oldest waiting call of a queue (`waiting` keeps arrival order). */
export function oldestWaiting(queue: SimQueue): WaitingCall | undefined {
  for (const call of queue.waiting.values()) return call;
  return undefined;
}

function queueIdOf(flavour: Flavour, index: number, prng: Prng): string {
  // WxCC queue ids are UUIDs.
  return flavour === 'WxCC' ? prng.uuid() : String(5001 + index);
}

/** The simulated population and its routing. */
export class ContactCentre {
  /** Every queue, in order. */
  readonly queues: readonly SimQueue[];
  /** Queues by id. */
  readonly queuesById: ReadonlyMap<string, SimQueue>;
  /** The simulated agents (without the logged-in agent). */
  readonly agents: readonly SimAgent[];
  /** The logged-in agent. */
  readonly user: SimAgent;
  private nextCallId = 1;
  private readonly rng: Prng;

  constructor(
    private readonly options: ResolvedOptions,
    private readonly agenda: Agenda,
    prng: Prng,
    private readonly hooks: CentreHooks,
  ) {
    this.rng = prng;
    const queues: SimQueue[] = [];
    for (let index = 0; index < options.queues; index += 1) {
      // Some queues are busier than others; the mean stays the configured rate.
      const weight = 0.5 + prng.next();
      queues.push({
        id: queueIdOf(options.flavour, index, prng),
        name: queueName(index),
        number: String(8001 + index),
        index,
        ratePerMs: (options.arrivalRatePerMinute * weight) / MINUTE,
        notAssigned: options.notAssignedQueue && index === options.queues - 1,
        agents: [],
        counts: emptyCounts(),
        waiting: new Map(),
        ready: new Set(),
        nextArrival: undefined,
      });
    }
    this.queues = queues;
    this.queuesById = new Map(queues.map((q) => [q.id, q]));

    const agents: SimAgent[] = [];
    for (let i = 0; i < options.agents; i += 1) {
      const served: SimQueue[] = [];
      if (queues.length > 0) {
        served.push(queues[i % queues.length] as SimQueue);
        // Multi-skilled agents: up to two more queues.
        for (let extra = prng.int(3); extra > 0; extra -= 1) {
          const q = prng.pick(queues);
          if (!served.includes(q)) served.push(q);
        }
      }
      agents.push(this.makeAgent(String(1100 + i), String(4100 + i), served, false));
    }
    this.agents = agents;
    this.user = this.makeAgent('1042', '4042', queues.slice(0, options.agentQueues), true);
    this.user.acceptsCalls = false;
    for (const agent of [...agents, this.user]) for (const q of agent.queues) q.agents.push(agent);
  }

  /** Puts every simulated agent into a starting state and starts the arrivals. */
  start(): void {
    for (const agent of this.agents) {
      const roll = this.rng.next();
      if (roll < 0.05) this.logOutFor(agent, this.rng.exponential(MEAN_LOGGED_OUT_MS));
      else if (roll < 0.2) this.goOnBreak(agent);
      else this.becomeReady(agent);
    }
    for (const queue of this.queues) this.scheduleArrival(queue);
  }

  /** Stops all arrivals and agent activity (the agenda is cleared by the owner). */
  stop(): void {
    for (const queue of this.queues) this.agenda.cancel(queue.nextArrival);
  }

  /** A new caller arrives in `queue` now. */
  arrive(queue: SimQueue): WaitingCall {
    const call: WaitingCall = {
      id: this.nextCallId++,
      queue,
      arrivedAt: this.agenda.time,
      ani: this.randomPhoneNumber(),
      callerName: randomCallerName(this.rng),
      abandon: undefined,
    };
    const agent = this.firstReady(queue);
    if (agent) {
      this.assign(agent, call);
      return call;
    }
    this.wait(call);
    return call;
  }

  /**
   * A call offered to an agent who did not answer goes back to its queue, in the place its
   * arrival time gives it (usually the front), and another agent may take it.
   */
  requeue(call: WaitingCall): void {
    const agent = this.firstReady(call.queue);
    if (agent) {
      this.assign(agent, call);
      return;
    }
    const waiting = call.queue.waiting;
    const later = [...waiting.values()].filter((other) => other.arrivedAt > call.arrivedAt);
    for (const other of later) waiting.delete(other.id);
    this.wait(call);
    for (const other of later) waiting.set(other.id, other);
  }

  private wait(call: WaitingCall): void {
    call.queue.waiting.set(call.id, call);
    call.abandon = this.agenda.after(
      this.rng.duration(this.options.meanPatienceSeconds * 1000, 5000),
      () => this.abandon(call),
    );
    this.hooks.queueChanged(call.queue);
  }

  /**
   * Moves an agent to `bucket`, keeping counters and ready sets right. A Ready agent that
   * accepts calls immediately takes the oldest call waiting in its queues.
   */
  setBucket(agent: SimAgent, bucket: AgentBucket): void {
    if (agent.bucket !== bucket) {
      const before = agent.bucket === 'loggedOut' ? undefined : COUNTER_OF_BUCKET[agent.bucket];
      const after = bucket === 'loggedOut' ? undefined : COUNTER_OF_BUCKET[bucket];
      agent.bucket = bucket;
      for (const q of agent.queues) {
        if (before) q.counts[before] -= 1;
        if (after) q.counts[after] += 1;
        this.hooks.queueChanged(q);
      }
    }
    this.refreshRouting(agent);
  }

  /** Re-evaluates whether the agent takes routed calls (after its bucket or `acceptsCalls` changed). */
  private refreshRouting(agent: SimAgent): void {
    const routable = agent.bucket === 'ready' && agent.acceptsCalls;
    if (routable === agent.routable) return;
    agent.routable = routable;
    for (const q of agent.queues) {
      if (routable) q.ready.add(agent);
      else q.ready.delete(agent);
    }
    if (routable) this.serveWaiting(agent);
  }

  private firstReady(queue: SimQueue): SimAgent | undefined {
    for (const agent of queue.ready) return agent;
    return undefined;
  }

  private serveWaiting(agent: SimAgent): void {
    let oldest: WaitingCall | undefined;
    for (const q of agent.queues) {
      const call = oldestWaiting(q);
      if (call && (!oldest || call.arrivedAt < oldest.arrivedAt)) oldest = call;
    }
    if (oldest) this.assign(agent, oldest);
  }

  private assign(agent: SimAgent, call: WaitingCall): void {
    if (call.queue.waiting.delete(call.id)) this.hooks.queueChanged(call.queue);
    this.agenda.cancel(call.abandon);
    call.abandon = undefined;
    if (agent.isUser) {
      // Reserved for this call: no second call is routed while it alerts.
      agent.acceptsCalls = false;
      this.refreshRouting(agent);
      this.hooks.offerToUser(call);
      return;
    }
    this.talk(agent, 'talkingInbound', this.options.meanHandleSeconds * 1000);
  }

  private abandon(call: WaitingCall): void {
    call.abandon = undefined;
    if (call.queue.waiting.delete(call.id)) this.hooks.queueChanged(call.queue);
  }

  private scheduleArrival(queue: SimQueue): void {
    if (queue.ratePerMs <= 0) return;
    queue.nextArrival = this.agenda.after(this.rng.exponential(1 / queue.ratePerMs), () => {
      this.arrive(queue);
      this.scheduleArrival(queue);
    });
  }

  // -- simulated agents' own behaviour ---------------------------------------------

  private makeAgent(id: string, extension: string, queues: SimQueue[], isUser: boolean): SimAgent {
    return {
      id,
      firstName: isUser ? 'Alex' : this.rng.pick(FIRST_NAMES),
      lastName: isUser ? 'Morgan' : this.rng.pick(LAST_NAMES),
      extension,
      isUser,
      queues,
      bucket: 'loggedOut',
      routable: false,
      acceptsCalls: true,
      next: undefined,
    };
  }

  private plan(agent: SimAgent, delay: number, run: () => void): void {
    this.agenda.cancel(agent.next);
    agent.next = this.agenda.after(delay, () => {
      agent.next = undefined;
      run();
    });
  }

  private becomeReady(agent: SimAgent): void {
    this.plan(agent, this.rng.exponential(MEAN_IDLE_DECISION_MS), () => this.idleDecision(agent));
    this.setBucket(agent, 'ready');
  }

  private idleDecision(agent: SimAgent): void {
    if (agent.bucket !== 'ready') return;
    const roll = this.rng.next();
    if (roll < 0.55) this.goOnBreak(agent);
    else if (roll < 0.8) this.talk(agent, 'talkingOutbound', MEAN_OUTBOUND_MS);
    else if (roll < 0.92) this.talk(agent, 'talkingInternal', MEAN_INTERNAL_MS);
    else this.logOutFor(agent, this.rng.exponential(MEAN_LOGGED_OUT_MS));
  }

  private goOnBreak(agent: SimAgent): void {
    this.plan(agent, this.rng.duration(MEAN_BREAK_MS, 30_000), () => this.becomeReady(agent));
    this.setBucket(agent, 'notReady');
  }

  private logOutFor(agent: SimAgent, ms: number): void {
    this.plan(agent, ms, () => this.becomeReady(agent));
    this.setBucket(agent, 'loggedOut');
  }

  private talk(agent: SimAgent, bucket: AgentBucket, meanMs: number): void {
    this.plan(agent, this.rng.duration(meanMs, 10_000), () => this.endTalk(agent, bucket));
    this.setBucket(agent, bucket);
  }

  private endTalk(agent: SimAgent, bucket: AgentBucket): void {
    const followUpNotReady = this.rng.chance(FOLLOW_UP_NOT_READY);
    const next = (): void => {
      if (followUpNotReady) this.goOnBreak(agent);
      else this.nextTask(agent);
    };
    if (!this.options.wrapupEnabled || bucket === 'talkingInternal') {
      next();
      return;
    }
    this.plan(agent, this.rng.duration(this.options.meanWrapupSeconds * 1000, 3000), next);
    this.setBucket(agent, followUpNotReady ? 'wrapUpNotReady' : 'wrapUpReady');
  }

  /** After a call: usually Ready again; now and then a callback or a question to a colleague. */
  private nextTask(agent: SimAgent): void {
    const roll = this.rng.next();
    if (roll < AFTER_CALL_OUTBOUND) this.talk(agent, 'talkingOutbound', MEAN_OUTBOUND_MS);
    else if (roll < AFTER_CALL_OUTBOUND + AFTER_CALL_INTERNAL) {
      this.talk(agent, 'talkingInternal', MEAN_INTERNAL_MS);
    } else this.becomeReady(agent);
  }

  /** A caller's number: Swiss-looking E.164. */
  randomPhoneNumber(): string {
    const prefix = this.rng.pick(['+4144', '+4131', '+4122', '+4179', '+4178', '+4176', '+4961']);
    return `${prefix}${String(this.rng.int(10_000_000)).padStart(7, '0')}`;
  }
}
