// Test-runner server commands for the end-to-end and package tests: things a browser
// test cannot do itself (start `npm start`'s server as a process, open its pages in
// a fresh browser tab at a TV's size, take screenshots, pack the package). The tests
// call them with `executeServerCommand`, so their results count in the suite's one
// counts line.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the screenshots go (git-ignored; CI keeps the folder as an artefact). */
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const require = createRequire(import.meta.url);

/** Listens on a free port until released; resolves with `{ port, release }`. */
function occupyPort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, () =>
      resolvePort({
        port: server.address().port,
        release: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/**
 * Runs `node scripts/start.mjs` (what `npm start` runs) with `PORT` set; resolves once
 * it printed its address (or ended, or 90 s passed) with what it printed.
 */
function startDemo(port) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  return new Promise((resolveStart) => {
    const done = (url) => {
      clearTimeout(timer);
      resolveStart({ child, url, stdout, stderr });
    };
    const timer = setTimeout(() => done(null), 90_000);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /Connects Wallboard demo: (http:\/\/\S+)/.exec(stdout);
      if (match) done(match[1]);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('exit', () => done(null));
  });
}

/** A script run in the page: every element, across shadow roots, as plain data. */
const snapshotElements = () => {
  const found = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.tagName.toLowerCase().startsWith('connects-')) {
        found.push({
          tag: el.tagName.toLowerCase(),
          status: el.getAttribute('status'),
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000),
        });
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
};

export function e2eCommandsPlugin() {
  const servers = new Map();
  const jobs = new Map();
  let nextId = 1;
  let nextJob = 1;
  return {
    name: 'connects-e2e-commands',
    async serverStop() {
      for (const child of servers.values()) child.kill();
      servers.clear();
    },
    async executeCommand({ command, payload, session }) {
      // The browser waits at most 20 s for a command's answer (fixed in the dev server),
      // and these take longer: a job starts at once and is polled until it is done.
      if (command === 'job-start') {
        const id = nextJob++;
        const job = { done: false, result: undefined, error: undefined };
        jobs.set(id, job);
        job.promise = run(payload.command, payload.payload, session).then(
          (result) => Object.assign(job, { done: true, result }),
          (error) => Object.assign(job, { done: true, error: String(error?.stack ?? error) }),
        );
        return { id };
      }
      if (command === 'job-result') {
        const job = jobs.get(payload.id);
        if (!job) return { done: true, error: `no job ${payload.id}` };
        await Promise.race([job.promise, new Promise((done) => setTimeout(done, 10_000))]);
        if (job.done) jobs.delete(payload.id);
        return { done: job.done, result: job.result, error: job.error };
      }
      return undefined;
    },
  };

  async function run(command, payload, session) {
    {
      switch (command) {
        case 'demo-start': {
          // payload.portTaken: start with the default port already in use.
          const taken = payload?.portTaken ? await occupyPort() : null;
          const port = taken
            ? taken.port
            : await occupyPort().then(async (p) => (await p.release(), p.port));
          const started = await startDemo(port);
          const id = nextId++;
          if (started.child.exitCode === null) servers.set(id, started.child);
          let status = null;
          let body = '';
          if (started.url) {
            const response = await fetch(
              new URL('/', started.url).href.replace('localhost', '127.0.0.1'),
            );
            status = response.status;
            body = await response.text();
          }
          await taken?.release();
          return {
            id,
            port,
            url: started.url,
            stdout: started.stdout,
            stderr: started.stderr,
            status,
            body,
          };
        }
        case 'demo-stop': {
          const child = servers.get(payload.id);
          servers.delete(payload.id);
          if (child) {
            const exited = new Promise((done) => child.once('exit', done));
            child.kill();
            await exited;
          }
          return true;
        }
        case 'e2e-page': {
          // Opens payload.url in a new tab of the test's browser at payload.width x
          // payload.height, waits until payload.ready (a function's source, run in the
          // page) returns true, runs axe, takes a screenshot.
          const browser = session.browser.getPage(session.id).browser();
          const context = await browser.createBrowserContext();
          try {
            const page = await context.newPage();
            const errors = [];
            page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
            page.on('console', (message) => {
              if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
            });
            await page.setViewport({ width: payload.width, height: payload.height });
            await page.goto(payload.url.replace('localhost', '127.0.0.1'), {
              waitUntil: 'load',
              timeout: 180_000,
            });
            let ready = true;
            try {
              await page.waitForFunction(`(${payload.ready})()`, {
                timeout: payload.timeout ?? 60_000,
                polling: 250,
              });
            } catch {
              ready = false;
            }
            const elements = await page.evaluate(snapshotElements);
            const size = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              scrollHeight: document.documentElement.scrollHeight,
              innerWidth,
              innerHeight,
            }));
            await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
            const violations = await page.evaluate(async () => {
              const result = await globalThis.axe.run(document, {
                resultTypes: ['violations'],
              });
              return result.violations.map((v) => ({
                id: v.id,
                impact: v.impact,
                help: v.help,
                targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)),
              }));
            });
            mkdirSync(join(ARTIFACTS, 'e2e'), { recursive: true });
            const screenshot = join(ARTIFACTS, 'e2e', `${payload.name}.png`);
            await page.screenshot({ path: screenshot });
            return { ready, elements, size, violations, errors, screenshot };
          } finally {
            await context.close();
          }
        }
        case 'package-check': {
          const { checkPackage } = await import('./check-package.mjs');
          return checkPackage();
        }
        default:
          throw new Error(`unknown job ${command}`);
      }
    }
  }
}
