// Named scenarios: the inputs of every page (quadrant, watchlist, timeline) as one object a
// committee can keep, share as a link or a file, and compare. Pure (no DOM, no zod): a scenario
// is `{name, values}` where values are the parameters' URL texts with defaults left out, so each
// value is checked by its parameter's own parser, the same one the page's URL goes through.
// Everything read here is untrusted (links, files, storage): a bad part is dropped and named.
import {queryString, type Param} from "./params.js";
import {QUADRANT_PARAMS} from "./quadrant-params.js";
import {kindsParam, vendorsParam} from "./timeline-params.js";
import {convictionParam, overridesParam, searchParam, sectorFilterParam, sinceParam} from "./watchlist-params.js";
import {SCENARIO_LINK_PARAM, SCENARIO_PAGE_NAMES, scenarioPageOf, type ScenarioPage} from "./scenario-pages.js";

export {SCENARIO_LINK_PARAM, SCENARIO_PAGE_NAMES, scenarioPageOf, type ScenarioPage};

/** The pages whose inputs a scenario holds, and their parameters (language, slide and present mode are not inputs). */
export const SCENARIO_PAGES: Record<ScenarioPage, Param<unknown>[]> = {
  quadrant: Object.values(QUADRANT_PARAMS) as Param<unknown>[],
  watchlist: [convictionParam, overridesParam, sinceParam, searchParam, sectorFilterParam] as Param<unknown>[],
  timeline: [vendorsParam, kindsParam] as Param<unknown>[]
};

const PARAMS_BY_NAME = new Map<string, {param: Param<unknown>; page: ScenarioPage}>(
  SCENARIO_PAGE_NAMES.flatMap((page) => SCENARIO_PAGES[page].map((param) => [param.name, {param, page}] as const))
);

/** Parameter values as the URL writes them, by parameter name; never a plain object's prototype keys. */
export type ScenarioValues = Record<string, string>;
export type Bilingual = {zh: string; en: string};

export type Scenario = {
  /** What identifies it: in the switcher, in a link (`?scenario=`), in a file. */
  name: string;
  /** The name shown, when it differs by language (shipped scenarios). */
  title?: Bilingual;
  description?: Bilingual;
  /** Where its values come from, or the reasoning behind them. */
  source?: Bilingual;
  values: ScenarioValues;
  /** Shipped with the site (data/scenarios.csv): read-only in the switcher. */
  shipped?: boolean;
};

/** Something read and ignored, in both languages, as plain text. */
export type Problem = Bilingual;

export const MAX_NAME_LENGTH = 80;
export const MAX_TEXT_LENGTH = 600;
export const MAX_SCENARIOS = 200;
export const MAX_FILE_BYTES = 1_000_000;
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const FILE_FORMAT = "ai-models-deck/scenarios";

export function emptyValues(): ScenarioValues {
  return Object.create(null) as ScenarioValues;
}

/** Every parameter a scenario may hold, or those of one page. */
export function scenarioParams(page?: ScenarioPage): Param<unknown>[] {
  return page ? SCENARIO_PAGES[page] : SCENARIO_PAGE_NAMES.flatMap((name) => SCENARIO_PAGES[name]);
}

function shorten(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}

/** Text fit to show: control characters removed, trimmed, capped. Shown with textContent only. */
export function cleanText(text: string, max = MAX_TEXT_LENGTH): string {
  // eslint-disable-next-line no-control-regex
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, " ")
    .trim()
    .slice(0, max);
}

/** A value for one parameter, in its canonical URL form; undefined when the parser rejects it (or throws). */
function canonicalValue(param: Param<unknown>, raw: string): string | undefined {
  let value: unknown;
  try {
    value = param.parse(raw);
  } catch {
    return undefined;
  }
  return value === undefined ? undefined : param.format(value);
}

/**
 * Checks parameter values from an untrusted source: unknown names, prototype keys, values that
 * are not text and values the parameter's parser rejects are dropped, each with a problem;
 * defaults are left out; what stays is written as the URL writes it.
 */
