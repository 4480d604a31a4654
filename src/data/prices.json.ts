// Data loader: the user's own closing prices, data/prices.csv, validated, when the file is
// there ({available: false} when it is not: the product ships no market data). A bad file
// stops the build with FILE:LINE: column … messages, like every data file.
import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {DATA_DIR} from "../lib/dataset.js";
import {runLoader} from "../lib/loader.js";
import {parsePriceFile} from "../lib/performance.js";

export const PRICE_FILE = "prices.csv";

runLoader(() => {
  const path = join(DATA_DIR, PRICE_FILE);
  if (!existsSync(path)) return {available: false};
  return {available: true, file: `data/${PRICE_FILE}`, rows: parsePriceFile(`data/${PRICE_FILE}`, readFileSync(path, "utf8"))};
});
