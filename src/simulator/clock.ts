/**
 * Simulated time: an agenda (a binary min-heap of scheduled happenings, ordered by
 * time then by scheduling order) and the two ways to move it forward: by hand
 * (`advance(ms)`) or with real time scaled by a speed factor. Real time uses ONE
 * timer, armed for the earliest happening, never one timer per happening.
 *
 * @module
 */

/** A scheduled piece of simulation. Cancelled happenings are skipped lazily. */
export interface Happening {
  /** Simulated epoch ms at which it runs. */
  readonly at: number;
  /** Tie-breaker: scheduling order, so equal times run first-scheduled-first. */
  readonly seq: number;
  /** What happens. */
  readonly run: () => void;
  /** Set by {@link Agenda.cancel}. */
  cancelled: boolean;
}

function before(a: Happening, b: Happening): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}

/** The sorted agenda of everything that will happen, and the current simulated time. */
export class Agenda {
  private readonly heap: Happening[] = [];
  private seq = 0;
  private cancelledCount = 0;
  private currentTime: number;
  /** Called when a newly scheduled happening became the earliest (the real-time driver re-arms). */
  onEarliestChanged: (() => void) | undefined;

  constructor(startTime: number) {
    this.currentTime = startTime;
  }

  /** Current simulated time, epoch ms. */
  get time(): number {
    return this.currentTime;
  }

  /** Number of live happenings (for tests and diagnostics). */
  get size(): number {
    return this.heap.length - this.cancelledCount;
  }

  /** Schedules `run` at `at` (clamped to now: the past cannot be scheduled). */
  schedule(at: number, run: () => void): Happening {
    const happening: Happening = {
      at: Math.max(at, this.currentTime),
      seq: this.seq++,
      run,
      cancelled: false,
    };
    this.push(happening);
    if (this.heap[0] === happening) this.onEarliestChanged?.();
    return happening;
  }

  /** Schedules `run` after `delay` ms. */
  after(delay: number, run: () => void): Happening {
    return this.schedule(this.currentTime + delay, run);
  }

  /** Cancels a happening (no-op when undefined, already run or cancelled). */
  cancel(happening: Happening | undefined): void {
    if (!happening || happening.cancelled) return;
    happening.cancelled = true;
    this.cancelledCount += 1;
    // Lazy deletion, compacted when cancelled entries dominate, keeps memory bounded.
    if (this.cancelledCount > 1024 && this.cancelledCount * 2 > this.heap.length) this.compact();
  }

  /** Time of the earliest live happening, or `undefined`. */
  nextAt(): number | undefined {
    this.dropCancelledHead();
    return this.heap[0]?.at;
  }

  /**
   * Runs every happening due up to `target` in order (each sees `time` equal to its
   * own `at`), then sets the time to `target`. Time never goes backwards.
   */
  runUntil(target: number): void {
    for (;;) {
      this.dropCancelledHead();
      const head = this.heap[0];
      if (!head || head.at > target) break;
      this.pop();
      // Mark as done so a late cancel() does not count it.
      head.cancelled = true;
      this.currentTime = Math.max(this.currentTime, head.at);
      head.run();
    }
    this.currentTime = Math.max(this.currentTime, target);
  }

  /** Forgets everything scheduled. */
  clear(): void {
    this.heap.length = 0;
    this.cancelledCount = 0;
  }

  private dropCancelledHead(): void {
    while (this.heap[0]?.cancelled) {
      this.pop();
      this.cancelledCount -= 1;
    }
  }

  private compact(): void {
    const live = this.heap.filter((h) => !h.cancelled);
    this.heap.length = 0;
    this.cancelledCount = 0;
    for (const h of live) this.push(h);
  }

  private push(h: Happening): void {
    const heap = this.heap;
    heap.push(h);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as Happening;
      if (!before(h, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = h;
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    let i = 0;
    const n = heap.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const left = heap[l] as Happening;
      const right = heap[r];
      const child = right !== undefined && before(right, left) ? r : l;
      const c = heap[child] as Happening;
      if (!before(c, last)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
  }
}

/** Moves an {@link Agenda} forward. */
export interface ClockDriver {
  /** The simulated time now (real-time drivers include the elapsed real time). */
  now(): number;
  /** Runs everything due up to now (real time) — a no-op for the manual clock. */
  catchUp(): void;
  /** Manual: runs forward by `ms`. Real time: jumps forward by `ms` of simulated time. */
  advance(ms: number): void;
  /** Real time: the simulated-to-real speed factor (0 pauses). Manual: ignored. */
  setSpeed(factor: number): void;
  /** Stops any timer. */
  dispose(): void;
}

/** Time moves only when `advance(ms)` is called; fully deterministic. */
export class ManualClock implements ClockDriver {
  constructor(private readonly agenda: Agenda) {}

  now(): number {
    return this.agenda.time;
  }

  catchUp(): void {
    this.agenda.runUntil(this.agenda.time);
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance(ms) needs a non-negative number, got ${ms}`);
    this.agenda.runUntil(this.agenda.time + ms);
  }

  setSpeed(_factor: number): void {}

  dispose(): void {}
}

/** Longest single timer wait; longer waits re-arm (setTimeout overflows above 2^31-1 ms). */
const MAX_TIMER_MS = 60_000;

/** Simulated time follows real time multiplied by a speed factor, with one timer. */
export class RealTimeClock implements ClockDriver {
  private realAnchor: number;
  private simAnchor: number;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private disposed = false;

  constructor(
    private readonly agenda: Agenda,
    private speed: number,
    private readonly realNow: () => number = () => performance.now(),
  ) {
    this.realAnchor = realNow();
    this.simAnchor = agenda.time;
    agenda.onEarliestChanged = () => this.arm();
    this.arm();
  }

  now(): number {
    return Math.max(
      this.agenda.time,
      this.simAnchor + (this.realNow() - this.realAnchor) * this.speed,
    );
  }

  catchUp(): void {
    if (this.disposed) return;
    this.agenda.runUntil(this.now());
    this.arm();
  }

  advance(ms: number): void {
    if (!(ms >= 0)) throw new RangeError(`advance(ms) needs a non-negative number, got ${ms}`);
    const target = this.now() + ms;
    this.agenda.runUntil(target);
    this.reanchor();
  }

  setSpeed(factor: number): void {
    if (!(factor >= 0) || !Number.isFinite(factor)) {
      throw new RangeError(`speed must be a finite number >= 0, got ${factor}`);
    }
    this.catchUp();
    this.reanchor();
    this.speed = factor;
    this.arm();
  }

  dispose(): void {
    this.disposed = true;
    this.agenda.onEarliestChanged = undefined;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private reanchor(): void {
    this.realAnchor = this.realNow();
    this.simAnchor = this.agenda.time;
    this.arm();
  }

  private arm(): void {
    if (this.disposed) return;
    const next = this.agenda.nextAt();
    if (next === undefined || this.speed === 0) {
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      return;
    }
    // Already armed for this or an earlier moment: keep the one timer.
    if (this.timer !== undefined && this.timerAt <= next) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, (next - this.now()) / this.speed));
    this.timerAt = next;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.catchUp();
    }, delay);
  }
}
