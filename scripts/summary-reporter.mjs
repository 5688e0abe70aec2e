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
        const own = { passed: 0, failed: 0, skipped: 0 };
        if (session.testResults) countTests(session.testResults, own);
        // A file that broke outside its tests (import error, throwing hook, timeout,
        // crash) may still report passing tests: tests registered before the throw run.
        // Count the file itself as one failure whenever it has errors of its own or
        // failed without a failing test.
        const brokeOutsideTests =
          (session.errors?.length ?? 0) > 0 ||
          (session.passed === false && own.failed === 0) ||
          (session.status === 'FINISHED' && !session.testResults);
        if (brokeOutsideTests) own.failed += 1;
        counts.passed += own.passed;
        counts.failed += own.failed;
        counts.skipped += own.skipped;
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
