#!/usr/bin/env node
/**
 * `npm run soak`: a simulated week with every element mounted (test/hardening/soak.week.ts)
 * in headless Chromium through the test runner; prints heap, DOM nodes, listeners,
 * timers, charts and history sizes every six simulated hours. Takes a few minutes.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = spawnSync(
  process.execPath,
  [
    resolve(root, 'node_modules/@web/test-runner/dist/bin.js'),
    '--files',
    'test/hardening/soak.week.ts',
  ],
  { stdio: 'inherit', cwd: root },
);
process.exit(run.status ?? 1);
