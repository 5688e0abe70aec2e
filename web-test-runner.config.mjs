import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundlesMiddleware } from './scripts/bundles-middleware.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // The one-file bundles, built in memory, for the bundle tests.
  middleware: [bundlesMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
      // Test files run side by side. As tabs of one window, all but one would be
      // hidden and get no animation frames (open-wc's fixture waits for one); a
      // browser context per page gives each its own visible window.
      createPage: async ({ browser }) => {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => void context.close().catch(() => {}));
        return page;
      },
    }),
  ],
  concurrency: 2,
  // Under the shared machine's load (30-60 on 2 cores) the first page took over the
  // default 30 s to open, failing a test file with no fault of its own.
  browserStartTimeout: 120_000,
  testFramework: {
    // Generous: on a 2-core machine shared by several suites, axe checks and property
    // tests pass 20 s with no fault. A hung test still fails.
    config: { timeout: 60000 },
  },
  // Starting a page can take long when several suites share the 2 cores.
  browserStartTimeout: 120_000,
  testsFinishTimeout: 5 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter()],
};
