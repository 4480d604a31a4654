// Data loader: every table of data/, validated once, as one archive of JSON files
// (tables/<table>.json), so a page fetches only the tables it shows: Framework extracts
// each file a page attaches, FileAttachment("data/tables/vendors.json"), at build.
import {loadDataset} from "../build/dataset.js";
import {runArchiveLoader, tableArchive} from "../build/loader.js";

runArchiveLoader(() => tableArchive(loadDataset()));
