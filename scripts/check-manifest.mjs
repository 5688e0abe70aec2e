// Fails when the committed custom-elements.json no longer matches the elements' JSDoc,
// so the published manifest cannot drift from the code. Fix: `npm run analyze`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.cwd();
const scratch = mkdtempSync(join(root, '.manifest-check-'));
try {
  execFileSync(
    join(root, 'node_modules/.bin/cem'),
    [
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(root, scratch),
    ],
    { stdio: 'ignore' },
  );
  const fresh = readFileSync(join(scratch, 'custom-elements.json'), 'utf8');
  const committed = readFileSync(join(root, 'custom-elements.json'), 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit it.');
    process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
