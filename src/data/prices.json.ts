// Data loader: the user's own closing prices, data/prices.csv, validated, when the file is
// there ({available: false} when it is not: the product ships no market data). A bad file
// stops the build with FILE:LINE: column … messages, like every data file.
import {PRICE_FILE, loadUserPrices} from "../build/dataset.js";
import {runLoader} from "../build/loader.js";

runLoader(() => {
  const rows = loadUserPrices();
  return rows ? {available: true, file: `data/${PRICE_FILE}`, rows} : {available: false};
});
