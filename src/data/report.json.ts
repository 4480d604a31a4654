// Data loader: every table of data/, validated, as one JSON document for the pages.
import {loadDataset} from "../build/dataset.js";
import {runLoader} from "../build/loader.js";

runLoader(() => loadDataset());
