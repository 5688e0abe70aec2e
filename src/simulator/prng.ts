/**
 * A small seeded pseudo-random number generator (mulberry32) with the few
 * distributions the simulator needs. Same seed, same sequence: the simulation's
 * determinism rests on never touching `Math.random`.
 *
 * @module
 */

/** Deterministic random source. */
export class Prng {
  private state: number;

  /** @param seed any number; its low 32 bits seed the generator. */
  constructor(seed: number) {
    this.state = Math.trunc(seed) >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** Exponentially distributed with the given mean (inter-arrival times of a Poisson process). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Number of events of a Poisson process with mean `lambda` (Knuth; fine for small lambda). */
  poisson(lambda: number): number {
    if (lambda <= 0) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k += 1;
      p *= this.next();
    }
    return k;
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A duration: exponential with `mean`, never below `min` (nobody talks for 0 seconds). */
  duration(mean: number, min: number): number {
    return min + this.exponential(Math.max(0, mean - min));
  }

  /** `digits` random lower-case hex digits (a ServiceNow sys_id has 32). */
  hex(digits: number): string {
    let text = '';
    for (let i = 0; i < digits; i += 1) text += this.int(16).toString(16);
    return text;
  }

  /** A random version 4 UUID, as WxCC ids are. */
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-a${this.hex(3)}-${this.hex(12)}`;
  }

  /** An independent generator derived from this one (stable sub-streams per concern). */
  fork(): Prng {
    return new Prng(Math.floor(this.next() * 4294967296));
  }
}
