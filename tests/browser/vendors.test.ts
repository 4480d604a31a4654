// The vendor landscape as a reader uses it, in Chromium against the built site: the timeline's
// filters (checkboxes and the link), a bad link value, each vendor page's own slice, hover
// details, the language switch on every page, and the CSV downloads.
import {readFileSync} from "node:fs";
import {csvParse} from "d3-dsv";
import type {BrowserContext, Page} from "playwright-core";
import {beforeAll, describe, expect, test} from "vitest";
import {loadDataset} from "../../src/build/dataset.js";
import {COMPARED_VENDORS, eventsForVendor, filterEvents} from "../../src/lib/vendors.js";
import {open, settle, useSite} from "./harness.js";

const data = loadDataset();
const VENDOR_PAGES = {
  openai: "/openai",
  meta: "/llama",
  anthropic: "/anthropic",
  xai: "/xai",
  google: "/gemini"
} as const;
const PAGES = ["/vendors", "/timeline", ...Object.values(VENDOR_PAGES)];

const site = useSite();
let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext({viewport: {width: 1280, height: 800}, locale: "zh-CN", acceptDownloads: true});
});

/** The hover labels of the dots of the n-th timeline figure on the page. */
function timelineDots(page: Page, nth = 0) {
  return page.locator(".deck-timeline").nth(nth).locator(".deck-timeline-dot circle");
}

async function dotLabels(page: Page, nth = 0): Promise<string[]> {
  return timelineDots(page, nth).evaluateAll((circles) => circles.map((c) => c.getAttribute("aria-label") ?? ""));
}

function filterOption(page: Page, text: string) {
  return page.locator(".deck-timeline-filters label").filter({hasText: text});
}

