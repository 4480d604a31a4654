// Vitest global set-up: the chart modules under test import src/vendor/plot.js, which the build
// generates (src/build/plot-bundle.ts); a fresh clone has none until this writes it.
import {bundlePlot} from "../../src/build/plot-bundle.js";

export default async function setup(): Promise<void> {
  await bundlePlot();
}
