// The package as a user gets it: `npm run build`, `npm pack`, the tarball unpacked into
// a scratch project (.package-check/node_modules/connects-wallboard), then every entry
// point of package.json's `exports` checked there: the Node-usable ones imported in a
// child Node process, the browser-only ones (elements, bundles) present with their
// types. The README's examples marked `<!-- checked: node -->` run there as written.
//
// Offline: nothing is installed. The scratch project sits inside this repository, so
// the package's own dependencies resolve to this project's node_modules, as they would
// to the user's.
//
// `node scripts/check-package.mjs` prints the report and exits non-zero on a failure;
// the suite runs it through the `package-check` test command (test/e2e/package.test.ts).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCRATCH = join(ROOT, '.package-check');
const INSTALLED = join(SCRATCH, 'node_modules', 'connects-wallboard');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Entry points that run in Node (no DOM): imported, with a name each must export. */
const NODE_ENTRIES = {
  '.': 'ConnectsStore',
  './cil': 'parseEvent',
  './store': 'ConnectsStore',
  './simulator': 'createSimulatedCil',
};

/** The README's code blocks marked to run in Node. */
export function readmeNodeExamples(readme) {
  const examples = [];
  const pattern = /<!-- checked: node -->\s*```(?:js|javascript)\n([\s\S]*?)```/g;
  for (let match = pattern.exec(readme); match; match = pattern.exec(readme)) {
    examples.push(match[1]);
  }
  return examples;
}

/** Every file an `exports` target names (wildcards expanded over the unpacked package). */
function targets(entry) {
  if (typeof entry === 'string') return [entry];
  return Object.values(entry).flatMap(targets);
}

function expand(target) {
  if (!target.includes('*')) return [target];
  const [before, after] = target.split('*');
  const base = before.slice(0, before.lastIndexOf('/') + 1);
  const dir = join(INSTALLED, base);
  const prefix = before.slice(base.length);
  const found = [];
  const walk = (path, rel) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const child = join(path, entry.name);
      const relChild = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child, relChild);
      else if (relChild.startsWith(prefix) && relChild.endsWith(after)) found.push(relChild);
    }
  };
  if (existsSync(dir)) walk(dir, '');
  return found.map((rel) => `${base}${rel}`);
}

