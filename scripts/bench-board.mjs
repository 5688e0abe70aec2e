#!/usr/bin/env node
/**
 * The queue board's benchmark in headless Chromium: bundles `bench/board-page.ts` into
 * `.bench/board/` (git-ignored), opens it with and without the board, feeds UPDATED
 * events at a given rate, and reports the board's share of the main thread (CDP
 * `TaskDuration`, with board minus without, over wall time; and the same in main-thread
 * CPU time, `ThreadTime`), animation frames per second, renders, the first render of 100
 * queues after ENABLED, and the heap after 200 mount/unmount cycles.
 *
 * Usage: node scripts/bench-board.mjs [--seconds 10]
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from './find-chrome.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const secondsArg = process.argv.indexOf('--seconds');
const seconds = secondsArg > 0 ? Number(process.argv[secondsArg + 1]) : 10;
const outdir = join(root, '.bench', 'board');
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [join(root, 'bench', 'board-page.ts')],
  outfile: join(outdir, 'page.js'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  tsconfig: join(root, 'tsconfig.json'),
  conditions: ['production'],
  logLevel: 'warning',
});
writeFileSync(
  join(outdir, 'index.html'),
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><style>body{margin:0}</style>' +
    '<script src="page.js" defer></script></head><body></body></html>',
);
const page0 = pathToFileURL(join(outdir, 'index.html')).href;

const executablePath = findChrome();
if (!executablePath) {
  console.error('bench-board: no Chrome or Chromium found (set CHROME_PATH)');
  process.exit(2);
}
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--js-flags=--expose-gc',
    '--enable-precise-memory-info',
    '--window-size=1920,1080',
  ],
  defaultViewport: { width: 1920, height: 1080 },
});

/** Opens the page with `query`, runs it, returns its result and the main thread's busy time. */
async function run(query) {
  const page = await browser.newPage();
  try {
    const client = await page.createCDPSession();
    await client.send('Performance.enable');
    await page.goto(`${page0}?${new URLSearchParams(query)}`);
    await page.waitForFunction(() => typeof window.benchRun === 'function');
    await page.evaluate(() => window.benchSetup());
    const metrics = async () => {
      const { metrics: list } = await client.send('Performance.getMetrics');
      return Object.fromEntries(list.map((m) => [m.name, m.value]));
    };
    const before = await metrics();
    const result = await page.evaluate(() => window.benchRun());
    const after = await metrics();
    if (process.env.BENCH_DEBUG)
      console.log(
        JSON.stringify(query) +
          ' ' +
          JSON.stringify(
            Object.fromEntries(
              [
                'TaskDuration',
                'ScriptDuration',
                'LayoutDuration',
                'RecalcStyleDuration',
                'LayoutCount',
                'RecalcStyleCount',
              ].map((k) => [k, +(after[k] - before[k]).toFixed(3)]),
            ),
          ),
      );
    const busy = after.TaskDuration - before.TaskDuration;
    // CPU time of the main thread: TaskDuration is wall time, inflated when other
    // processes share the cores.
    const cpu = after.ThreadTime - before.ThreadTime;
    return {
      ...result,
      busyShare: (busy * 1000) / result.elapsedMs,
      cpuShare: (cpu * 1000) / result.elapsedMs,
    };
  } finally {
    await page.close();
  }
}

const pct = (x) => `${(x * 100).toFixed(1)} %`;
const rows = [];
try {
  for (const rate of [2000, 50, 0]) {
    const without = await run({ board: 0, rate, queues: 500, seconds });
    const withBoard = await run({ board: 1, rate, queues: 500, seconds });
    rows.push({
      scenario: rate === 0 ? '500 queues at rest (timers only)' : `500 queues, ${rate} UPDATED/s`,
      'main thread without': pct(without.busyShare),
      'main thread with': pct(withBoard.busyShare),
      'board cost': pct(withBoard.busyShare - without.busyShare),
      'board CPU': pct(withBoard.cpuShare - without.cpuShare),
      fps: withBoard.fps.toFixed(0),
      'renders/s': ((withBoard.renders * 1000) / withBoard.elapsedMs).toFixed(1),
      events: withBoard.events,
    });
  }
  const firsts = [];
  for (let i = 0; i < 5; i += 1)
    firsts.push((await run({ mode: 'first', queues: 100 })).firstRenderMs);
  firsts.sort((a, b) => a - b);
  const heap = await run({ mode: 'heap', queues: 100 });
  console.table(rows);
  console.log(
    `first render of 100 queues after ENABLED (median of 5): ${firsts[2].toFixed(1)} ms ` +
      `(range ${firsts[0].toFixed(1)}–${firsts[4].toFixed(1)})`,
  );
  console.log(
    `heap after 200 mount/unmount cycles: ${(heap.heapDeltaBytes / 1024 / 1024).toFixed(2)} MiB more`,
  );
} finally {
  await browser.close();
}
