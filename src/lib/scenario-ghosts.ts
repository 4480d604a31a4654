// The quadrant's ghosts: its dots at another scenario's prices. Apart from scenario.ts so that the
// header's scenario switcher, on every page, does not load the quadrant's view model.
import {QUADRANT_PARAMS} from "./quadrant-params.js";
import {buildQuadrantView, type PlottedModel} from "./quadrant-view.js";
import {scenarioValue, type ScenarioValues} from "./scenario.js";
import type {ModelComparison} from "./schema.js";

/** A plotted model as another scenario would place it: same score, that scenario's price. */
export type Ghost = {
  id: string;
  model: string;
  vendor: string;
  intelligence: number;
  /** Where the current view plots it. */
  price: number;
  /** Where the other scenario plots it. */
  ghostPrice: number;
  /** ghostPrice / price − 1: −0.5 when the other scenario halves it. */
  change: number;
  inQuadrant: boolean;
  ghostInQuadrant: boolean;
};

/**
 * The quadrant's dots at another scenario's prices: for each model the current view plots, where
 * the other scenario's price mix and what-if changes would put it (the current filters, snapshot
 * and thresholds stay, so the ghosts answer "what do their prices change here"). Models the other
 * scenario moves by less than `minChange` (relative) are left out: a ghost on its dot says nothing.
 */
export function scenarioGhosts(
  models: readonly ModelComparison[],
  current: {plotted: readonly PlottedModel[]; options: Parameters<typeof buildQuadrantView>[1]},
  otherValues: ScenarioValues,
  {minChange = 0.005}: {minChange?: number} = {}
): Ghost[] {
  const other = buildQuadrantView(models, {
    ...current.options,
    mix: scenarioValue(QUADRANT_PARAMS.mix, otherValues),
    changes: scenarioValue(QUADRANT_PARAMS.changes, otherValues)
  });
  const otherById = new Map(other.plotted.map((model) => [model.id, model]));
  const ghosts: Ghost[] = [];
  for (const model of current.plotted) {
    const then = otherById.get(model.id);
    if (!then) continue;
    const change = then.price / model.price - 1;
    if (!(Math.abs(change) >= minChange)) continue;
    ghosts.push({
      id: model.id,
      model: model.model,
      vendor: model.vendor,
      intelligence: model.intelligence,
      price: model.price,
      ghostPrice: then.price,
      change,
      inQuadrant: model.inQuadrant,
      ghostInQuadrant: then.inQuadrant
    });
  }
  return ghosts;
}
