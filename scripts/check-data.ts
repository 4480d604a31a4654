// `npm run check-data`: validate data/ without building; prints every problem, file:line: column.
import {loadDataset, loadUserPrices} from "../src/build/dataset.js";
import {DataError} from "../src/lib/csv.js";
import {DATA} from "./framework.js";

try {
  const dataset = loadDataset(DATA);
  for (const [table, rows] of Object.entries(dataset)) console.log(`${table}.csv: ${rows.length} rows ok`);
  const prices = loadUserPrices(DATA);
  console.log(prices ? `prices.csv: ${prices.length} rows ok` : "prices.csv: none (optional: your own prices for the watchlist)");
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