export async function checkPackage({ build = true } = {}) {
  const checks = [];
  const check = (name, ok, detail = '') => checks.push({ name, ok: Boolean(ok), detail });
  try {
    if (build) await run(NPM, ['run', 'build'], { cwd: ROOT, maxBuffer: 64 << 20 });
    rmSync(SCRATCH, { recursive: true, force: true });
    mkdirSync(SCRATCH, { recursive: true });
    const { stdout } = await run(
      NPM,
      ['pack', '--json', '--ignore-scripts', '--pack-destination', SCRATCH],
      { cwd: ROOT, maxBuffer: 64 << 20 },
    );
    const [packed] = JSON.parse(stdout);
    const files = new Set(packed.files.map((f) => f.path));
    check('npm pack wrote a tarball', existsSync(join(SCRATCH, packed.filename)), packed.filename);
    mkdirSync(INSTALLED, { recursive: true });
    await run('tar', [
      '-xzf',
      join(SCRATCH, packed.filename),
      '-C',
      INSTALLED,
      '--strip-components=1',
    ]);
    writeFileSync(
      join(SCRATCH, 'package.json'),
      JSON.stringify({ name: 'package-check-scratch', private: true, type: 'module' }),
    );

    const pkg = JSON.parse(readFileSync(join(INSTALLED, 'package.json'), 'utf8'));
    check(
      'the tarball has no tests, demo or sources of the tools',
      ![...files].some(
        (f) =>
          /^(test|bench|scripts)\//.test(f) ||
          (f.startsWith('demo/') && f !== 'demo/sample-session.jsonl'),
      ),
    );
    for (const required of ['README.md', 'SECURITY.md', 'custom-elements.json', 'package.json']) {
      check(`the tarball holds ${required}`, files.has(required));
    }
    check('customElements names the manifest', pkg.customElements === 'custom-elements.json');
    check('types names a file that exists', existsSync(join(INSTALLED, pkg.types)), pkg.types);

    // Every exports target exists; every JS target has its types beside it.
    for (const [key, entry] of Object.entries(pkg.exports)) {
      for (const target of targets(entry)) {
        const found = expand(target);
        check(
          `exports["${key}"] -> ${target} exists`,
          found.length > 0 && found.every((f) => existsSync(join(INSTALLED, f))),
          found.slice(0, 3).join(', '),
        );
      }
      if (typeof entry === 'object' && entry.default?.endsWith('.js')) {
        check(`exports["${key}"] has types`, typeof entry.types === 'string');
      }
    }

    // sideEffects: exactly the modules that define elements (and the bundles).
    const defining = [];
    const walk = (dir) => {
      for (const entry of readdirSync(join(INSTALLED, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(rel);
        else if (
          rel.endsWith('.js') &&
          /\bcustomElements\.define\(|customElement\(['"]/.test(
            readFileSync(join(INSTALLED, rel), 'utf8'),
          )
        )
          defining.push(`./${rel}`);
      }
    };
    walk('dist/components');
    const sideEffects = new Set(pkg.sideEffects);
    const missing = defining.filter((f) => !sideEffects.has(f));
    check(
      'sideEffects lists every module that defines an element',
      missing.length === 0,
      missing.join(', '),
    );
    const extra = pkg.sideEffects.filter((f) => !existsSync(join(INSTALLED, f)));
    check('sideEffects names only files that exist', extra.length === 0, extra.join(', '));
    check(
      'sideEffects leaves out the model, store and simulator',
      !pkg.sideEffects.some((f) => f.startsWith('./dist/src/')),
    );

    // Node: import each Node-usable entry point by its package name.
    const probe = `
      const results = {};
      for (const [entry, name] of ${JSON.stringify(Object.entries(NODE_ENTRIES))}) {
        const specifier = entry === '.' ? 'connects-wallboard' : 'connects-wallboard/' + entry.slice(2);
        try {
          const module = await import(specifier);
          results[entry] = typeof module[name] === 'function' ? 'ok' : 'no ' + name;
        } catch (error) {
          results[entry] = String(error && error.message || error);
        }
      }
      const manifest = (await import('connects-wallboard/custom-elements.json', { with: { type: 'json' } })).default;
      results.tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
      console.log(JSON.stringify(results));`;
    writeFileSync(join(SCRATCH, 'probe.mjs'), probe);
    const probed = JSON.parse(
      (await run(process.execPath, ['probe.mjs'], { cwd: SCRATCH, timeout: 60_000 })).stdout,
    );
    for (const entry of Object.keys(NODE_ENTRIES)) {
      check(
        `import "${entry === '.' ? 'connects-wallboard' : `connects-wallboard/${entry.slice(2)}`}" in Node`,
        probed[entry] === 'ok',
        probed[entry],
      );
    }
    for (const tag of ['connects-wallboard', 'connects-store-provider']) {
      check(`custom-elements.json (by its export) lists <${tag}>`, probed.tags.includes(tag));
    }

    // The README's Node examples, as written, each in its own process: must exit by itself.
    const readme = readFileSync(join(INSTALLED, 'README.md'), 'utf8');
    const examples = readmeNodeExamples(readme);
    check('the README has examples checked in Node', examples.length > 0, String(examples.length));
    for (const [index, code] of examples.entries()) {
      const file = join(SCRATCH, `readme-example-${index + 1}.mjs`);
      writeFileSync(file, code);
      try {
        const result = await run(process.execPath, [file], { cwd: SCRATCH, timeout: 60_000 });
        check(
          `README example ${index + 1} runs and exits`,
          result.stderr.trim() === '',
          `${result.stdout.trim().split('\n').slice(-2).join(' | ')}${result.stderr}`,
        );
      } catch (error) {
        check(
          `README example ${index + 1} runs and exits`,
          false,
          `${error.killed ? 'did not exit within 60 s; ' : ''}${error.stderr ?? error.message}`.slice(
            0,
            2000,
          ),
        );
      }
    }
  } catch (error) {
    check('package check ran', false, String(error?.stack ?? error).slice(0, 4000));
  }
  return {
    ok: checks.every((c) => c.ok),
    checks,
    root: '/.package-check/node_modules/connects-wallboard/',
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const report = await checkPackage({ build: !process.argv.includes('--no-build') });
  for (const c of report.checks)
    console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${c.detail ? ` (${c.detail})` : ''}`);
  if (!report.ok) process.exitCode = 1;
}
