#!/usr/bin/env node
/**
 * Where a browser benchmark's main-thread time goes: runs one page of the benchmark
 * (unminified, so names are readable) under the DevTools CPU profiler and prints the
 * functions with the most self time, and the time under a few entry points (total time).
 *
 * Usage: node scripts/bench/profile.mjs "mode=load&view=board&rate=2000&seconds=5" [--throttle 4] [--top 25]
 */
import { buildPage, launch, runPage } from './browser.mjs';

const query = Object.fromEntries(
  new URLSearchParams(process.argv[2] ?? 'mode=load&view=board&rate=2000&seconds=5'),
);
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const top = option('top', 25);
const pageUrl = await buildPage({ minify: false });
const browser = await launch();
const profile = {};
let result;
try {
  result = await runPage(browser, pageUrl, query, { throttle: option('throttle', 1), profile });
} finally {
  await browser.close();
}
const { nodes, samples, timeDeltas } = profile.cpuProfile;
const byId = new Map(nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const selfMs = new Map();
for (let i = 0; i < samples.length; i += 1)
  selfMs.set(samples[i], (selfMs.get(samples[i]) ?? 0) + (timeDeltas[i] ?? 0) / 1000);
const label = (node) => {
  const f = node.callFrame;
  const file = f.url ? f.url.split('/').pop() : '';
  return `${f.functionName || '(anonymous)'} ${file}${f.url ? `:${f.lineNumber + 1}` : ''}`;
};
// Self time per function; total time per function (each sample counted once per function on its stack).
const self = new Map();
const total = new Map();
let all = 0;
for (const [id, ms] of selfMs) {
  all += ms;
  const node = byId.get(id);
  self.set(label(node), (self.get(label(node)) ?? 0) + ms);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at));
    if (seen.has(name)) continue;
    seen.add(name);
    total.set(name, (total.get(name) ?? 0) + ms);
  }
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(
      `${ms.toFixed(0).padStart(8)} ms ${((ms / all) * 100).toFixed(1).padStart(5)} %  ${name}`,
    );
};
console.log(
  `${JSON.stringify(query)}: ${all.toFixed(0)} ms sampled; busy share ${(result.busyShare * 100).toFixed(1)} %`,
);
print('Self time', self);
print('Total time (self and callees)', total);
