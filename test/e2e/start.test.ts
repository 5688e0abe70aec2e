import { expect } from '@open-wc/testing';
import { runJob } from './jobs.js';

/** What the `demo-start` server command reports (scripts/e2e-commands.mjs). */
interface DemoStart {
  readonly id: number;
  /** The port asked for (PORT). */
  readonly port: number;
  /** The address the script printed; `null` when it printed none. */
  readonly url: string | null;
  readonly stdout: string;
  readonly stderr: string;
  /** HTTP status of `/` at that address. */
  readonly status: number | null;
  readonly body: string;
}

const start = (portTaken: boolean) => runJob<DemoStart>('demo-start', { portTaken });
const stop = (id: number) => runJob('demo-stop', { id });

describe('npm start (scripts/start.mjs)', function () {
  this.timeout(180_000);

  it('serves the wallboard at the address it prints, on the port asked for', async () => {
    const run = await start(false);
    try {
      expect(run.url, run.stdout + run.stderr).to.equal(`http://localhost:${run.port}/`);
      expect(run.stdout).not.to.contain('in use');
      expect(run.status).to.equal(200);
      expect(run.body).to.contain('<connects-wallboard');
    } finally {
      await stop(run.id);
    }
  });

  it('when the port is taken, uses a free one and says so, without a stack trace', async () => {
    const run = await start(true);
    try {
      expect(run.url, run.stdout + run.stderr).to.be.a('string');
      const used = Number(new URL(run.url!).port);
      expect(used).to.be.greaterThan(0);
      expect(used).not.to.equal(run.port);
      expect(run.stdout).to.contain(`Port ${run.port} is in use; using port ${used} instead.`);
      expect(run.stderr).not.to.match(/\n\s+at /);
      expect(run.status).to.equal(200);
    } finally {
      await stop(run.id);
    }
  });
});
