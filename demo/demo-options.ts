/**
 * The demo's simulator options, read from the page's query string
 * (`?flavour=CCX&seed=7&queues=8&speed=5&autopilot=0`). Bad values fall back to the
 * default and are reported, so a typo in a URL is visible on the page.
 *
 * @module
 */
import { FLAVOURS } from '../src/cil/index.js';
import type { Flavour, SimulatorOptions } from '../src/simulator/index.js';

/** The demo's defaults: a lively CCE centre, four simulated seconds per real second. */
export const DEMO_DEFAULTS = { flavour: 'CCE', seed: 1, queues: 6, speed: 4 } as const;

/** Upper bounds that keep the page usable (and the simulation affordable). */
const MAX_QUEUES = 50;
const MAX_SPEED = 600;

/** What the query string asked for, resolved. */
export interface DemoOptions {
  /** Options to create the simulator with. */
  readonly simulator: SimulatorOptions & { readonly flavour: Flavour };
  /** The real-time speed the simulator starts at. */
  readonly speed: number;
  /** One line per query parameter that was ignored, and why. */
  readonly warnings: readonly string[];
}

function wholeNumber(raw: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(raw.trim())) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= min && n <= max ? n : undefined;
}

/** Reads `flavour`, `seed`, `queues`, `speed` and `autopilot` from a query string. */
export function parseDemoOptions(search: string): DemoOptions {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const read = <T>(name: string, parse: (raw: string) => T | undefined, fallback: T): T => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const value = parse(raw);
    if (value !== undefined) return value;
    warnings.push(`Ignored ${name}=${raw}: using ${String(fallback)}`);
    return fallback;
  };
  const flavour = read<Flavour>(
    'flavour',
    (raw) => FLAVOURS.find((f) => f.toLowerCase() === raw.trim().toLowerCase()),
    DEMO_DEFAULTS.flavour,
  );
  const seed = read('seed', (raw) => wholeNumber(raw, 0, 2 ** 31 - 1), DEMO_DEFAULTS.seed);
  const queues = read('queues', (raw) => wholeNumber(raw, 0, MAX_QUEUES), DEMO_DEFAULTS.queues);
  const speed = read(
    'speed',
    (raw) => {
      const n = raw.trim() === '' ? NaN : Number(raw);
      return Number.isFinite(n) && n >= 0 && n <= MAX_SPEED ? n : undefined;
    },
    DEMO_DEFAULTS.speed,
  );
  const autopilot = read<boolean | undefined>(
    'autopilot',
    (raw) => ({ '1': true, true: true, '0': false, false: false })[raw.trim().toLowerCase()],
    undefined,
  );
  return {
    simulator: {
      flavour,
      seed,
      queues,
      clock: { speed },
      ...(autopilot === undefined ? {} : { autopilot }),
    },
    speed,
    warnings,
  };
}
