#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark in one run, a table of each figure beside its target
 * (PASS/MISS), and `bench/results.json`.
 *
 * - Node: the store and parser benchmarks (`bench/<name>.bench.ts`, bundled with esbuild
 *   into `.bench/` and run with `node --expose-gc`).
 * - Headless Chromium (scripts/bench/browser.mjs, page bench/browser/page.ts): the board
 *   under load beside two baselines, at rest, 4× CPU-throttled, the agents chart under
 *   the flood, the first render, and memory over a long run.
 * - The one-file bundles' gzip sizes (scripts/bundles.mjs).
 *
 * Usage:
 *   node scripts/bench.mjs [--quick] [--only store,parse,board,throttled,chart,first,memory,bundle]
 *                          [--seconds 10] [--rest-seconds 60] [--cycles 1000] [--seed 42]
 *   node scripts/bench.mjs <name> [args]   one Node benchmark alone (bench/<name>.bench.ts)
 *   node scripts/bench.mjs --markdown [results.json]   the last run's table as Markdown
 *
 * Everything is seeded: the same seed gives the same event stream. Timings depend on the
 * machine and its load; the load average is written into the results.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);

/** Bundles `bench/<name>.bench.ts` and runs it; returns its exit status. */
async function runNodeBench(name, args, env = {}) {
  const entry = join(root, 'bench', `${name}.bench.ts`);
  if (!existsSync(entry)) {
    console.error(`no benchmark ${entry}`);
    process.exit(2);
  }
  const outdir = join(root, '.bench');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `${name}.bench.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, ...env },
  });
  return run.status ?? 1;
}

// The table of the last run as Markdown (for the README).
if (argv[0] === '--markdown') {
  const { markdownTable } = await import('./bench/report.mjs');
  const file = resolve(root, argv[1] ?? join('bench', 'results.json'));
  console.log(markdownTable(JSON.parse(readFileSync(file, 'utf8')).table));
  process.exit(0);
}

// One Node benchmark by name, as before (`npm run bench:store`, `npm run bench:parse`).
if (argv[0] && !argv[0].startsWith('--')) {
  if (!/^[\w-]+$/.test(argv[0])) {
    console.error('usage: node scripts/bench.mjs <name>   (runs bench/<name>.bench.ts)');
    process.exit(2);
  }
  process.exit(await runNodeBench(argv[0], argv.slice(1)));
}

const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback;
};
const quick = argv.includes('--quick');
const SECTIONS = ['store', 'parse', 'board', 'throttled', 'chart', 'first', 'memory', 'bundle'];
const only = new Set(option('only', SECTIONS.join(',')).split(','));
for (const name of only) {
  if (!SECTIONS.includes(name)) {
    console.error(`unknown section ${name}; sections: ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
}
const settings = {
  quick,
  seed: Number(option('seed', 42)),
  seconds: Number(option('seconds', quick ? 3 : 10)),
  restSeconds: Number(option('rest-seconds', quick ? 10 : 60)),
  firstRuns: quick ? 3 : 5,
  memory: {
    queues: Number(option('memory-queues', 10)),
    events: Number(option('events', quick ? 500_000 : 5_000_000)),
    churn: Number(option('churn', quick ? 1_000 : 10_000)),
    lifecycles: Number(option('lifecycles', quick ? 10_000 : 100_000)),
    cycles: Number(option('cycles', quick ? 20 : 200)),
  },
};
const outFile = resolve(root, option('out', join('bench', 'results.json')));

