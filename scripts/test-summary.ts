// Prints one closing line, "N passed, N failed", over both vitest suites' JSON reports.
import {existsSync, readFileSync} from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of ["unit", "browser"]) {
  const file = `test-results/${suite}.json`;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
