// The watchlist's compare view: each sector's weight now and in a saved scenario, side by side,
// with the difference named in points ("+3.2 pts"). Pure: (allocations, options) -> Element.
import type {Allocation, SectorId} from "../../lib/allocation.js";
import {pick} from "../../lib/i18n.js";
import type {Lang} from "../../lib/lang.js";
import {pointsDifference} from "../../lib/scenario.js";
import {figure, type Column} from "../../ui/figure.js";

const TEXT = {
  zh: {
    title: (name: string) => `各行业权重：当前 vs 情景“${name}”`,
    sector: "行业",
    current: "当前 %",
    scenario: "情景 %",
    difference: "差异（当前 − 情景）",
    same: "两者的行业权重相同。",
    largest: (sector: string, difference: string) => `差异最大：${sector}，${difference}。`
  },
  en: {
    title: (name: string) => `Sector weights: current vs the scenario “${name}”`,
    sector: "Sector",
    current: "Current %",
    scenario: "Scenario %",
    difference: "Difference (current − scenario)",
    same: "The two have the same sector weights.",
    largest: (sector: string, difference: string) => `Largest difference: ${sector}, ${difference}.`
  }
};

export type WeightDifference = {
  sector: SectorId;
  sector_zh: string;
  sector_en: string;
  current: number;
  scenario: number;
  difference: number;
};

/** Each sector's weight (percent, as displayed) in both allocations, and current minus scenario in points. */
export function weightDifferences(current: Allocation, scenario: Allocation): WeightDifference[] {
  const other = new Map(scenario.sectors.map((row) => [row.sector, row.weightPct]));
  return current.sectors.map((row) => ({
    sector: row.sector,
    sector_zh: row.sector_zh,
    sector_en: row.sector_en,
    current: row.weightPct,
    scenario: other.get(row.sector) ?? 0,
    difference: row.weightPct - (other.get(row.sector) ?? 0)
  }));
}

export function weightComparison(
  current: Allocation,
  scenario: Allocation,
  {lang, name, source}: {lang: Lang; name: string; source: string}
): HTMLElement {
  const text = TEXT[lang];
  const rows = weightDifferences(current, scenario);
  const columns: Column<WeightDifference>[] = [
    {key: "sector", label: text.sector, value: (row) => pick(row, "sector", lang)},
    {key: "current", label: text.current, value: (row) => row.current.toFixed(1)},
    {key: "scenario", label: text.scenario, value: (row) => row.scenario.toFixed(1)},
    {key: "difference", label: text.difference, value: (row) => pointsDifference(row.difference, lang)}
  ];
  const largest = [...rows].sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference))[0];
  const note =
    !largest || Math.abs(largest.difference) < 0.05
      ? text.same
      : text.largest(pick(largest, "sector", lang), pointsDifference(largest.difference, lang));
  const element = figure({
    lang,
    title: text.title(name),
    rows,
    columns,
    source,
    fileName: "allocation-compare",
    note,
    tableRows: 12,
    view: "weight-compare"
  });
  return element;
}
