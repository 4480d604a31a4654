// The quadrant's sources and notes as a reader sees them: every outside source by name in the
// reader's language, and where model_comparison.csv and the report's Fig. 12 disagree, the
// report's value in the data (data/README.md: the report wins) and the outside one named.
import {describe, expect, test} from "vitest";
import {loadDataset} from "../../src/build/dataset.js";
import {REPORT_CONFLICTS, conflictNotes, conflictValue, inReportWords, modelNotes, sourceName} from "../../src/features/quadrant/sources.js";

const dataset = loadDataset();
const rows = dataset.model_comparison;
const fig12 = new Map(dataset.openai_models.map((row) => [row.id, row]));

describe("sources by name", () => {
  test("every source in model_comparison.csv has a name in both languages, with no repository path", () => {
    const sources = new Set(rows.flatMap((row) => [row.source_intelligence, row.source_speed, row.source_price].filter(Boolean) as string[]));
    expect(sources.size).toBeGreaterThan(0);
    for (const source of sources) {
      for (const lang of ["zh", "en"] as const) {
        const name = sourceName(source, lang)!;
        expect(name, source).not.toBe(source);
        expect(name).not.toMatch(/github\.com|\.md\b|\.ts\b|\/_posts\//);
      }
      expect(sourceName(source, "zh")).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("where the data and Fig. 12 disagree", () => {
  const conflicts = Object.entries(REPORT_CONFLICTS);
  test("the data holds the report's value, and the row's notes say so", () => {
    expect(conflicts.length).toBeGreaterThan(0);
    for (const [id, list] of conflicts) {
      const row = rows.find((r) => r.id === id)!;
      expect(row, id).toBeDefined();
      for (const conflict of list) {
        expect(conflictValue(row, conflict.field)).toBe(conflict.report);
        expect(row.notes).toContain("Fig. 12 differs");
        expect(row.notes).toContain(conflict.outside.split("/")[0]);
      }
    }
  });

  test("the report's values are Fig. 12's: the o1 series (o1, o1-mini) at $15/$60 from 2024-09, o3-mini from 2025-02", () => {
    const o1Series = fig12.get("o1-series")!;
    const o3mini = fig12.get("o3-mini")!;
    expect([o1Series.released, o1Series.input_usd_per_mtok, o1Series.output_usd_per_mtok]).toEqual(["2024-09", 15, 60]);
    expect(o3mini.released).toBe("2025-02");
    const o1mini = rows.find((r) => r.id === "o1-mini")!;
    expect([o1mini.input_usd_per_mtok, o1mini.output_usd_per_mtok, o1mini.released]).toEqual([15, 60, "2024-09"]);
    expect(rows.find((r) => r.id === "o1")!.released).toBe("2024-09");
    expect(rows.find((r) => r.id === "o3-mini-high")!.released).toBe("2025-02");
  });

  test("a Chinese reader reads the disagreement in Chinese, an English reader in English, and no English note on a Chinese page", () => {
    const zh = conflictNotes("o1-mini", "zh").join("");
    expect(zh).toContain("与报告图表 12 不同");
    expect(zh).toContain("$15 / $60");
    expect(zh).toContain("$1.1 / $4.4");
    expect(conflictNotes("o1", "en").join("")).toContain("2024-12-17");
    // Every note has its Chinese version (notes_zh), with the disagreement in it where there is one.
    for (const row of rows) {
      expect(Boolean(row.notes_zh), row.id).toBe(Boolean(row.notes));
      const note = modelNotes(row, "zh");
      expect(note).not.toMatch(/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/);
      if (REPORT_CONFLICTS[row.id]) expect(note, row.id).toContain("与报告图表 12 不同");
    }
    expect(modelNotes(rows.find((r) => r.id === "deepseek-r1")!, "zh")).toContain("二手来源");
    // A row without notes_zh shows only the disagreement, in Chinese, never the English note.
    const bare = {...rows.find((r) => r.id === "o1-mini")!, notes_zh: null};
    expect(modelNotes(bare, "zh")).toMatch(/^与报告图表 12 不同/);
  });
});

test("what the report says of each model reads in Chinese on a Chinese page", () => {
  const said = rows.filter((row) => row.in_report).map((row) => inReportWords(row.in_report!, "zh"));
  expect(said.length).toBeGreaterThan(0);
  for (const text of said) expect(text).not.toMatch(/[a-z]{4,}/);
});
