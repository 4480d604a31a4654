// `npm run check-data`: validate data/ without building; prints every problem, file:line: column.
import {loadDataset} from "../src/lib/dataset.js";
import {DataError} from "../src/lib/table.js";
import {DATA} from "./framework.js";

try {
  const dataset = loadDataset(DATA);
  for (const [table, rows] of Object.entries(dataset)) console.log(`${table}.csv: ${rows.length} rows ok`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
