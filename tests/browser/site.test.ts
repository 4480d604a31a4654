// Every page of the built site, in both languages: it renders, logs no error, and makes no
// request that fails or leaves its own origin.
import type {Server} from "node:http";
import type {Browser, BrowserContext} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {builtPages, launch, open, serve} from "./harness.js";

let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  ({server, origin} = await serve());
  browser = await launch();
  context = await browser.newContext({viewport: {width: 1280, height: 800}});
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.each(builtPages())("page %s", (path) => {
  for (const lang of ["zh", "en"] as const) {
    test(`renders in ${lang} with no console error, no failed or outside request`, async () => {
      const {page, problems} = await open(context, origin, `${path}?lang=${lang}`);
      expect(problems.consoleErrors).toEqual([]);
      expect(problems.failedRequests).toEqual([]);
      expect(problems.externalRequests).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === "zh" ? "zh-CN" : "en");
      // The main column shows text in the chosen language and none of the other's blocks.
      const hiddenOther = await page.evaluate((other) => {
        const blocks = [...document.querySelectorAll(`#observablehq-main [lang|="${other}"]`)];
        return blocks.every((el) => (el as HTMLElement).offsetParent === null);
      }, lang === "zh" ? "en" : "zh");
      expect(hiddenOther).toBe(true);
      const text = await page.locator("#observablehq-main").innerText();
      expect(text.length).toBeGreaterThan(100);
      if (lang === "zh") expect(text).toMatch(/[\u4e00-\u9fff]/);
      await page.close();
    });
  }
});
