// @vitest-environment jsdom
import {csvParse} from "d3-dsv";
import {describe, expect, test} from "vitest";
import {figure, sourceLine, toCsv, type Column} from "../../src/ui/figure.js";
import {openTableView} from "../fixtures/table-view.js";

type Row = {name: string; price: number | null; sizes: number[]};
const rows: Row[] = [
  {name: "GPT-4", price: 30, sizes: [1, 2]},
  {name: "GPT-3", price: null, sizes: []}
];
const columns: Column<Row>[] = [
  {key: "name", label: "Model"},
  {key: "price", label: "Price"},
  {key: "sizes", label: "Sizes"}
];

describe("toCsv", () => {
  test("writes the columns, gaps as empty cells, lists with ';', and the source on every row", () => {
    const parsed = csvParse(toCsv(rows, columns, "report Fig. 12"));
    expect(parsed.columns).toEqual(["name", "price", "sizes", "source"]);
    expect(parsed[0]).toEqual({name: "GPT-4", price: "30", sizes: "1;2", source: "report Fig. 12"});
    expect(parsed[1]).toEqual({name: "GPT-3", price: "", sizes: "", source: "report Fig. 12"});
  });

  test("keeps the rows' own source column when they have one", () => {
    const own = toCsv([{a: 1, source: "report Fig. 19"}], [{key: "a", label: "A"}, {key: "source", label: "S"}], "ignored");
    expect(csvParse(own)[0].source).toBe("report Fig. 19");
  });
});

describe("figure", () => {
  test("has an accessible name, a caption, the source under it, a table view and a CSV button", () => {
    const chart = document.createElement("svg");
    const element = figure({lang: "en", title: "Fig. 12 OpenAI prices", chart, rows, columns, source: "report Fig. 12", fileName: "prices"});
    expect(element.getAttribute("aria-label")).toBe("Fig. 12 OpenAI prices");
    expect(element.querySelector("figcaption")?.textContent).toBe("Fig. 12 OpenAI prices");
    expect(element.querySelector(".deck-source")?.textContent).toBe("Source: Report Fig. 12");
    expect(element.querySelector("details summary")?.textContent).toBe("Table view (2 rows)");
    expect(element.querySelector("details table")).toBeNull(); // built when first opened
    expect(openTableView(element).querySelector("details table")).not.toBeNull();
    expect(element.querySelector("button.deck-csv")?.textContent).toBe("Download CSV");
  });

  test("update redraws in place: the frame, caption and focus stay; the chart, rows and note change", () => {
    const first = document.createElement("svg");
    const element = figure({lang: "en", title: "Live", chart: first, rows, columns, source: "report Fig. 12", fileName: "live"});
    document.body.append(element);
    const caption = element.querySelector("figcaption");
    const button = element.querySelector<HTMLButtonElement>("button.deck-csv")!;
    button.focus();
    const second = document.createElement("svg");
    element.update({chart: second, rows: rows.slice(0, 1), note: "One row left"});
    expect(element.querySelector("figcaption")).toBe(caption);
    expect(element.contains(first)).toBe(false);
    expect(element.contains(second)).toBe(true);
    expect(document.activeElement).toBe(button);
    expect(element.querySelector("details summary")?.textContent).toBe("Table view (1 rows)");
    expect(element.querySelector(".deck-note")?.textContent).toBe("One row left");
    expect(element.dataset.render).toBe("1");
    // The same note again keeps its text node (new text is laid out anew); another replaces it; none hides it.
    const words = element.querySelector(".deck-note")!.firstChild;
    element.update({note: "One row left"});
    expect(element.querySelector(".deck-note")!.firstChild).toBe(words);
    element.update({note: "Two rows"});
    expect(element.querySelector(".deck-note")!.textContent).toBe("Two rows");
    element.update({note: null});
    expect(element.querySelector<HTMLElement>(".deck-note")!.hidden).toBe(true);
    element.remove();
  });

  test("the table view is built only while open, and follows updates once open", () => {
    const element = figure({lang: "zh", title: "Live", chart: document.createElement("svg"), rows, columns, source: "s", fileName: "live"});
    element.update({rows: [...rows, ...rows]});
    expect(element.querySelector("details table")).toBeNull();
    openTableView(element);
    expect(element.querySelectorAll("details tbody tr")).toHaveLength(4);
    element.update({rows: rows.slice(0, 1)});
    expect(element.querySelectorAll("details tbody tr")).toHaveLength(1);
    expect(element.querySelectorAll("details table")).toHaveLength(1);
  });

  test("a figure whose data is shown elsewhere has neither table view nor CSV", () => {
    const element = figure({lang: "en", title: "Weights", chart: document.createElement("svg"), source: "s", fileName: "w"});
    expect(element.querySelector("details")).toBeNull();
    expect(element.querySelector("button.deck-csv")).toBeNull();
    expect(element.querySelector(".deck-source")?.textContent).toBe("Source: s");
  });

  test("text from data is never read as markup", () => {
    const line = sourceLine('<img src=x onerror="alert(1)">', "zh");
    expect(line.querySelector("img")).toBeNull();
    expect(line.textContent).toContain("<img");
  });
});
