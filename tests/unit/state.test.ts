import {z} from "zod";
import {describe, expect, test} from "vitest";
import {defineParam, langParam, preferredLang, readParam, writeParam} from "../../src/site/state.js";

const mix = defineParam("test-mix", z.coerce.number().min(0).max(10), 3);
const vendors = defineParam(
  "test-vendors",
  z.string().transform((s) => s.split(",")).pipe(z.array(z.enum(["openai", "google"]))),
  ["openai", "google"]
);

describe("URL parameters", () => {
  test("an absent parameter takes its default, silently", () => {
    expect(readParam(mix, "")).toEqual({value: 3});
  });

  test("a valid value is read through the schema", () => {
    expect(readParam(mix, "?test-mix=5")).toEqual({value: 5});
    expect(readParam(vendors, "?test-vendors=google")).toEqual({value: ["google"]});
  });

  test("a bad or hostile value falls back to the default with a notice", () => {
    expect(readParam(mix, "?test-mix=99")).toEqual({value: 3, notice: {param: "test-mix", given: "99", fallback: "3"}});
    const hostile = readParam(vendors, "?test-vendors=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    expect(hostile.value).toEqual(["openai", "google"]);
    expect(hostile.notice?.given).toBe("<script>alert(1)</script>");
  });

  test("writing the default removes the parameter; other parameters are kept", () => {
    expect(writeParam(mix, 5, "?lang=en")).toBe("?lang=en&test-mix=5");
    expect(writeParam(mix, 3, "?lang=en&test-mix=5")).toBe("?lang=en");
    expect(writeParam(vendors, ["google"], "")).toBe("?test-vendors=google");
    expect(writeParam(vendors, ["google", "openai"], "?overrides=CRWD%3A0")).toBe("?overrides=CRWD:0&test-vendors=google,openai");
  });

  test("a parameter is declared once: declaring the name again returns the first declaration", () => {
    expect(defineParam("test-mix", z.string(), "x")).toBe(mix);
  });
});

describe("language", () => {
  test("lang accepts zh and en only", () => {
    expect(readParam(langParam, "?lang=en").value).toBe("en");
    expect(readParam(langParam, "?lang=fr").notice).toBeDefined();
  });

  test("the remembered choice wins over the browser's language", () => {
    expect(preferredLang("en", "zh-CN")).toBe("en");
    expect(preferredLang(null, "zh-TW")).toBe("zh");
    expect(preferredLang(null, "en-GB")).toBe("en");
    expect(preferredLang("garbage", "de")).toBe("en");
    expect(preferredLang(null, undefined)).toBe("zh");
  });
});
