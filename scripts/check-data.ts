// `npm run check-data`: validate data/ without building; prints every problem, file:line: column.
import {SCENARIOS_FILE, loadDataset, loadShippedScenarios, loadUserPrices} from "../src/build/dataset.js";
import {SPEAKER_NOTES_FILE, loadSpeakerNotes} from "../src/build/speaker-notes.js";
import {DataError} from "../src/lib/csv.js";
import {DATA} from "./framework.js";

try {
  const dataset = loadDataset(DATA);
  for (const [table, rows] of Object.entries(dataset)) console.log(`${table}.csv: ${rows.length} rows ok`);
  const prices = loadUserPrices(DATA);
  console.log(prices ? `prices.csv: ${prices.length} rows ok` : "prices.csv: none (optional: your own prices for the watchlist)");
  console.log(`${SPEAKER_NOTES_FILE}: ${loadSpeakerNotes(DATA).length} notes ok, one for every slide of every page`);
  console.log(`${SCENARIOS_FILE}: ${loadShippedScenarios(DATA).length} scenarios ok, every value valid for its parameter`);
} catch (error) {
  if (!(error instanceof DataError)) throw error;
  console.error(error.message);
  process.exit(1);
}
