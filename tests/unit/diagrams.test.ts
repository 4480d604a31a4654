// @vitest-environment jsdom
// The concept diagrams draw the report's words in each language, from data/, with every box
// inside the drawing and none on top of another, at a phone's, a laptop's and a projector's width.
import {describe, expect, test} from "vitest";
import {openTableView} from "../fixtures/table-view.js";
import {
  agiFigure,
  architectureFigure,
  driversFigure,
  flowDiagram,
  flywheelFigure,
  foundationModelFigure,
  layerDiagram,
  loopDiagram,
  lostFigure,
  maasAdoptionFigure,
  maasFigure,
  modelTypesFigure,
  platformFigure,
  treeDiagram,
  type NarrativeData
} from "../../src/features/narrative/diagrams.js";
import {loadDataset} from "../../src/build/dataset.js";
import {reportList, reportText} from "../../src/lib/narrative.js";
import type {Lang} from "../../src/site/state.js";

const dataset = loadDataset();
const data: NarrativeData = {report_meta: dataset.report_meta, facts: dataset.facts};
const LANGS: Lang[] = ["zh", "en"];
const WIDTHS = [340, 700, 1400];

const text = (element: Element) => [...element.querySelectorAll("svg text")].map((t) => t.textContent).join(" | ");
// Lines of a label are tspans with no space between them, so labels are compared without whitespace.
const norm = (s: string) => s.replace(/\s/g, "");
const svgText = (element: Element) => norm(text(element).replace(/ \| /g, ""));

type Rect = {x: number; y: number; width: number; height: number};

/** The boxes of a drawing in its own coordinates (panels and loops are translated groups). */
function boxes(svg: SVGSVGElement, selector: string): Rect[] {
  return [...svg.querySelectorAll<SVGRectElement>(selector)].map((rect) => {
    let dx = 0;
    let dy = 0;
    for (let el: Element | null = rect.parentElement; el && el !== svg; el = el.parentElement) {
      const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute("transform") ?? "");
      if (m) {
        dx += Number(m[1]);
        dy += Number(m[2]);
      }
    }
    const n = (name: string) => Number(rect.getAttribute(name));
    return {x: n("x") + dx, y: n("y") + dy, width: n("width"), height: n("height")};
  });
}

function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
}

