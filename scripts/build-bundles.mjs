// `npm run build`: writes the one-file bundles to dist/ and prints their sizes against
// their budgets.
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildBundles, sizeTable } from './bundles.mjs';

const results = await buildBundles();
mkdirSync('dist', { recursive: true });
for (const result of results) writeFileSync(`dist/${result.file}`, result.code);
console.log(sizeTable(results));
// The test suite enforces budgets and ceilings; the build reports them and goes on.
for (const r of results.filter((r) => r.gzip > r.limit)) {
  console.warn(`dist/${r.file} is over its ${r.limit / 1000} kB gzip budget.`);
}
