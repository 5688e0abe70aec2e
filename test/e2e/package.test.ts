import { expect } from '@open-wc/testing';
import { runJob } from './jobs.js';

/** What scripts/check-package.mjs reports. */
interface PackageReport {
  readonly ok: boolean;
  readonly checks: readonly {
    readonly name: string;
    readonly ok: boolean;
    readonly detail: string;
  }[];
}

describe('the npm package, as packed', function () {
  // Builds (tsc, bundles, manifest), packs and unpacks: minutes on a loaded machine.
  this.timeout(900_000);

  it('npm pack, unpacked into a scratch project: every exports entry exists with its types, the Node entry points import, sideEffects names exactly the element definitions, the README Node examples run and exit', async () => {
    const report = await runJob<PackageReport>('package-check');
    const failed = report.checks.filter((c) => !c.ok);
    expect(
      failed.map((c) => `${c.name}: ${c.detail}`),
      'failed package checks',
    ).to.deep.equal([]);
    // Not vacuous: the checks that matter ran.
    const names = report.checks.map((c) => c.name);
    expect(names).to.include('import "connects-wallboard/store" in Node');
    expect(names).to.include('sideEffects lists every module that defines an element');
    expect(names.filter((n) => n.startsWith('README example')).length).to.be.at.least(2);
    expect(report.ok).to.equal(true);
  });
});
