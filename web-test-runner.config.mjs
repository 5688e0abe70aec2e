import { esbuildPlugin } from '@web/dev-server-esbuild';
import { bundlesMiddleware } from './scripts/bundles-middleware.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { findChrome } from './scripts/find-chrome.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { e2eCommandsPlugin } from './scripts/e2e-commands.mjs';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  // The one-file bundles, built in memory, for the bundle tests.
  middleware: [bundlesMiddleware()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // Server commands of the end-to-end and package tests (test/e2e/).
    e2eCommandsPlugin(),
  ],
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
          // The soak tests (test/hardening) read the heap after a forced collection.
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
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
  // On a loaded machine a first page can take longer than the default 30 s to open; that
  // failed whole test files before any test ran.
  browserStartTimeout: 120_000,
  testFramework: {
    // Generous: on a 2-core machine shared by several suites, axe checks and property
    // tests pass 20 s with no fault. A hung test still fails.
    config: { timeout: 60000 },
  },
  testsFinishTimeout: 5 * 60 * 1000,
  reporters: [defaultReporter(), summaryReporter()],
};
