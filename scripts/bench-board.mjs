#!/usr/bin/env node
/**
 * `npm run bench:board`: the queue board alone, quicker than `npm run bench`: 500 queues
 * at 2,000 and 50 UPDATED/s beside the naive and the hand-written baseline, at rest,
 * and the first render of 100 and 500 queues, in headless Chromium (scripts/bench/browser.mjs).
 * Prints the same table as `npm run bench` (rows of these sections), writes no file.
 *
 * Usage: node scripts/bench-board.mjs [--seconds 10] [--rest-seconds 20] [--throttle 1] [--seed 42]
 */
import { atRest, boardLoad, buildPage, firstRender, launch } from './bench/browser.mjs';
import { tableRows, textTable } from './bench/report.mjs';

const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
};
const seconds = option('seconds', 10);
const restSeconds = option('rest-seconds', 20);
const throttle = option('throttle', 1);
const seed = option('seed', 42);

const pageUrl = await buildPage();
const browser = await launch();
const results = {};
const log = (text) => console.log(text);
try {
  const section = (results[throttle > 1 ? 'throttled' : 'board'] = {});
  for (const rate of [2000, 50]) {
    console.log(`500 queues, ${rate} UPDATED/s for ${seconds} s`);
    section[rate] = await boardLoad(browser, pageUrl, { rate, seconds, throttle, seed, log });
  }
  console.log(`at rest for ${restSeconds} s`);
  section.rest = await atRest(browser, pageUrl, { seconds: restSeconds, throttle, seed, log });
  results.firstRender = [];
  for (const queues of [100, 500])
    results.firstRender.push(await firstRender(browser, pageUrl, { queues, runs: 5, seed }));
} finally {
  await browser.close();
}
console.log(`\n${textTable(tableRows(results))}`);
