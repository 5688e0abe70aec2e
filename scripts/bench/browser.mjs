// The browser benchmarks' driver: bundles bench/browser/page.ts, starts headless Chromium
// (--js-flags=--expose-gc, precise memory info) through puppeteer-core, and runs the
// scenarios. Busy time is DevTools' Performance.getMetrics TaskDuration around the
// page's measured window; a view's cost is its page's busy share minus the same page
// without it (`view=none`), measured in the same run.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome } from '../find-chrome.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles the page into `.bench/browser/` (git-ignored); resolves with its file URL.
 * `minify: false` keeps names readable for a profile (into `.bench/browser-debug/`).
 */
export async function buildPage({ minify = true } = {}) {
  const outdir = join(root, '.bench', minify ? 'browser' : 'browser-debug');
  mkdirSync(outdir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'bench', 'browser', 'page.ts')],
    outfile: join(outdir, 'page.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    minify,
    tsconfig: join(root, 'tsconfig.json'),
    // Lit's production build, as in the published bundles.
    conditions: ['production'],
    logLevel: 'warning',
  });
  writeFileSync(
    join(outdir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
      '<style>body{margin:0;font-family:system-ui,sans-serif}</style>' +
      '<script src="page.js" defer></script></head><body></body></html>',
  );
  return pathToFileURL(join(outdir, 'index.html')).href;
}

/** Starts headless Chromium for the benchmarks. */
export async function launch() {
  const executablePath = findChrome();
  if (!executablePath) throw new Error('no Chrome or Chromium found (set CHROME_PATH)');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
      '--window-size=1920,1080',
      // A hidden or occluded page would pause timers and frames.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
    ],
    defaultViewport: { width: 1920, height: 1080 },
    protocolTimeout: 30 * 60_000,
  });
}

/**
 * Opens the page with `query` (CPU throttled `throttle`×), runs setup, then the
 * measured window; resolves with the page's result plus `busyShare` (TaskDuration over
 * wall time in the window) and the other DevTools durations.
 */
export async function runPage(browser, pageUrl, query, { throttle = 1, profile } = {}) {
  const page = await browser.newPage();
  try {
    const client = await page.createCDPSession();
    await client.send('Performance.enable');
    if (throttle !== 1) await client.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${pageUrl}?${new URLSearchParams(query)}`);
    await page.waitForFunction(() => typeof window.benchRun === 'function');
    await page.evaluate(() => window.benchSetup());
    const metrics = async () => {
      const { metrics: list } = await client.send('Performance.getMetrics');
      return Object.fromEntries(list.map((m) => [m.name, m.value]));
    };
    if (profile) {
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', { interval: 200 });
      await client.send('Profiler.start');
    }
    const before = await metrics();
    const result = await page.evaluate(() => window.benchRun());
    const after = await metrics();
    if (profile) profile.cpuProfile = (await client.send('Profiler.stop')).profile;
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const delta = (key) => after[key] - before[key];
    const seconds = result.elapsedMs / 1000;
    return {
      ...result,
      query,
      throttle,
      busyShare: delta('TaskDuration') / seconds,
      scriptShare: delta('ScriptDuration') / seconds,
      layoutShare: delta('LayoutDuration') / seconds,
      styleShare: delta('RecalcStyleDuration') / seconds,
    };
  } finally {
    await page.close();
  }
}

const costOf = (run, without) => run.busyShare - without.busyShare;
const summary = (run, without) => ({
  busyShare: run.busyShare,
  cost: costOf(run, without),
  fps: run.fps,
  rendersPerSecond: (run.renders * 1000) / run.elapsedMs,
  renderMeanMs: run.renderMeanMs,
  renderP95Ms: run.renderP95Ms,
  longTasks: run.longTasks,
  longestTaskMs: run.longestTaskMs,
  events: run.events,
  scriptShare: run.scriptShare,
  layoutShare: run.layoutShare,
  styleShare: run.styleShare,
});

/**
 * The board under `rate` UPDATED/s for `seconds`, side by side with the naive and the
 * hand-written baseline and the page without any view, in that order.
 */
export async function boardLoad(browser, pageUrl, { rate, seconds, throttle, seed, layout, log }) {
  const base = { mode: 'load', queues: 500, rate, seconds, seed, layout };
  const runs = {};
  for (const view of ['none', 'board', 'naive', 'hand']) {
    runs[view] = await runPage(browser, pageUrl, { ...base, view }, { throttle });
    log?.(
      `  ${view.padEnd(6)} ${(runs[view].busyShare * 100).toFixed(1)} % busy, ${runs[view].fps.toFixed(0)} fps`,
    );
  }
  const out = {};
  for (const view of ['board', 'naive', 'hand']) out[view] = summary(runs[view], runs.none);
  out.none = { busyShare: runs.none.busyShare, fps: runs.none.fps, events: runs.none.events };
  // Ratios of main-thread cost: how many times the baseline costs what the board costs.
  const floor = 0.0005; // below 0.05 % the difference is noise: do not divide by it
  out.ratios = {
    naiveOverBoard: out.naive.cost / Math.max(out.board.cost, floor),
    handOverBoard: out.hand.cost / Math.max(out.board.cost, floor),
  };
  return out;
}

/** 500 queues, no events, timers ticking: the board's busy share and DOM mutations per second. */
export async function atRest(browser, pageUrl, { seconds, throttle, seed, layout, log }) {
  const base = { mode: 'load', queues: 500, rate: 0, seed, layout, mutations: 1 };
  // The empty page's idle cost is flat: a shorter window measures it as well.
  const none = await runPage(
    browser,
    pageUrl,
    { ...base, view: 'none', seconds: Math.min(seconds, 10) },
    { throttle },
  );
  const board = await runPage(browser, pageUrl, { ...base, view: 'board', seconds }, { throttle });
  log?.(
    `  rest   ${(board.busyShare * 100).toFixed(2)} % busy, ${((board.mutations * 1000) / board.elapsedMs).toFixed(1)} mutations/s`,
  );
  return {
    seconds,
    ...summary(board, none),
    noneBusyShare: none.busyShare,
    mutationsPerSecond: (board.mutations * 1000) / board.elapsedMs,
  };
}

/** The agents chart over 500 queues under `rate` UPDATED/s. */
export async function chartLoad(browser, pageUrl, { rate, seconds, seed }) {
  const base = { mode: 'load', queues: 500, rate, seconds, seed };
  const none = await runPage(browser, pageUrl, { ...base, view: 'none' });
  const chart = await runPage(browser, pageUrl, { ...base, view: 'chart' });
  return {
    ...summary(chart, none),
    updatesPerSecond: (chart.chartUpdates * 1000) / chart.elapsedMs,
    maxCharts: chart.maxCharts,
  };
}

/** ENABLED with `queues` queues to the painted board: median of `runs` fresh pages. */
export async function firstRender(browser, pageUrl, { queues, runs, seed }) {
  const times = [];
  let rows = 0;
  for (let i = 0; i < runs; i += 1) {
    const result = await runPage(browser, pageUrl, { mode: 'first', queues, seed });
    times.push(result.firstRenderMs);
    rows = result.rows;
  }
  times.sort((a, b) => a - b);
  return {
    queues,
    medianMs: times[Math.floor(times.length / 2)],
    minMs: times[0],
    maxMs: times.at(-1),
    runs: times,
    rows,
  };
}

/** The long run: events, churn, lifecycles and mount/unmount cycles; heap and leftovers. */
export async function memory(browser, pageUrl, counts) {
  return runPage(browser, pageUrl, { mode: 'memory', queues: 500, ...counts });
}