export function checkValues(input: unknown, context = ""): {values: ScenarioValues; problems: Problem[]} {
  const values = emptyValues();
  const problems: Problem[] = [];
  const at = context ? `${context}: ` : "";
  if (input == null) return {values, problems};
  if (typeof input !== "object" || Array.isArray(input)) {
    problems.push({
      zh: `${at}“values” 应为参数表，已忽略`,
      en: `${at}"values" should be a table of parameters; ignored`
    });
    return {values, problems};
  }
  for (const key of Object.keys(input)) {
    const raw = (input as Record<string, unknown>)[key];
    const name = shorten(cleanText(key, 60));
    const known = FORBIDDEN_KEYS.has(key) ? undefined : PARAMS_BY_NAME.get(key);
    if (!known) {
      problems.push({
        zh: `${at}“${name}” 不是情景的参数，已忽略`,
        en: `${at}"${name}" is not a scenario parameter; ignored`
      });
      continue;
    }
    const text = typeof raw === "number" && Number.isFinite(raw) ? String(raw) : raw;
    const canonical = typeof text === "string" ? canonicalValue(known.param, text) : undefined;
    if (canonical === undefined) {
      const given = typeof text === "string" ? shorten(cleanText(text, 200)) : typeof raw;
      problems.push({
        zh: `${at}参数 “${key}” 的值 “${given}” 无效，已忽略`,
        en: `${at}parameter "${key}": "${given}" is not a valid value; ignored`
      });
      continue;
    }
    if (canonical !== known.param.format(known.param.defaultValue)) values[key] = canonical;
  }
  return {values, problems};
}

/** The scenario values a query string holds (all pages', or one page's); bad values are named, not kept. */
export function valuesFromSearch(search: string, page?: ScenarioPage): {values: ScenarioValues; problems: Problem[]} {
  const query = new URLSearchParams(search);
  const given = emptyValues();
  for (const param of scenarioParams(page)) {
    const raw = query.get(param.name);
    if (raw !== null) given[param.name] = raw;
  }
  return checkValues(given);
}

/** Only the values of one page's parameters. */
export function pageValues(values: ScenarioValues, page: ScenarioPage): ScenarioValues {
  const out = emptyValues();
  for (const param of SCENARIO_PAGES[page]) if (Object.hasOwn(values, param.name)) out[param.name] = values[param.name];
  return out;
}

/**
 * The query a page shows a scenario with: what `search` holds that is not a scenario input (the
 * language, …) kept, every scenario input removed, then the scenario's values set (of `page` only, if given).
 */
export function scenarioSearch(
  values: ScenarioValues,
  search: string,
  {page, name}: {page?: ScenarioPage; name?: string} = {}
): string {
  const query = new URLSearchParams(search);
  query.delete(SCENARIO_LINK_PARAM);
  for (const param of scenarioParams()) query.delete(param.name);
  if (name !== undefined) query.set(SCENARIO_LINK_PARAM, name);
  const kept = page ? pageValues(values, page) : values;
  for (const param of scenarioParams()) if (Object.hasOwn(kept, param.name)) query.set(param.name, kept[param.name]);
  return queryString(query);
}

/** A scenario as a link's query: its name and every value (defaults are already left out). */
export function scenarioLinkSearch(scenario: Scenario): string {
  return scenarioSearch(scenario.values, "", {name: scenario.name});
}

/** The scenario a link carries (`?scenario=NAME…`), its values checked; null when there is none. */
export function scenarioFromLink(search: string): {scenario: Scenario; problems: Problem[]} | null {
  const raw = new URLSearchParams(search).get(SCENARIO_LINK_PARAM);
  if (raw === null) return null;
  const name = cleanText(raw, MAX_NAME_LENGTH);
  const {values, problems} = valuesFromSearch(search);
  return {scenario: {name: name || "?", values}, problems};
}

/** Whether two value sets are the same inputs. */
export function sameValues(a: ScenarioValues, b: ScenarioValues): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && b[key] === a[key]);
}

/** A name not yet taken: "Bear case", "Bear case (2)", … */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  const base = cleanText(name, MAX_NAME_LENGTH - 5) || "Scenario";
  if (!names.has(base)) return base;
  for (let i = 2; ; ++i) if (!names.has(`${base} (${i})`)) return `${base} (${i})`;
}

// --- Files: export and import ----------------------------------------------------------------

/** The JSON file of one scenario or many (shipped ones export as ordinary ones: the file is the reader's). */
export function exportScenarios(scenarios: readonly Scenario[]): string {
  const plain = scenarios.map(({name, title, description, source, values}) => ({
    name,
    ...(title ? {title} : {}),
    ...(description ? {description} : {}),
    ...(source ? {source} : {}),
    values: Object.fromEntries(Object.entries(values))
  }));
  return `${JSON.stringify({format: FILE_FORMAT, version: 1, scenarios: plain}, null, 2)}\n`;
}

