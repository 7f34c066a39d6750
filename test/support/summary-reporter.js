// Prints one line CI can read: "WTR: N passed, N failed, N skipped, N file errors".
// A test file that fails to load counts as a failure.
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, fileErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (session.errors?.length || (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length)) {
          totals.fileErrors++;
        }
      }
      process.stdout.write(
        `\nWTR: ${totals.passed} passed, ${totals.failed + totals.fileErrors} failed, ${totals.skipped} skipped, ${totals.fileErrors} file errors\n`,
      );
    },
  };
}
