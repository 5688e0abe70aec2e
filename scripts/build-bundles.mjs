// `npm run build`: writes the one-file bundles to dist/ and prints their sizes; fails
// when one is over its budget.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildBundles, sizeTable } from './bundles.mjs';

const results = await buildBundles();
mkdirSync('dist', { recursive: true });
for (const result of results) writeFileSync(`dist/${result.file}`, result.code);
console.log(sizeTable(results));
if (results.some((r) => r.gzip > r.limit)) {
  console.error('A bundle is over its size budget.');
  process.exitCode = 1;
}
