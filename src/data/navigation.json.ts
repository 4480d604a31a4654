// Data loader: the report's chapters and the pages built so far, for the cover's navigation.
import {builtChapters} from "../build/chapters.js";
import {runLoader} from "../build/loader.js";

runLoader(() => builtChapters());