const results = {
  date: new Date().toISOString(),
  command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    node: process.version,
    platform: process.platform,
  },
  settings,
  load: [],
};
const noteLoad = (section) => {
  const [one, five] = loadavg();
  results.load.push({ section, loadavg1: +one.toFixed(2), loadavg5: +five.toFixed(2) });
  if (one > 4)
    console.warn(
      `  (load average ${one.toFixed(1)}: other work on this machine skews the figures)`,
    );
};
const started = Date.now();
const log = (text) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${text}`);

const nodeArgs = quick ? ['--quick'] : [];
for (const name of ['store', 'parse']) {
  if (!only.has(name)) continue;
  log(`${name} benchmark (Node)`);
  noteLoad(name);
  const file = join(root, '.bench', `${name}-results.json`);
  const status = await runNodeBench(name, nodeArgs, { BENCH_OUT: file });
  if (status !== 0) process.exit(status);
  results[name] = JSON.parse(readFileSync(file, 'utf8'));
}

const browserSections = ['board', 'throttled', 'chart', 'first', 'memory'].filter((s) =>
  only.has(s),
);
if (browserSections.length > 0) {
  const browserBench = await import('./bench/browser.mjs');
  const pageUrl = await browserBench.buildPage();
  const browser = await browserBench.launch();
  results.machine.chromium = await browser.version();
  const { seed, seconds, restSeconds } = settings;
  const sub = (text) => log(text);
  try {
    for (const [section, throttle] of [
      ['board', 1],
      ['throttled', 4],
    ]) {
      if (!only.has(section)) continue;
      results[section] = {};
      for (const rate of [2000, 50]) {
        log(
          `${section}: 500 queues, ${rate} UPDATED/s for ${seconds} s${throttle > 1 ? `, CPU ${throttle}× throttled` : ''}`,
        );
        noteLoad(`${section} ${rate}/s`);
        results[section][rate] = await browserBench.boardLoad(browser, pageUrl, {
          rate,
          seconds,
          throttle,
          seed,
          log: sub,
        });
      }
      log(`${section}: at rest for ${restSeconds} s`);
      noteLoad(`${section} rest`);
      results[section].rest = await browserBench.atRest(browser, pageUrl, {
        seconds: restSeconds,
        throttle,
        seed,
        log: sub,
      });
    }
    if (only.has('chart')) {
      log(`chart: agents chart, 500 queues, 2000 UPDATED/s for ${seconds} s`);
      noteLoad('chart');
      results.chart = await browserBench.chartLoad(browser, pageUrl, { rate: 2000, seconds, seed });
    }
    if (only.has('first')) {
      log('first render: ENABLED with 100 and 500 queues');
      noteLoad('first');
      results.firstRender = [];
      for (const queues of [100, 500]) {
        results.firstRender.push(
          await browserBench.firstRender(browser, pageUrl, {
            queues,
            runs: settings.firstRuns,
            seed,
          }),
        );
      }
    }
    if (only.has('memory')) {
      const m = settings.memory;
      log(
        `memory: ${m.events} events, ${m.churn} churn cycles, ${m.lifecycles} lifecycles, ${m.cycles} mount cycles of each element`,
      );
      noteLoad('memory');
      const { query: _query, ...memory } = await browserBench.memory(browser, pageUrl, {
        ...m,
        seed,
      });
      results.memory = memory;
    }
  } finally {
    await browser.close();
  }
}

if (only.has('bundle')) {
  log('bundles');
  const { buildBundles } = await import('./bundles.mjs');
  results.bundles = (await buildBundles(root))
    .filter((b) => b.format === 'esm')
    .map(({ file, budget, bytes, gzip, limit, ceiling }) => ({
      file,
      budget,
      bytes,
      gzip,
      limit,
      ceiling,
    }));
}
noteLoad('end');
results.seconds = (Date.now() - started) / 1000;

const { tableRows, textTable } = await import('./bench/report.mjs');
results.table = tableRows(results);
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\n${textTable(results.table)}\n`);
const misses = results.table.filter((row) => row.status === 'MISS').length;
console.log(
  `${misses} target(s) missed. Load average during the run: ` +
    `${Math.min(...results.load.map((l) => l.loadavg1))}–${Math.max(...results.load.map((l) => l.loadavg1))} ` +
    `(${results.machine.cpus} cores). Written to ${outFile} in ${results.seconds.toFixed(0)} s.`,
);
