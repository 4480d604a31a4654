// Accessibility: axe-core (from node_modules, injected offline) on every page, in both languages
// and both themes, finds no serious or critical violation other than those inherited from
// Framework's own markup, which are named below.
import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import type {Browser, BrowserContext, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtPages, open, revealAll, useSite} from "./harness.js";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export type Finding = {rule: string; impact: string; target: string; summary: string};

/**
 * Violations inherited from Framework 1.13's page template and Plot's markup, not from the site:
 * the template's viewport `maximum-scale=1`, the sidebar toggle labelled by its title alone, the
 * sidebar's <ol> holding <details> and <section> items, and Plot's aria-label on plain <g> groups.
 */
export function inherited(finding: Finding): boolean {
  if (finding.rule === "meta-viewport") return true;
  if (finding.rule === "label" && finding.target.includes("#observablehq-sidebar-toggle")) return true;
  if (finding.rule === "label-title-only" && finding.target.includes("#observablehq-sidebar-toggle")) return true;
  if ((finding.rule === "list" || finding.rule === "listitem") && finding.target.includes("#observablehq-sidebar"))
    return true;
  if (finding.rule === "aria-prohibited-attr" && /\bg\b|svg/.test(finding.target)) return true;
  return false;
}

/** Runs axe on the open page; returns each serious or critical node as one finding. */
export async function audit(page: Page): Promise<Finding[]> {
  await page.addScriptTag({content: AXE_SOURCE});
  return page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (c: unknown, o: unknown) => Promise<{violations: any[]}>}}).axe;
    const {violations} = await axe.run(document, {resultTypes: ["violations"]});
    return violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) =>
        v.nodes.map((n: any) => ({
          rule: v.id,
          impact: v.impact,
          target: n.target.join(" "),
          summary: (n.failureSummary ?? "").slice(0, 160)
        }))
      );
  });
}

export const THEMES = ["light", "dark"] as const;
export const LANGS = ["zh", "en"] as const;

/** A browser context whose pages open in `theme`: the system's scheme and the remembered choice agree. */
export async function themedContext(
  browser: Browser,
  theme: (typeof THEMES)[number],
  width = 1280,
  height = 800
): Promise<BrowserContext> {
  const context = await browser.newContext({viewport: {width, height}, colorScheme: theme});
  await context.addInitScript((theme) => localStorage.setItem("deck.theme", theme), theme);
  return context;
}

const site = useSite();
const contexts: Partial<Record<(typeof THEMES)[number], BrowserContext>> = {};
beforeAll(async () => {
  for (const theme of THEMES) contexts[theme] = await themedContext(site.browser, theme);
});
afterAll(async () => {
  for (const context of Object.values(contexts)) await context?.close();
});

describe("axe-core finds no serious or critical violation", () => {
  const pages = builtPages();
  test("the site has pages to audit", () => expect(pages.length).toBeGreaterThan(10));
  for (const theme of THEMES)
    for (const lang of LANGS)
      test(`every page, ${lang}, ${theme} theme`, {timeout: 240_000}, async () => {
        const found: Finding[] = [];
        for (const path of pages) {
          const {page} = await open(contexts[theme]!, site.origin, `${path}?lang=${lang}`);
          await revealAll(page);
          const findings = (await audit(page))
            .map((f) => ({...f, path}))
            .filter((f) => !inherited(f));
          found.push(...findings.map((f) => ({...f, target: `${path} ${f.target}`})));
          await page.close();
        }
        if (process.env.AXE_REPORT) {
          const counts: Record<string, number> = {};
          for (const f of found) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
          console.log(`axe ${lang} ${theme}`, JSON.stringify(counts));
        }
        expect(found.map((f) => `${f.rule} ${f.target}: ${f.summary}`)).toEqual([]);
      });
});
