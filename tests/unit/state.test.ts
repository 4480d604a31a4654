import {describe, expect, test} from "vitest";
import {commaList, decimal, defineParam, idList, oneOf, readParam, writeParam} from "../../src/lib/params.js";
import {documentLang, initialLang, langParam} from "../../src/lib/lang.js";
import {presentParam} from "../../src/lib/deck.js";
import {preferredLang} from "../../src/site/state.js";
import {parseTheme} from "../../src/site/theme.js";
import config from "../../observablehq.config.js";

const mix = defineParam("test-mix", decimal({min: 0, max: 10}), 3);
const vendors = defineParam("test-vendors", commaList(["openai", "google"] as const), ["openai", "google"]);

describe("URL parameters", () => {
  test("an absent parameter takes its default, silently", () => {
    expect(readParam(mix, "")).toEqual({value: 3});
  });

  test("a valid value is read through the parser", () => {
    expect(readParam(mix, "?test-mix=5")).toEqual({value: 5});
    expect(readParam(mix, "?test-mix=2.5")).toEqual({value: 2.5});
    expect(readParam(vendors, "?test-vendors=google")).toEqual({value: ["google"]});
  });

  test("a bad or hostile value falls back to the default with a notice", () => {
    expect(readParam(mix, "?test-mix=99")).toEqual({value: 3, notice: {param: "test-mix", given: "99", fallback: "3"}});
    const hostile = readParam(vendors, "?test-vendors=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(hostile.value).toEqual(["openai", "google"]);
    expect(hostile.notice?.given).toBe("<script>alert(1)</script>");
  });

  test.each(["", "NaN", "Infinity", "-1", "1e1", " 5", "5 ", "0x5", "9".repeat(400), "__proto__", "constructor", "５", "五"])(
    "a number parameter rejects %j",
    (raw) => {
      expect(readParam(mix, `?test-mix=${encodeURIComponent(raw)}`)).toMatchObject({value: 3, notice: {param: "test-mix"}});
    }
  );

  test.each(["__proto__", "toString", "openai,__proto__", "openai,constructor", "ＯＰＥＮＡＩ", "openai\u0000"])("a list parameter rejects %j", (raw) => {
    expect(readParam(vendors, `?test-vendors=${encodeURIComponent(raw)}`).notice?.param).toBe("test-vendors");
  });

  test("the small parsers accept exactly their values", () => {
    const scale = oneOf(["log", "linear"] as const);
    expect(scale("log")).toBe("log");
    expect([scale("__proto__"), scale("hasOwnProperty"), scale("LOG"), scale("")]).toEqual([undefined, undefined, undefined, undefined]);
    expect(idList("openai,meta")).toEqual(["openai", "meta"]);
    expect([idList(""), idList("a,,b"), idList("Open"), idList("<b>"), idList("中文")]).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(decimal({min: 0, max: 1, above: true})("0")).toBeUndefined();
    expect(decimal({min: 0, max: 1000})("1000")).toBe(1000);
  });

  test("a parser that throws is a bad value, not an exception", () => {
    const fragile = defineParam("test-fragile", (): number => {
      throw new Error("boom");
    }, 1);
    expect(readParam(fragile, "?test-fragile=x")).toMatchObject({value: 1, notice: {param: "test-fragile"}});
  });

  test("a hostile parameter name in the link is just another unknown parameter", () => {
    expect(readParam(mix, "?__proto__=1&constructor=2&test-mix=4")).toEqual({value: 4});
    expect(writeParam(mix, 4, "?__proto__=1")).toBe("?__proto__=1&test-mix=4");
  });

  test("writing the default removes the parameter; other parameters are kept", () => {
    expect(writeParam(mix, 5, "?lang=en")).toBe("?lang=en&test-mix=5");
    expect(writeParam(mix, 3, "?lang=en&test-mix=5")).toBe("?lang=en");
    expect(writeParam(vendors, ["google"], "")).toBe("?test-vendors=google");
    expect(writeParam(vendors, ["google", "openai"], "?overrides=CRWD%3A0")).toBe("?overrides=CRWD:0&test-vendors=google,openai");
  });

  test("unicode values survive a round trip", () => {
    const text = defineParam("test-text", (raw) => raw, "");
    const search = writeParam(text, "微软 & <b>", "");
    expect(readParam(text, search).value).toBe("微软 & <b>");
  });

  test("a parameter is declared once: declaring the name again returns the first declaration", () => {
    expect(defineParam("test-mix", (raw) => raw, "x")).toBe(mix);
  });
});

describe("language", () => {
  test("lang accepts zh and en only, and is always written", () => {
    expect(readParam(langParam, "?lang=en").value).toBe("en");
    expect(readParam(langParam, "?lang=fr").notice).toBeDefined();
    expect(readParam(langParam, "?lang=__proto__").notice).toBeDefined();
    expect(writeParam(langParam, "zh", "")).toBe("?lang=zh");
  });

  test("the remembered choice wins over the browser's language", () => {
    expect(preferredLang("en", "zh-CN")).toBe("en");
    expect(preferredLang(null, "zh-TW")).toBe("zh");
    expect(preferredLang(null, "en-GB")).toBe("en");
    expect(preferredLang("garbage", "de")).toBe("en");
    expect(preferredLang(null, undefined)).toBe("zh");
    expect(preferredLang(null, "")).toBe("zh");
  });

  test("a valid ?lang= wins over everything; a bad one is ignored", () => {
    expect(initialLang("?lang=en", "zh", "zh-CN")).toBe("en");
    expect(initialLang("?lang=fr", "en", "zh-CN")).toBe("en");
    expect(initialLang("?lang=%3Cimg%3E", null, "zh-CN")).toBe("zh");
  });
});

describe("the pre-paint head scripts run the modules' own rules", () => {
  // Runs the config's inline scripts against a stand-in document and storage.
  function runHead(search: string, stored: Record<string, string>, browserLanguage: string) {
    const scripts = [...config.head.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(scripts.length).toBe(3);
    const attributes: Record<string, string> = {};
    const classes = new Set<string>();
    const documentElement = {
      lang: "",
      setAttribute: (name: string, value: string) => (attributes[name] = value),
      classList: {add: (name: string) => classes.add(name)}
    };
    const storage = {getItem: (key: string) => stored[key] ?? null};
    for (const script of scripts) {
      new Function("location", "localStorage", "navigator", "document", script)(
        {search},
        storage,
        {language: browserLanguage},
        {documentElement}
      );
    }
    return {lang: documentElement.lang, theme: attributes["data-theme"], hidden: classes.has("deck-present-loading")};
  }

  test.each([
    ["?lang=en", {}, "zh-CN"],
    ["", {"deck.lang": "en"}, "zh-CN"],
    ["", {}, "de-DE"],
    ["", {}, "zh-TW"],
    ["?lang=fr", {"deck.lang": "zh"}, "en-US"]
  ] as const)("language for %j, stored %j, browser %j", (search, stored, browserLanguage) => {
    const expected = documentLang(initialLang(search, (stored as Record<string, string>)["deck.lang"] ?? null, browserLanguage));
    expect(runHead(search, stored, browserLanguage).lang).toBe(expected);
  });

  test.each([
    [{"deck.theme": "dark"}, "dark"],
    [{"deck.theme": "light"}, "light"],
    [{"deck.theme": "<b>"}, undefined],
    [{}, undefined]
  ] as const)("theme for stored %j", (stored, expected) => {
    expect(runHead("", stored, "zh-CN").theme).toBe(expected);
    if (expected) expect(parseTheme((stored as Record<string, string>)["deck.theme"])).toBe(expected);
  });

  // A presenting link's page stays hidden until present mode has built its stage; the rule is presentParam's.
  test.each([
    ["?present=1", true],
    ["?lang=en&present=1&slide=3", true],
    ["?present=0", false],
    ["?present=yes", false],
    ["", false]
  ] as const)("a presenting link %j hides the reading page: %j", (search, hidden) => {
    expect(runHead(search, {}, "zh-CN").hidden).toBe(hidden);
    expect(presentParam.parse(new URLSearchParams(search).get("present") ?? "") === true).toBe(hidden);
  });
});
