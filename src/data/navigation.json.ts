// Data loader: the report's chapters and the pages built so far, for the cover's navigation.
import {builtChapters} from "../lib/chapters.js";
import {runLoader} from "../lib/loader.js";

runLoader(() => builtChapters());
