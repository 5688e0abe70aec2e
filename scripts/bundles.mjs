// The one-file bundles: what they are, how they are built, their size budgets. Used by
// `npm run build` (scripts/build-bundles.mjs, which writes them to dist/) and by the test
// server, which builds them in memory so the bundle tests never read a stale dist/.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

/** Budgets, gzip bytes (1 kB = 1000 bytes). */
export const BUDGETS = {
  /** Everything except charts. */
  core: 25_000,
  /** Everything with charts. */
  full: 80_000,
};

/**
 * Ceilings for bundles already over their budget: the test suite fails past them, so an
 * overrun cannot grow unnoticed. The core bundle went over its 25 kB as soon as the first
 * element on the shared base landed (about 39 kB gzip with `<connects-agent-state>`: the store
 * alone is about 17 kB, lit 6 kB, the base with date-fns 7 kB). Raising a ceiling is a
 * decision: say why in the commit. Remove it once the bundle is back within budget.
 * The full bundle went over its 80 kB with `<connects-queue-chart>` (about 108 kB): the
 * Chart.js parts the charts register (bar and line, category and linear scales, legend,
 * tooltip) are 60.5 kB gzip alone, over a core of about 40 kB.
 * With the queue board and the call card the core is 59.6 kB and the full bundle 126 kB gzip:
 * both ceilings raised (62 / 130 kB) so the suite still catches growth; shrinking the core
 * (the store's size, the elements' templates) is open work.
 * With <connects-wallboard>, the board's paging measure and the charts' text size the full
 * bundle is 130.1 kB: ceilings 64 / 134 kB. What the bytes are (esbuild metafile, minified):
 * Chart.js 166 kB + @kurkle/color 8 kB; the elements 122 kB (board 31, call card 29, agent
 * state 20, chart 15, wallboard 11, shared base and catalogues 32); the store and parsers
 * about 45 kB; lit 19 kB; date-fns 17 kB before the locale cut. Collapsing the templates'
 * whitespace would save about 1.5 kB gzip and a newer target nothing; meeting 25 / 80 kB
 * would take fewer features in the core bundle and charts without Chart.js.
 */
export const CEILINGS = {
  core: 64_000,
  full: 134_000,
};

/**
 * The bundles: an ES module and its classic-script twin (an IIFE that sets
 * `window.ConnectsWallboard`, for hosts that only take `<script src>`, such as a
 * ServiceNow UI Script), each with every element (`full`) and without the charts (`core`).
 */
export const BUNDLES = [
  { file: 'connects-wallboard.js', entry: 'components/index.ts', format: 'esm', budget: 'full' },
  {
    file: 'connects-wallboard.classic.js',
    entry: 'components/index.ts',
    format: 'iife',
    budget: 'full',
  },
  {
    file: 'connects-wallboard-core.js',
    entry: 'components/elements.ts',
    format: 'esm',
    budget: 'core',
  },
  {
    file: 'connects-wallboard-core.classic.js',
    entry: 'components/elements.ts',
    format: 'iife',
    budget: 'core',
  },
];

/**
 * The elements use date-fns only for durations and relative times in words
 * (`formatDuration`, `formatDistanceStrict`), which read nothing of a locale but its
 * `formatDistance`. A full locale also carries the parser and month names (about 4 kB
 * gzip each, en-US included as date-fns's default): in the bundles every date-fns
 * locale module is cut down to its code and `formatDistance`. Format dates and clock
 * times with `Intl` (format.ts does), not with date-fns's `format`.
 */
const slimDateFnsLocales = {
  name: 'slim-date-fns-locales',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]date-fns[\\/]locale[\\/][\w-]+\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const distance = /import \{ formatDistance \} from ("[^"]+");/.exec(source);
      const name = /export const (\w+) = \{/.exec(source);
      const code = /code: ("[^"]+")/.exec(source);
      if (!distance || !name || !code) return undefined; // an unexpected shape: keep it whole
      return {
        contents: `import { formatDistance } from ${distance[1]};
export const ${name[1]} = { code: ${code[1]}, formatDistance };
export default ${name[1]};`,
        loader: 'js',
      };
    });
  },
};

/** Builds one bundle in memory; resolves with its code. */
export async function buildBundle(bundle, root = process.cwd()) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [bundle.entry],
    bundle: true,
    minify: true,
    format: bundle.format,
    ...(bundle.format === 'iife' ? { globalName: 'ConnectsWallboard' } : {}),
    target: 'es2021',
    // Lit's production build (no dev-mode warnings, smaller).
    conditions: ['production'],
    tsconfig: 'tsconfig.json',
    legalComments: 'eof',
    plugins: [slimDateFnsLocales],
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Builds every bundle; resolves with `{ file, code, bytes, gzip, budget, limit }` each. */
export async function buildBundles(root = process.cwd()) {
  return Promise.all(
    BUNDLES.map(async (bundle) => {
      const code = await buildBundle(bundle, root);
      return {
        ...bundle,
        code,
        bytes: Buffer.byteLength(code),
        gzip: gzipSync(code, { level: 9 }).length,
        limit: BUDGETS[bundle.budget],
        ceiling: CEILINGS[bundle.budget] ?? BUDGETS[bundle.budget],
      };
    }),
  );
}

/** The size table `npm run build` prints. */
export function sizeTable(results) {
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
  const rows = results.map((r) => [
    `dist/${r.file}`,
    kB(r.bytes),
    kB(r.gzip),
    `${kB(r.limit)} (${r.budget === 'core' ? 'without charts' : 'with charts'})`,
    r.gzip <= r.limit ? 'ok' : `OVER BUDGET (ceiling ${kB(r.ceiling)})`,
  ]);
  const header = ['bundle', 'minified', 'gzip -9', 'budget (gzip)', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}