describe("the cross-vendor timeline", () => {
  test("choosing vendors and kinds changes the dots shown and the link", async () => {
    const {page, problems} = await open(context, site.origin, "/timeline?lang=en");
    await expect.poll(() => timelineDots(page).count()).toBe(data.events.length);
    expect(await page.locator(".deck-timeline-count").innerText()).toBe(
      `Showing ${data.events.length} of ${data.events.length} events`
    );

    await filterOption(page, "OpenAI").click();
    await settle(page);
    const withoutOpenai = filterEvents(data.events, {
      vendors: COMPARED_VENDORS.filter((v) => v !== "openai"),
      kinds: [...new Set(data.events.map((e) => e.kind))]
    });
    await expect.poll(() => timelineDots(page).count()).toBe(withoutOpenai.length);
    expect(new URL(page.url()).searchParams.get("vendors")).toBe("meta,anthropic,xai,google");
    expect((await dotLabels(page)).some((label) => label.includes("OpenAI ·"))).toBe(false);

    await filterOption(page, "Model release").click();
    await settle(page);
    const kinds = new URL(page.url()).searchParams.get("kinds")!.split(",");
    expect(kinds).not.toContain("model");
    const expected = filterEvents(data.events, {vendors: ["meta", "anthropic", "xai", "google"], kinds});
    await expect.poll(() => timelineDots(page).count()).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    expect((await dotLabels(page)).every((label) => !label.includes("· Model release"))).toBe(true);

    // "Show all" resets both filters and the link.
    await page.locator(".deck-reset").click();
    await settle(page);
    await expect.poll(() => timelineDots(page).count()).toBe(data.events.length);
    expect(new URL(page.url()).searchParams.has("vendors")).toBe(false);
    expect(new URL(page.url()).searchParams.has("kinds")).toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test("a link with a filter opens filtered, its checkboxes set to match", async () => {
    const {page} = await open(context, site.origin, "/timeline?lang=zh&vendors=xai&kinds=model,funding");
    const expected = filterEvents(data.events, {vendors: ["xai"], kinds: ["model", "funding"]});
    await expect.poll(() => timelineDots(page).count()).toBe(expected.length);
    expect(await filterOption(page, "xAI").locator("input").isChecked()).toBe(true);
    expect(await filterOption(page, "Anthropic").locator("input").isChecked()).toBe(false);
    expect(await page.locator(".deck-timeline-count").innerText()).toBe(
      `显示 ${expected.length} / ${data.events.length} 个事件`
    );
    await page.close();
  });

  test("a bad filter value in the link falls back to all, with a notice", async () => {
    const {page, problems} = await open(context, site.origin, "/timeline?lang=en&vendors=openia&kinds=model");
    await expect.poll(() => page.locator("#deck-notices").isVisible()).toBe(true);
    expect(await page.locator("#deck-notices").innerText()).toContain("“vendors” value “openia” is not valid");
    const expected = filterEvents(data.events, {vendors: COMPARED_VENDORS, kinds: ["model"]});
    await expect.poll(() => timelineDots(page).count()).toBe(expected.length);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test("hovering a dot shows its title, date with precision, and source", async () => {
    const {page} = await open(context, site.origin, "/timeline?lang=en&vendors=openai&kinds=founding");
    await timelineDots(page).first().hover();
    const tip = page.locator(".deck-timeline [aria-label='tip']");
    await expect.poll(async () => (await tip.textContent()) ?? "").toContain("OpenAI co-founded by Elon Musk");
    expect(await tip.textContent()).toContain("2015 (to the year)");
    expect(await tip.textContent()).toContain("Source: Report §3.2 (OpenAI)");
    await page.close();
  });

  for (const [lang, width] of [["zh", 1280], ["zh", 390], ["en", 390]] as const)
    test(`the hover card is legible: body-size text, Chinese lines spaced, inside the chart (${lang}, ${width} px)`, async () => {
      const phone = await context.browser()!.newContext({viewport: {width, height: 844}});
      const {page} = await open(phone, site.origin, `/timeline?lang=${lang}`);
      await timelineDots(page).nth(3).hover({force: true});
      const tip = page.locator(".deck-timeline [aria-label='tip']");
      await expect.poll(async () => (await tip.textContent()) ?? "").not.toBe("");
      const card = await tip.evaluate((tip) => {
        const lines = [...tip.querySelectorAll("tspan")].map((t) => t.getBoundingClientRect()).filter((b) => b.height > 0);
        const svg = tip.closest("svg")!.getBoundingClientRect();
        const box = tip.getBoundingClientRect();
        return {
          fontSize: parseFloat(getComputedStyle(tip.querySelector("text")!).fontSize),
          pitch: lines.length > 1 ? (lines[lines.length - 1].top - lines[0].top) / (lines.length - 1) : 0,
          inside: box.left >= svg.left - 1 && box.right <= svg.right + 1
        };
      });
      expect(card.fontSize).toBeGreaterThanOrEqual(14);
      // Line pitch over font size: Chinese needs air between lines (Plot's default is 1, lines touching).
      expect(card.pitch / card.fontSize).toBeGreaterThanOrEqual(lang === "zh" ? 1.5 : 1.3);
      expect(card.inside).toBe(true);
      await phone.close();
    });
});

describe.each(Object.entries(VENDOR_PAGES))("the %s page", (vendor, path) => {
  test("its timeline shows its own events only", async () => {
    const {page, problems} = await open(context, site.origin, `${path}?lang=en`);
    const own = eventsForVendor(data.events, vendor);
    await expect.poll(() => timelineDots(page).count()).toBe(own.length);
    const name = data.vendors.find((v) => v.id === vendor)!.name_en;
    expect((await dotLabels(page)).every((label) => label.includes(`${name} ·`))).toBe(true);
    const link = page.locator(`a[href="./timeline.html?vendors=${vendor}"]`);
    expect(await link.count()).toBe(1);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe.each(PAGES)("the language switch on %s", (path) => {
  test("the header button changes headings and chart labels in place", async () => {
    const {page, problems} = await open(context, site.origin, `${path}?lang=zh`);
    const headings = () =>
      page
        .locator("#observablehq-main h1, #observablehq-main h2")
        .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText));
    const chartText = () =>
      page.locator("#observablehq-main figure svg").evaluateAll((svgs) => svgs.map((svg) => svg.textContent).join(" "));
    const zhHeadings = await headings();
    const zhCharts = await chartText();
    expect(zhHeadings.join(" ")).toMatch(/[\u4e00-\u9fff]/);
    await page.click('.deck-lang [data-lang="en"]');
    await settle(page);
    await expect.poll(async () => (await headings()).join(" ")).not.toBe(zhHeadings.join(" "));
    const enHeadings = await headings();
    expect(enHeadings.every((h) => !/[\u4e00-\u9fff]/.test(h))).toBe(true);
    const enCharts = await chartText();
    expect(enCharts).not.toBe(zhCharts);
    expect(enCharts.length).toBeGreaterThan(0);
    const captions = await page
      .locator("#observablehq-main figcaption")
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText).filter(Boolean));
    expect(captions.length).toBeGreaterThan(0);
    expect(captions.every((c) => !/[\u4e00-\u9fff]/.test(c))).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

async function downloadCsv(page: Page, figure: ReturnType<Page["locator"]>) {
  const [download] = await Promise.all([page.waitForEvent("download"), figure.locator(".deck-csv").click()]);
  const path = await download.path();
  return {name: download.suggestedFilename(), rows: csvParse(readFileSync(path!, "utf8").replace(/^\uFEFF/, ""))};
}

describe("CSV downloads", () => {
  test("Fig. 12: every row of the table, with a source column", async () => {
    const {page} = await open(context, site.origin, "/openai?lang=en");
    const figure = page.locator("figure.deck-figure", {
      has: page.locator("figcaption", {hasText: "Fig. 12 OpenAI model series and prices"})
    });
    const {name, rows} = await downloadCsv(page, figure);
    expect(name).toBe("fig-12-openai-models-and-prices.csv");
    expect(rows.columns).toEqual(["name", "released", "input_usd_per_mtok", "output_usd_per_mtok", "source"]);
    expect(rows.map((r) => r.name)).toEqual(
      data.openai_models.map((m) => m.name.replace(" 系列 ", " series ").replace("、", ", "))
    );
    expect(rows.find((r) => r.name === "GPT-4")).toMatchObject({input_usd_per_mtok: "30", output_usd_per_mtok: "60"});
    expect(rows.find((r) => r.name === "GPT-3")?.input_usd_per_mtok).toBe("");
    expect(rows.every((r) => r.source.startsWith("report Fig. 12"))).toBe(true);
    await page.close();
  });

  test("the timeline: the filtered events shown, each with its own source", async () => {
    const {page} = await open(context, site.origin, "/timeline?lang=zh&vendors=anthropic,xai&kinds=model");
    const expected = filterEvents(data.events, {vendors: ["anthropic", "xai"], kinds: ["model"]});
    await expect.poll(() => timelineDots(page).count()).toBe(expected.length);
    const {name, rows} = await downloadCsv(page, page.locator(".deck-timeline").first());
    expect(name).toBe("timeline-events.csv");
    expect(rows.columns).toContain("source");
    expect(rows.map((r) => r.title)).toEqual(expected.map((e) => e.title_zh));
    expect(rows.every((r) => r.source !== "")).toBe(true);
    await page.close();
  });

  test("the xAI figures chart: its points and their sources", async () => {
    const {page} = await open(context, site.origin, "/xai?lang=en");
    const figure = page.locator("figure.deck-figure", {
      has: page.locator("figcaption", {hasText: "xAI: parameters, compute and funding"})
    });
    const {rows} = await downloadCsv(page, figure);
    expect(rows.map((r) => r.value)).toEqual([
      "314000000000",
      "100000",
      "150000",
      "200000",
      "6000000000",
      "24000000000"
    ]);
    expect(rows.every((r) => /report/.test(r.source))).toBe(true);
    await page.close();
  });
});
