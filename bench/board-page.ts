/**
 * The page `scripts/bench-board.mjs` drives in headless Chromium: a store fed through a
 * stand-in `cil` (so every payload is validated as in production), with or without a
 * full-screen `<connects-queue-board>`, so the board's cost is the difference.
 *
 * Query: `board=1|0`, `queues`, `rate` (UPDATED per second), `seconds`, `layout`, and
 * `mode=load|first|heap`. `benchSetup()` prepares, `benchRun()` measures and resolves with the result.
 *
 * @module
 */
import type { PropertyValues } from 'lit';
import { ConnectsQueueBoard } from '../components/queue-board/connects-queue-board.js';
import { CIL_EVENT_NAMES, REGISTRATION_METHODS, type CilApi } from '../src/cil/index.js';
import { ConnectsStore } from '../src/store/index.js';
import { wireQueue } from './queue-payloads.js';

type Callback = (data: unknown) => void;

/** The measurements a run reports. */
interface BenchResult {
  readonly mode: string;
  /** Wall time of the measured window, ms. */
  readonly elapsedMs: number;
  /** Animation frames per second in the window. */
  readonly fps: number;
  /** Events emitted. */
  readonly events: number;
  /** Board renders in the window (0 without a board). */
  readonly renders: number;
  /** `first`: ms from ENABLED to the board painted. */
  readonly firstRenderMs?: number;
  /** `heap`: bytes after the cycles minus before (after a collection each time). */
  readonly heapDeltaBytes?: number;
}

declare global {
  interface Window {
    benchSetup?: () => Promise<void>;
    benchRun?: () => Promise<BenchResult>;
    gc?: () => void;
  }
}

const params = new URLSearchParams(location.search);
const withBoard = params.get('board') !== '0';
const queueCount = Number(params.get('queues') ?? 500);
const rate = Number(params.get('rate') ?? 0);
const seconds = Number(params.get('seconds') ?? 10);
const mode = params.get('mode') ?? 'load';
const layout = params.get('layout') === 'tiles' ? 'tiles' : 'table';

function standInCil(): { api: CilApi; emit: (name: string, data: unknown) => void } {
  const callbacks = new Map<string, Callback[]>();
  const api: Record<string, unknown> = {};
  for (const name of CIL_EVENT_NAMES) {
    api[REGISTRATION_METHODS[name]] = (callback: Callback) => {
      callbacks.set(name, [...(callbacks.get(name) ?? []), callback]);
    };
  }
  return {
    api: api as unknown as CilApi,
    emit: (name, data) => {
      for (const callback of callbacks.get(name) ?? []) callback(data);
    },
  };
}

let renderCount = 0;

/** The board, counting its renders. */
class BenchQueueBoard extends ConnectsQueueBoard {
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    renderCount += 1;
  }
}
customElements.define('bench-queue-board', BenchQueueBoard);

const nextFrame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

function enabledPayload(step: number): unknown {
  const queueData = Array.from({ length: queueCount }, (_, i) => wireQueue(i, step + i));
  return { event: 'queueDataUpdate', dataState: 'ENABLED', queueData };
}

function mountBoard(store: ConnectsStore): BenchQueueBoard {
  const board = document.createElement('bench-queue-board') as BenchQueueBoard;
  board.store = store;
  board.layout = layout;
  board.style.height = '100vh';
  document.body.append(board);
  return board;
}

const loadCil = standInCil();

/** Mounts the board on 500 enabled queues and lets it settle: not part of the measured window. */
async function loadSetup(): Promise<void> {
  const store = new ConnectsStore(loadCil.api);
  if (withBoard) mountBoard(store);
  loadCil.emit('queueDataUpdate', enabledPayload(0));
  for (let i = 0; i < 30; i += 1) await nextFrame();
}

async function load(): Promise<BenchResult> {
  const cil = loadCil;
  const rendersBefore = renderCount;
  let frames = 0;
  let running = true;
  const frame = (): void => {
    frames += 1;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const start = performance.now();
  let emitted = 0;
  let step = 1;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      const elapsed = performance.now() - start;
      if (elapsed >= seconds * 1000) {
        resolve();
        return;
      }
      const due = Math.floor((elapsed / 1000) * rate);
      for (; emitted < due; emitted += 1) {
        const index = emitted % queueCount;
        if (index === 0) step += 1;
        cil.emit('queueDataUpdate', {
          event: 'queueDataUpdate',
          dataState: 'UPDATED',
          queueData: [wireQueue(index, step + index)],
        });
      }
      setTimeout(pump, 4);
    };
    pump();
  });
  running = false;
  const elapsedMs = performance.now() - start;
  return {
    mode,
    elapsedMs,
    fps: (frames * 1000) / elapsedMs,
    events: emitted,
    renders: renderCount - rendersBefore,
  };
}

async function firstRender(): Promise<BenchResult> {
  const cil = standInCil();
  const store = new ConnectsStore(cil.api);
  const board = mountBoard(store);
  await board.updateComplete;
  await nextFrame();
  const start = performance.now();
  cil.emit('queueDataUpdate', enabledPayload(0));
  await Promise.resolve();
  await board.updateComplete;
  // A measure may follow (paging); then the frame that shows it.
  await board.updateComplete;
  await nextFrame();
  const firstRenderMs = performance.now() - start;
  return { mode, elapsedMs: firstRenderMs, fps: 0, events: 1, renders: 0, firstRenderMs };
}

async function heap(): Promise<BenchResult> {
  const cil = standInCil();
  const store = new ConnectsStore(cil.api);
  cil.emit('queueDataUpdate', enabledPayload(0));
  const used = (): number =>
    (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
    0;
  const collect = async (): Promise<void> => {
    for (let i = 0; i < 3; i += 1) {
      window.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  // One cycle first, so what is created once per page (styles, templates) is not counted.
  const cycle = async (): Promise<void> => {
    const board = mountBoard(store);
    await board.updateComplete;
    await board.updateComplete;
    board.remove();
  };
  await cycle();
  await collect();
  const before = used();
  const start = performance.now();
  for (let i = 0; i < 200; i += 1) await cycle();
  await collect();
  return {
    mode,
    elapsedMs: performance.now() - start,
    fps: 0,
    events: 1,
    renders: 0,
    heapDeltaBytes: used() - before,
  };
}

window.benchSetup = () => (mode === 'load' ? loadSetup() : Promise.resolve());
window.benchRun = () => (mode === 'first' ? firstRender() : mode === 'heap' ? heap() : load());