function expectTidy(svg: SVGSVGElement) {
  const [, , width, height] = svg.getAttribute("viewBox")!.split(" ").map(Number);
  const all = boxes(svg, ".deck-diagram-box > rect, .deck-diagram-chip");
  expect(all.length).toBeGreaterThan(0);
  for (const box of all) {
    expect(box.x).toBeGreaterThanOrEqual(-0.5);
    expect(box.y).toBeGreaterThanOrEqual(-0.5);
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5);
    expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5);
  }
  const main = boxes(svg, ".deck-diagram-box > rect");
  main.forEach((a, i) => main.slice(i + 1).forEach((b) => expect(overlap(a, b), `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false)));
  const chips = boxes(svg, ".deck-diagram-chip");
  chips.forEach((a, i) => chips.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
}

const FIGURES = [
  [1, foundationModelFigure],
  [2, agiFigure],
  [3, flywheelFigure],
  [4, driversFigure],
  [6, architectureFigure],
  [7, modelTypesFigure],
  [8, platformFigure],
  [9, maasFigure]
] as const;

describe.each(LANGS)("in %s", (lang) => {
  test.each(FIGURES.map(([n, fn]) => [n, fn] as const))("Fig. %i: numbered caption, accessible name, source, rows as CSV, tidy at every width", (number, draw) => {
    for (const width of WIDTHS) {
      const element = draw(data, {lang, width});
      const caption = element.querySelector("figcaption")!.textContent!;
      expect(caption).toBe(`${lang === "zh" ? "图表" : "Fig."} ${number} ${reportText(data.report_meta, `figure.${number}.caption`, lang)}`);
      expect(element.getAttribute("aria-label")).toBe(caption);
      const svg = element.querySelector("svg")!;
      expect(svg.getAttribute("role")).toBe("img");
      expect(svg.getAttribute("aria-label")).toBe(caption);
      expect(element.querySelector(".deck-source")!.textContent).toContain(reportText(data.report_meta, `figure.${number}.source`, lang));
      expect(element.querySelector("button.deck-csv")).not.toBeNull();
      expect(openTableView(element).querySelectorAll(".deck-table-view tbody tr").length).toBeGreaterThan(0);
      expectTidy(svg);
    }
  });

  test("Fig. 6: the five layers in the report's order, top to bottom, the technology layer marked as the core", () => {
    const element = architectureFigure(data, {lang, width: 900});
    const names = [...element.querySelectorAll(".deck-diagram-layer > text.deck-diagram-title")].map((t) => norm(t.textContent!));
    expect(names).toEqual(["terminal", "application", "capability", "technology", "base"].map((id) => norm(reportText(data.report_meta, `diagram.architecture.${id}`, lang))));
    const core = element.querySelector(".deck-diagram-emphasis")!;
    expect(norm(core.querySelector(".deck-diagram-title")!.textContent!)).toBe(norm(reportText(data.report_meta, "diagram.architecture.technology", lang)));
    expect(core.querySelector(".deck-diagram-tag")!.textContent).toBe(reportText(data.report_meta, "diagram.architecture.core", lang));
    for (const item of reportList(data.report_meta, "diagram.architecture.capability.items", lang)) expect(svgText(element)).toContain(norm(item));
    expect(openTableView(element).querySelectorAll(".deck-table-view tbody tr")).toHaveLength(5);
  });

  test("Fig. 9: MaaS's three layers and the middle layer paying to use the base layer's interfaces", () => {
    const element = maasFigure(data, {lang, width: 900});
    const names = [...element.querySelectorAll(".deck-diagram-layer > text.deck-diagram-title")].map((t) => norm(t.textContent!));
    expect(names).toEqual(["application", "middle", "base"].map((id) => norm(reportText(data.report_meta, `diagram.maas.${id}`, lang))));
    expect(svgText(element)).toContain(norm(reportText(data.report_meta, "diagram.maas.link", lang)));
    expect(openTableView(element).querySelectorAll(".deck-table-view tbody tr")).toHaveLength(3);
  });

  test("Fig. 3: both flywheels with every step, the shift between them, and the cost from facts.csv", () => {
    const element = flywheelFigure(data, {lang, width: 1000});
    const all = svgText(element);
    for (const kind of ["data", "wisdom"]) {
      expect(all).toContain(norm(reportText(data.report_meta, `diagram.flywheel.${kind}`, lang)));
      for (const step of reportList(data.report_meta, `diagram.flywheel.${kind}.steps`, lang)) expect(all).toContain(norm(step));
    }
    expect(all).toContain(norm(reportText(data.report_meta, "diagram.flywheel.shift", lang)));
    expect(all).toContain(lang === "zh" ? "约1%" : "about1%");
    // The number is the fact's, not the label's: change the fact and the drawing follows.
    const facts = data.facts.map((f) => (f.id === "wisdom-flywheel-cost-pct" ? {...f, value: 2} : f));
    expect(svgText(flywheelFigure({...data, facts}, {lang, width: 1000}))).toContain(lang === "zh" ? "约2%" : "about2%");
  });

  test("Fig. 7: general-purpose and specialised models, and the domain and industry models under the specialised", () => {
    const element = modelTypesFigure(data, {lang, width: 900});
    const titles = [...element.querySelectorAll(".deck-diagram-box text.deck-diagram-title")].map((t) => norm(t.textContent!));
    for (const id of ["root", "general", "specialised", "domain", "industry"]) {
      expect(titles.join("|")).toContain(norm(reportText(data.report_meta, `diagram.models.${id}`, lang)));
    }
    const parents = [...openTableView(element).querySelectorAll(".deck-table-view tbody tr")].map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent));
    const specialised = reportText(data.report_meta, "diagram.models.specialised", lang);
    expect(parents.filter((cells) => cells.includes(specialised)).length).toBeGreaterThanOrEqual(3); // itself and its two kinds
  });

  test("Fig. 1, 2, 4, 8: every step, element, driver and node of the report's text is drawn", () => {
    const has = (element: Element, items: string[]) => {
      const all = svgText(element);
      for (const item of items) expect(all).toContain(norm(item));
    };
    const m = data.report_meta;
    has(foundationModelFigure(data, {lang, width: 900}), ["data", "model", "tuning", "uses"].map((p) => reportText(m, `diagram.foundation.${p}`, lang)));
    has(agiFigure(data, {lang, width: 900}), reportList(m, "diagram.agi.elements", lang));
    has(driversFigure(data, {lang, width: 900}), [...reportList(m, "diagram.drivers.wheels", lang), reportText(m, "diagram.drivers.outcome", lang)]);
    has(platformFigure(data, {lang, width: 900}), [reportText(m, "diagram.platform.center", lang), reportText(m, "diagram.platform.gpt", lang), reportText(m, "diagram.platform.apps", lang)]);
  });

  test("the MaaS comparison: consumers and business/government side by side, a gap said as a gap", () => {
    const element = maasAdoptionFigure(data, {lang});
    const heads = [...element.querySelectorAll(".deck-compare-head [role=columnheader]")].map((c) => c.textContent);
    expect(heads.slice(1)).toEqual([reportText(data.report_meta, "term.consumer", lang), reportText(data.report_meta, "term.business-government", lang)]);
    expect(element.querySelectorAll(".deck-compare-row:not(.deck-compare-head)")).toHaveLength(5);
    expect(element.querySelectorAll(".deck-gap").length).toBeGreaterThan(0);
    expect(element.querySelector(".deck-gap")!.textContent).toBe(lang === "zh" ? "报告未述及" : "Not stated in the report");
  });

  test("a figure that cannot be drawn keeps its place, caption and source", () => {
    const element = lostFigure(data, 5, {lang});
    expect(element.id).toBe("fig-5");
    expect(element.querySelector("figcaption")!.textContent).toContain(reportText(data.report_meta, "figure.5.caption", lang));
    expect(element.querySelector(".deck-source")!.textContent).toContain(reportText(data.report_meta, "figure.5.source", lang));
    expect(element.querySelector("svg")).toBeNull();
  });
});

describe("the drawing primitives", () => {
  test("a flow turns from a row into a column on a narrow screen", () => {
    const spec = {steps: [{title: "A"}, {title: "B"}, {title: "C"}]};
    const rects = (width: number) => boxes(flowDiagram(spec, {width}), ".deck-diagram-box > rect");
    const wide = rects(900);
    expect(new Set(wide.map((r) => r.y)).size).toBe(1);
    const narrow = rects(300);
    expect(new Set(narrow.map((r) => r.x)).size).toBe(1);
    expect(narrow[1].y).toBeGreaterThan(narrow[0].y + narrow[0].height);
  });

  test("a tree becomes an indented list when its leaves would be too narrow", () => {
    const tree = {title: "root", children: [{title: "a"}, {title: "b"}, {title: "c"}, {title: "d"}]};
    const narrow = boxes(treeDiagram(tree, {width: 320}), ".deck-diagram-box > rect");
    expect(narrow.slice(1).every((r) => r.x > narrow[0].x)).toBe(true);
    const wide = boxes(treeDiagram(tree, {width: 900}), ".deck-diagram-box > rect");
    expect(new Set(wide.slice(1).map((r) => r.y)).size).toBe(1);
  });

  test("layers put a long item's text on several lines rather than past the edge", () => {
    const svg = layerDiagram({layers: [{name: "L", items: ["word ".repeat(40).trim()]}]}, {width: 360});
    expectTidy(svg);
    expect(svg.querySelectorAll(".deck-diagram-chip-text tspan").length).toBeGreaterThan(1);
  });

  test("loops of 2 to 6 nodes keep their boxes apart and inside, side by side or stacked", () => {
    for (const n of [2, 3, 4, 5, 6]) {
      for (const width of [340, 700, 1200]) {
        const panel = {title: "T", nodes: Array.from({length: n}, (_, i) => `节点 ${i + 1} 的一段较长的说明文字`), center: "中心"};
        expectTidy(loopDiagram([panel, panel], {width, join: "→"}));
      }
    }
  });

  test("every drawing is an <svg> scaled by its viewBox, with an arrowhead of its own", () => {
    const a = flowDiagram({steps: [{title: "A"}, {title: "B"}]}, {width: 500});
    const b = flowDiagram({steps: [{title: "A"}, {title: "B"}]}, {width: 500});
    expect(a.getAttribute("viewBox")).toMatch(/^0 0 500 \d+$/);
    expect(a.querySelector("marker")!.id).not.toBe(b.querySelector("marker")!.id);
  });
});