function readBilingual(input: unknown, context: string, field: string, problems: Problem[]): Bilingual | undefined {
  if (input === undefined || input === null) return undefined;
  if (typeof input === "string") {
    const text = cleanText(input);
    return text ? {zh: text, en: text} : undefined;
  }
  if (typeof input === "object" && !Array.isArray(input)) {
    const zh = (input as Record<string, unknown>).zh;
    const en = (input as Record<string, unknown>).en;
    if (typeof zh === "string" && typeof en === "string") return {zh: cleanText(zh), en: cleanText(en)};
  }
  problems.push({zh: `${context}：“${field}” 应为文字，已忽略`, en: `${context}: "${field}" should be text; ignored`});
  return undefined;
}

/** One scenario from untrusted JSON; null (with a problem) when it has no usable name. */
export function readScenario(input: unknown, context: string): {scenario: Scenario | null; problems: Problem[]} {
  const problems: Problem[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    problems.push({zh: `${context}：不是一个情景，已忽略`, en: `${context}: not a scenario; ignored`});
    return {scenario: null, problems};
  }
  const record = input as Record<string, unknown>;
  const name = typeof record.name === "string" ? cleanText(record.name, MAX_NAME_LENGTH) : "";
  if (!name) {
    problems.push({zh: `${context}：缺少名称，已忽略`, en: `${context}: it has no name; ignored`});
    return {scenario: null, problems};
  }
  const where = `${context} (“${shorten(name)}”)`;
  const checked = checkValues(record.values, where);
  problems.push(...checked.problems);
  const scenario: Scenario = {name, values: checked.values};
  const title = readBilingual(record.title, where, "title", problems);
  const description = readBilingual(record.description, where, "description", problems);
  const source = readBilingual(record.source, where, "source", problems);
  if (title) scenario.title = title;
  if (description) scenario.description = description;
  if (source) scenario.source = source;
  return {scenario, problems};
}

/** Reads a scenario file (ours, a bare list, or one scenario): the valid scenarios, and each problem. */
export function parseScenarioFile(text: string): {scenarios: Scenario[]; problems: Problem[]} {
  const problems: Problem[] = [];
  if (text.length > MAX_FILE_BYTES) {
    return {
      scenarios: [],
      problems: [{zh: "文件过大（上限 1 MB），未读取", en: "the file is larger than 1 MB; not read"}]
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {scenarios: [], problems: [{zh: "文件不是 JSON，未读取", en: "the file is not JSON; not read"}]};
  }
  let list: unknown[];
  if (Array.isArray(json)) list = json;
  else if (json && typeof json === "object" && Array.isArray((json as Record<string, unknown>).scenarios)) {
    list = (json as Record<string, unknown>).scenarios as unknown[];
  } else if (json && typeof json === "object" && "name" in json) list = [json];
  else return {scenarios: [], problems: [{zh: "文件中没有情景", en: "the file holds no scenarios"}]};
  if (list.length > MAX_SCENARIOS) {
    problems.push({zh: `只读取前 ${MAX_SCENARIOS} 个情景`, en: `only the first ${MAX_SCENARIOS} scenarios were read`});
    list = list.slice(0, MAX_SCENARIOS);
  }
  const scenarios: Scenario[] = [];
  const seen = new Set<string>();
  list.forEach((item, i) => {
    const read = readScenario(item, `#${i + 1}`);
    problems.push(...read.problems);
    if (!read.scenario) return;
    if (seen.has(read.scenario.name)) {
      problems.push({
        zh: `#${i + 1}：名称 “${shorten(read.scenario.name)}” 重复，已忽略`,
        en: `#${i + 1}: the name "${shorten(read.scenario.name)}" is taken twice; ignored`
      });
      return;
    }
    seen.add(read.scenario.name);
    scenarios.push(read.scenario);
  });
  return {scenarios, problems};
}

// --- Comparing scenarios ----------------------------------------------------------------------

/** A parameter's value in a scenario: its own, else its default (a bad stored value reads as the default). */
export function scenarioValue<T>(param: Param<T>, values: ScenarioValues): T {
  const raw = Object.hasOwn(values, param.name) ? values[param.name] : undefined;
  if (raw === undefined) return param.defaultValue;
  try {
    return param.parse(raw) ?? param.defaultValue;
  } catch {
    return param.defaultValue;
  }
}

/** A difference in percentage points, named: "+3.2 pts" / "+3.2 个百分点"; "±0" when none. */
export function pointsDifference(points: number, lang: "zh" | "en"): string {
  const rounded = Math.round(points * 10) / 10;
  if (rounded === 0) return lang === "zh" ? "持平" : "±0";
  const text = `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(1)}`;
  return lang === "zh" ? `${text} 个百分点` : `${text} pts`;
}
