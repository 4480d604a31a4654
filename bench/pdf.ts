// `npm run bench:pdf`: how long `npm run pdf` takes for the whole report (target ≤ 30 s on these
// 2-core machines), from the built dist/, median of --runs (default 3). Prints figures only.
import {mkdtempSync, rmSync} from "node:fs";
import {loadavg, tmpdir} from "node:os";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {writeDeckPdf} from "../scripts/pdf.js";

const {values} = parseArgs({options: {runs: {type: "string", default: "3"}, deck: {type: "string", default: "report"}}});
const dir = mkdtempSync(join(tmpdir(), "bench-pdf-"));
const times: number[] = [];
let slides = 0;
console.log(`load average before: ${loadavg()[0].toFixed(1)}`);
for (let run = 0; run < Number(values.runs); run++) {
  const result = await writeDeckPdf({deck: values.deck as "report", lang: "zh", inputs: new URLSearchParams(), out: join(dir, "deck.pdf")});
  slides = result.slides;
  times.push(result.seconds);
  console.log(`run ${run + 1}: ${result.slides} slides in ${result.seconds.toFixed(1)} s`);
}
rmSync(dir, {recursive: true, force: true});
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`${values.deck} deck: ${slides} slides, median ${median.toFixed(1)} s (target ≤ 30 s: ${median <= 30 ? "met" : `missed by ${(median - 30).toFixed(1)} s`}); load average after: ${loadavg()[0].toFixed(1)}`);
