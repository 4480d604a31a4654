// Named scenarios as a committee uses them: saved across pages in one browser, reopened in
// another (a fresh profile) from the exported file and from the link; the shipped scenarios in
// the switcher; the watchlist's compare view.
import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {expect, test} from "vitest";
import {open, settle, useSite} from "./harness.js";

const site = useSite();

const QUADRANT = "/quadrant?lang=en&minIq=60&whatIf=vendor:anthropic:0.5";
const WATCHLIST = "/watchlist?lang=en&conviction=533333333333";

function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

async function openMenu(page: Page): Promise<void> {
  const menu = page.locator(".deck-scenario-menu");
  if (!(await menu.evaluate((element: HTMLDetailsElement) => element.open)))
    await page.click(".deck-scenario-menu > summary");
}

async function chooseScenario(page: Page, label: string): Promise<void> {
  await page.selectOption("#deck-scenario-select", {label});
  await settle(page);
}

async function expectCommitteeState(
  quadrant: Page,
  watchlistPath: string,
  context: import("playwright-core").BrowserContext
) {
  await expect.poll(() => param(quadrant, "minIq")).toBe("60");
  await expect.poll(() => param(quadrant, "whatIf")).toBe("vendor:anthropic:0.5");
  await expect.poll(() => param(quadrant, "conviction")).toBeNull(); // a page's link holds its own inputs only
  await expect.poll(() => quadrant.locator('input[type="number"]').first().inputValue()).toBe("60");
  const {page: watchlist, problems} = await open(context, site.origin, watchlistPath);
  await expect.poll(() => param(watchlist, "conviction")).toBe("533333333333");
  expect(problems.consoleErrors).toEqual([]);
}

test("a scenario saved on /quadrant and /watchlist reopens both pages in another profile, from its file and from its link", async () => {
  const mine = await site.browser.newContext({acceptDownloads: true, viewport: {width: 1280, height: 800}});
  await open(mine, site.origin, QUADRANT);
  const {page, problems} = await open(mine, site.origin, WATCHLIST);
  await openMenu(page);
  await page.fill(".deck-scenario-name", "Committee view");
  await page.click('[data-scenario-action="save"]');
  await expect.poll(() => page.locator(".deck-scenario-status").innerText()).toContain("Saved as “Committee view”");
  expect(await page.locator("#deck-scenario-select option:checked").innerText()).toBe("Committee view");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-scenario-action="export"]')]);
  const file = readFileSync((await download.path())!, "utf8");
  await page.click('[data-scenario-action="link"]');
  const link = await page.locator(".deck-scenario-link").inputValue();
  expect(link).toContain("scenario=Committee+view");
  expect(link.length).toBeLessThan(200);
  expect(problems.consoleErrors).toEqual([]);
  await mine.close();

  // Another profile, from the file: import, choose, and both pages follow.
  const fromFile = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page: quadrant} = await open(fromFile, site.origin, "/quadrant?lang=en");
  await openMenu(quadrant);
  const [chooser] = await Promise.all([
    quadrant.waitForEvent("filechooser"),
    quadrant.click('[data-scenario-action="import"]')
  ]);
  await chooser.setFiles({name: "committee.json", mimeType: "application/json", buffer: Buffer.from(file)});
  await expect.poll(() => quadrant.locator(".deck-scenario-status").innerText()).toContain("Imported 1 scenarios");
  await chooseScenario(quadrant, "Committee view");
  await expectCommitteeState(quadrant, "/watchlist?lang=en", fromFile);
  await fromFile.close();

  // Another profile, from the link: opened on the quadrant, it offers to save, and the watchlist follows.
  const fromLink = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page: linked} = await open(
    fromLink,
    site.origin,
    new URL(link).pathname.replace(/^.*\/watchlist/, "/quadrant") + new URL(link).search
  );
  await expect
    .poll(() => linked.locator(".deck-scenario-status").innerText())
    .toContain("This link carries the scenario “Committee view”");
  await expectCommitteeState(linked, "/watchlist?lang=en", fromLink);
  await linked.click('[data-scenario-action="save-link"]');
  await expect.poll(() => linked.locator("#deck-scenario-select option:checked").innerText()).toBe("Committee view");
  await fromLink.close();
});

test("the shipped scenarios are in the switcher, with their reasoning, and apply in one click", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await open(context, site.origin, "/quadrant?lang=en&minIq=70");
  const shipped = page.locator("#deck-scenario-select optgroup").first().locator("option");
  expect(await shipped.count()).toBeGreaterThanOrEqual(3);
  expect(await shipped.allInnerTexts()).toContain("The report as published");
  await chooseScenario(page, "Anthropic halves its prices");
  await expect.poll(() => param(page, "whatIf")).toBe("vendor:anthropic:0.5");
  await expect.poll(() => param(page, "minIq")).toBeNull(); // the scenario's other inputs are the defaults
  await openMenu(page);
  expect(await page.locator(".deck-scenario-about").innerText()).toMatch(/Basis: .*chapter 3/);
  await chooseScenario(page, "The report as published");
  await expect.poll(() => param(page, "whatIf")).toBeNull();
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("moving an input after a scenario was applied shows the current inputs again, and the moved value is kept for the other pages even when the reader leaves at once", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await open(context, site.origin, "/quadrant?lang=en");
  await chooseScenario(page, "Anthropic halves its prices");
  expect(await page.locator("#deck-scenario-select option:checked").innerText()).toBe("Anthropic halves its prices");
  const line = page.locator('input[type="number"]').first();
  await line.fill("61");
  await expect.poll(() => page.locator("#deck-scenario-select option:checked").innerText()).toBe("(current inputs)");
  // A burst of steps, as a dragged slider sends them, is remembered once it stops (src/site/scenarios.ts),
  // or when the page is left: here at once, to the watchlist, where a scenario saved takes the moved line.
  for (const value of ["62", "63", "64", "65"]) await line.fill(value);
  await page.goto(`${site.origin}/watchlist?lang=en`);
  await settle(page);
  await openMenu(page);
  await page.fill(".deck-scenario-name", "Moved line");
  await page.click('[data-scenario-action="save"]');
  await page.click('[data-scenario-action="link"]');
  const link = new URL(await page.locator(".deck-scenario-link").inputValue());
  expect(link.searchParams.get("minIq")).toBe("65");
  expect(link.searchParams.get("whatIf")).toBe("vendor:anthropic:0.5");
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});

test("the watchlist compares a scenario's sector weights with the current ones, the difference named", async () => {
  const context = await site.browser.newContext({viewport: {width: 1280, height: 800}});
  const {page, problems} = await open(context, site.origin, "/watchlist?lang=en&conviction=533333333333");
  const select = page
    .locator("select")
    .filter({has: page.locator("option", {hasText: "The report as published"})})
    .last();
  await select.selectOption({label: "The report as published"});
  await settle(page);
  const compare = page.locator('[data-view="weight-compare"]');
  await expect.poll(() => compare.count()).toBe(1);
  const rows = compare.locator("tbody tr");
  expect(await rows.count()).toBe(12);
  expect(await compare.innerText()).toMatch(/\+\d+\.\d pts/);
  expect(await compare.locator(".deck-note").innerText()).toMatch(/Largest difference: .*pts/);
  expect(problems.consoleErrors).toEqual([]);
  await context.close();
});
