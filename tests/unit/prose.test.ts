// @vitest-environment jsdom
// The report's prose as JavaScript renders it: in the reader's language only (the page
// redraws it on a switch), never as markup from data.
import {describe, expect, test, vi} from "vitest";
import {loadDataset} from "../../src/build/dataset.js";
import {prose} from "../../src/features/narrative/prose.js";
import {narrative, vendorCards} from "../../src/features/vendors/prose.js";

vi.hoisted(() => void (process.env.DECK_DATA_DIR ??= `${process.cwd()}/data`));
const data = loadDataset();
const HAN = /[\u4e00-\u9fff]/;

describe("prose in the reader's language", () => {
  test("a vendor passage is the report's text in that language, with its source", () => {
    const en = narrative(data.report_meta, "narrative.openai-history", {lang: "en"});
    const zh = narrative(data.report_meta, "narrative.openai-history", {lang: "zh"});
    expect(en.textContent).not.toMatch(HAN);
    expect(en.querySelector(".deck-source")?.textContent).toMatch(/^Source: /);
    expect(zh.textContent).toMatch(HAN);
    expect(zh.querySelectorAll("[lang]")).toHaveLength(0);
  });

  test("vendor cards name each compared vendor in the reader's language", () => {
    const cards = vendorCards(data.vendors, data.takeaways, {lang: "en"});
    const names = [...cards.querySelectorAll(".deck-vendor-card-name")].map((n) => n.textContent);
    expect(names.length).toBe(5);
    expect(names).toContain("OpenAI");
    expect(names.every((n) => !HAN.test(n ?? ""))).toBe(true);
  });

  test("report paragraphs carry no twin-language blocks, and data text stays text", () => {
    const meta = [{key: "x", zh: "甲<img src=x>", en: "Alpha<img src=x>", source: "report §1"}];
    const block = prose(meta, ["x"], {lang: "en"});
    expect(block.textContent).toBe("Alpha<img src=x>");
    expect(block.querySelector("img")).toBeNull();
    expect(block.querySelectorAll("[lang]")).toHaveLength(0);
  });
});
