// Data loader: data/speaker_notes.csv, validated against the schema and every slide of every
// page, as an array of {page, slide, zh, en, source} for the presenter window.
import {DATA_DIR} from "../build/dataset.js";
import {runLoader} from "../build/loader.js";
import {loadSpeakerNotes} from "../build/speaker-notes.js";

runLoader(() => loadSpeakerNotes(DATA_DIR));
