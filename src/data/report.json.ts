// Data loader: every table of data/, validated, as one JSON document for the pages.
import {loadDataset} from "../lib/dataset.js";
import {runLoader} from "../lib/loader.js";

runLoader(() => loadDataset());
