#!/usr/bin/env node
/**
 * Runs a benchmark: bundles `bench/<name>.bench.ts` with esbuild (platform node, ESM)
 * into `.bench/` (git-ignored) and runs it with `node --expose-gc`, so the benchmark
 * can measure the heap after a forced collection.
 *
 * Usage: node scripts/bench.mjs <name> [arguments passed to the benchmark]
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...rest] = process.argv.slice(2);
if (!name || !/^[\w-]+$/.test(name)) {
  console.error('usage: node scripts/bench.mjs <name>   (runs bench/<name>.bench.ts)');
  process.exit(2);
}
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
const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...rest], {
  stdio: 'inherit',
  cwd: root,
});
process.exit(run.status ?? 1);
