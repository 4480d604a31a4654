// What every data loader does with its result: JSON on stdout, or, for bad data, the
// problems on stderr (one line each, file:line: column …) and a failing exit code.
import {DataError} from "../lib/csv.js";

export function runLoader(produce: () => unknown): void {
  try {
    process.stdout.write(JSON.stringify(produce()));
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
