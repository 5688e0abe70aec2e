// Prints one line that is only the counts, e.g. `wtr: 12 passed, 0 failed, 1 skipped`,
// as the very last line of a run. CI greps for it; wtr's own summary is wrapped in
// progress bars and terminal codes. A test file that failed to load counts as a failure.

function countTests(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countTests(child, counts);
}

export function summaryReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countTests(session.testResults, counts);
        const brokeOutsideTests =
          !session.passed &&
          (session.errors?.length ?? 0) > 0 &&
          !session.testResults?.tests.length;
        if (brokeOutsideTests || (session.status === 'FINISHED' && !session.testResults)) {
          counts.failed += 1;
        }
      }
      // Printed after wtr's dynamic terminal output has settled.
      process.on('exit', () => {
        process.stdout.write(
          `\nwtr: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
        );
      });
    },
  };
}
