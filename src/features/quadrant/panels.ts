// Text panels beside the quadrant chart: the models inside the quadrant, the report's
// statements checked against what is plotted, and the models that cannot be plotted (and
// why). Pure: (view, options) -> Element, rendered by the page's cells. Built with
// textContent only: names and notes from data never become markup.
import {thresholdsAround} from "../../lib/economics.js";
import {pick} from "../../lib/i18n.js";
import {formatPartialDate} from "../../ui/format.js";
import {maxPriceParam, minIntelligenceParam, mixParam} from "../../lib/quadrant-params.js";
import {
  buildQuadrantView,
  hiddenByFilter,
  REPORT_CLAIMS,
  reportAsOf,
  type ClaimCheck,
  type ClaimException,
  type QuadrantData,
  type QuadrantPageView
} from "../../lib/quadrant-view.js";
import type {Fact, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {figure} from "../../ui/figure.js";
import {asideReasons, comparisonSource, formatFactor, formatNumber, formatPrice, formatPriceShort, mixWords, vendorName} from "./format.js";
import {asideColumns} from "./tables.js";

const TEXT = {
  zh: {
    // Shared by the lists and the checks
    separator: "；",
    nameSeparator: "、",
    moreInTableView: (count: number) => `……另有 ${count} 个（见表格视图）`,
    notInView: (names: string[]) => `${names.join("、")} 不在当前视图中`,
    modelNotInView: (model: string) => `${model} 不在当前视图中`,
    // quadrantMembers
    membersHeading: (count: number) => `强吸引力象限内的模型（${count}）`,
    linesInWords: (minIntelligence: number, maxPrice: string, mix: string) =>
      `分界线：智力指数 ≥ ${minIntelligence}，混合价格 ≤ ${maxPrice}（${mix}）`,
    scenario: "情景",
    afterReport: "报告之后",
    noMembers: "当前分界线内没有模型。",
    // listExceptions, statusWords, exceptionText
    moreExceptions: (count: number) => `另有 ${count} 个`,
    status: {
      holds: "成立",
      exceptions: "成立，但有例外",
      fails: "在当前视图中不成立",
      unverifiable: "无法核对"
    },
    variantOf: (model: string | undefined) => `与 ${model} 是同一模型的另一设置`,
    datedAfterReport: (asOf: string) => `数据晚于报告（${asOf}之后）`,
    scenarioPriceReason: "情景价格，非来源数据",
    exceptionReasons: (why: string[]) => `（${why.join("；")}）`,
    // reportChecksPanel
    theReport: "（报告）",
    checksHeading: "报告的结论，按当前视图核对",
    statusDetail: "：",
    holdsOnlyWithout: "。报告的说法仅在其图表未包含上述模型时成立。",
    leadersClaim: (top: string, second: string, topValue: number | null, secondValue: number | null) =>
      `智力：${top} 与 ${second} 表现最佳，得分分别为 ${topValue} 和 ${secondValue}（报告）。`,
    alsoAbove: (model: string, value: number | null) => `高于 ${model}（${value}）的还有 `,
    leadersHold: (top: string, topValue: number | null, second: string, secondValue: number | null) =>
      `${top} ${topValue} 居首，${second} ${secondValue} 其次`,
    fasterHere: "更快的有 ",
    noFasterModel: "当前视图中没有更快的模型（有速度数据的模型中）",
    cheapestBlended: (model: string, mix: string, price: string, reportValue: number | null) =>
      `${model} 按标价与 ${mix} 计算的混合价格为 ${price}（报告写约 $${reportValue}）`,
    cheaperHere: "；更便宜的有 ",
    quadrantClaim: (names: string[]) => `象限：${names.join("、")} 等模型位于强吸引力象限（报告）。`,
    inside: "在象限内",
    outside: "在象限外",
    scenarioPrice: "（情景价格）",
    // asideList, asideFigure
    everyModelPlotted: "数据中的每个模型都已绘出。",
    hiddenAfterReport: (count: number) => `报告之后发布，“报告时点”视图不显示（${count}）：`,
    hiddenByVendor: (count: number) => `已按厂商筛除（${count}）：`,
    hiddenByReasoning: (count: number) => `已按推理类型筛除（${count}）：`,
    asideTitle: "未绘出的模型及原因",
    // defaultLinesNote
    defaultLines: (minIntelligence: number, maxPrice: number, list: string, mix: string) =>
      `默认分界线（智力 ≥ ${minIntelligence}，价格 ≤ $${maxPrice}）由数据推出：恰好把报告点名的两个模型（${list}，${mix}）框在内的最紧范围，再取到下一个整数值（智力取 5 的倍数，价格取 1、2、5 × 10 的幂）。`,
    staleDefaults: (minIntelligence: number, maxPrice: number) => ` 注意：数据已变，页面默认值（${minIntelligence}，$${maxPrice}）需更新。`
  },
  en: {
    // Shared by the lists and the checks
    separator: "; ",
    nameSeparator: ", ",
    moreInTableView: (count: number) => `… and ${count} more (see the table view)`,
    notInView: (names: string[]) => `${names.join(", ")} not in the current view`,
    modelNotInView: (model: string) => `${model} is not in the current view`,
    // quadrantMembers
    membersHeading: (count: number) => `In the attractive quadrant (${count})`,
    linesInWords: (minIntelligence: number, maxPrice: string, mix: string) =>
      `Lines: intelligence ≥ ${minIntelligence} and blended price ≤ ${maxPrice} (${mix})`,
    scenario: "scenario",
    afterReport: "after the report",
    noMembers: "No model inside the current lines.",
    // listExceptions, statusWords, exceptionText
    moreExceptions: (count: number) => `${count} more`,
    status: {
      holds: "Holds",
      exceptions: "Holds, with exceptions",
      fails: "Does not hold in this view",
      unverifiable: "Cannot be checked"
    },
    variantOf: (model: string | undefined) => `another setting of the same model as ${model}`,
    datedAfterReport: (asOf: string) => `dated after the report (after ${asOf})`,
    scenarioPriceReason: "a scenario price, not sourced",
    exceptionReasons: (why: string[]) => ` (${why.join("; ")})`,
    // reportChecksPanel
    theReport: " (the report)",
    checksHeading: "The report's statements, checked against this view",
    statusDetail: ": ",
    holdsOnlyWithout: ". The report's statement holds only if its chart did not include them.",
    leadersClaim: (top: string, second: string, topValue: number | null, secondValue: number | null) =>
      `Intelligence: ${top} and ${second} score highest, ${topValue} and ${secondValue} (the report).`,
    alsoAbove: (model: string, value: number | null) => `also above ${model} (${value}): `,
    leadersHold: (top: string, topValue: number | null, second: string, secondValue: number | null) =>
      `${top} ${topValue} leads, ${second} ${secondValue} is next`,
    fasterHere: "faster here: ",
    noFasterModel: "no faster model in this view (among models with a speed figure)",
    cheapestBlended: (model: string, mix: string, price: string, reportValue: number | null) =>
      `${model} blended from its list prices at ${mix} is ${price} (the report says ≈ $${reportValue})`,
    cheaperHere: "; cheaper here: ",
    quadrantClaim: (names: string[]) => `Quadrant: ${names.join(" and ")} sit in the attractive quadrant (the report).`,
    inside: "inside",
    outside: "outside",
    scenarioPrice: " (scenario price)",
    // asideList, asideFigure
    everyModelPlotted: "Every model in the data is plotted.",
    hiddenAfterReport: (count: number) => `Released after the report, not in the report snapshot (${count}): `,
    hiddenByVendor: (count: number) => `Hidden by the vendor filter (${count}): `,
    hiddenByReasoning: (count: number) => `Hidden by the reasoning filter (${count}): `,
    asideTitle: "Models not on the chart, and why",
    // defaultLinesNote
    defaultLines: (minIntelligence: number, maxPrice: number, list: string, mix: string) =>
      `Default lines (intelligence ≥ ${minIntelligence}, price ≤ $${maxPrice}) are derived from the data: the tightest box around the two models the report names (${list}, ${mix}), widened to the next round value (a multiple of 5 points; 1, 2 or 5 × a power of ten dollars).`,
    staleDefaults: (minIntelligence: number, maxPrice: number) =>
      ` Note: the data changed; the page's defaults (${minIntelligence}, $${maxPrice}) need updating.`
  }
} satisfies Record<Lang, unknown>;

function make<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, ...children: (Node | string)[]) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  element.append(...children);
  return element;
}

/** A model's name: a name, not a sentence in either language (translate="no"). */
function modelName(name: string, tag: "strong" | "span" = "strong"): HTMLElement {
  const element = make(tag, null, name);
  element.translate = false;
  return element;
}

/** The models inside the quadrant, highest intelligence first, with the lines in words. */
export function quadrantMembers(view: QuadrantPageView, {lang, vendors}: {lang: Lang; vendors: readonly Vendor[]}): HTMLElement {
  const {thresholds} = view;
  const {mix} = view.state;
  const root = make("section", "qx-members");
  root.setAttribute("aria-live", "polite");
  root.append(
    make("h3", null, TEXT[lang].membersHeading(view.quadrant.length)),
    make("p", "qx-lines", TEXT[lang].linesInWords(thresholds.minIntelligence, formatPriceShort(thresholds.maxPrice, lang), mixWords(mix, lang)))
  );
  const list = make("ol", "qx-member-list");
  const shown = view.quadrant.slice(0, MAX_LISTED);
  for (const m of shown) {
    const item = make(
      "li",
      m.scenario ? "qx-scenario" : null,
      modelName(m.model),
      ` · ${vendorName(vendors, m.vendor, lang)} · ${formatNumber(m.intelligence, lang)} · ${formatPrice(m.price, lang)}`
    );
    item.dataset.id = m.id;
    if (m.scenario) item.append(make("span", "qx-flag", `${TEXT[lang].scenario} ${formatFactor(m.factor, lang)}`));
    if (m.releasedAfter || m.priceAfter) item.append(make("span", "qx-flag qx-flag-after", TEXT[lang].afterReport));
    list.append(item);
  }
  if (view.quadrant.length === 0) list.append(make("li", "qx-empty", TEXT[lang].noMembers));
  root.append(list);
  if (view.quadrant.length > shown.length) {
    root.append(make("p", "qx-lines", TEXT[lang].moreInTableView(view.quadrant.length - shown.length)));
  }
  return root;
}

/** Lists longer than this are cut, with a count of the rest (the table view has every row). */
const MAX_LISTED = 30;
const MAX_EXCEPTIONS = 5;

function listExceptions(check: ClaimCheck, lang: Lang, format: (v: number) => string, asOf: string): string {
  const shown = check.exceptions.slice(0, MAX_EXCEPTIONS).map((e) => exceptionText(e, lang, format, asOf));
  const rest = check.exceptionCount - shown.length;
  if (rest > 0) shown.push(TEXT[lang].moreExceptions(rest));
  return shown.join(TEXT[lang].separator);
}

const MARK = {holds: "✓", exceptions: "!", fails: "✗", unverifiable: "?"} as const;

function statusWords(status: keyof typeof MARK, lang: Lang): string {
  return TEXT[lang].status[status];
}

function exceptionText(e: ClaimException, lang: Lang, format: (v: number) => string, asOf: string): string {
  const why: string[] = [];
  if (e.reasons.includes("variant")) why.push(TEXT[lang].variantOf(e.variantOf));
  if (e.reasons.includes("after-report"))
    why.push(TEXT[lang].datedAfterReport(formatPartialDate(asOf, lang)));
  if (e.reasons.includes("scenario")) why.push(TEXT[lang].scenarioPriceReason);
  return `${e.model} ${format(e.value)}${why.length ? TEXT[lang].exceptionReasons(why) : ""}`;
}

/** The report's four statements on Fig. 10/11, each checked live against the plotted models. */
export function reportChecksPanel(view: QuadrantPageView, {lang, facts}: {lang: Lang; facts: readonly Fact[]}): HTMLElement {
  const {checks, asOf, models} = view;
  const {mix} = view.state;
  // The report's own words where facts.csv has them.
  const said = (id: string, fallback: string) => {
    const fact = facts.find((f) => f.id === id);
    return fact ? `${pick(fact, "label", lang)}${TEXT[lang].theReport}` : fallback;
  };
  const root = make("section", "qx-checks");
  root.append(make("h3", null, TEXT[lang].checksHeading));
  const list = make("ul", "qx-check-list");
  const name = (id: string) => models.find((m) => m.id === id)?.model ?? id;
  const item = (key: string, status: keyof typeof MARK, claim: string, detail: (Node | string)[]) => {
    const li = make("li", `qx-claim qx-claim-${status}`);
    li.dataset.check = key;
    li.dataset.status = status;
    const mark = make("span", "qx-check-mark", MARK[status]);
    mark.setAttribute("aria-hidden", "true");
    li.append(mark, make("div", null, make("div", "qx-check-claim", claim), make("div", "qx-check-status", `${statusWords(status, lang)}${detail.length ? TEXT[lang].statusDetail : ""}`, ...detail)));
    list.append(li);
  };
  const tail = (c: ClaimCheck) =>
    c.exceptions.length
      ? TEXT[lang].holdsOnlyWithout
      : "";

  // Intelligence leaders.
  const [top, second] = checks.leaders.reportValues;
  const leaders = checks.leaders;
  item(
    "leaders",
    leaders.status,
    TEXT[lang].leadersClaim(top.model, second.model, top.value, second.value),
    leaders.missing.length
      ? [TEXT[lang].notInView(leaders.missing.map(name))]
      : leaders.exceptions.length
        ? [
            TEXT[lang].alsoAbove(second.model, second.dataValue),
            listExceptions(leaders, lang, (v) => formatNumber(v, lang), asOf),
            tail(leaders)
          ]
        : [TEXT[lang].leadersHold(top.model, top.dataValue, second.model, second.dataValue)]
  );

  // Speed.
  const fastest = checks.fastest;
  const speed = fastest.reportValues[0];
  item(
    "fastest",
    fastest.status,
    said(REPORT_CLAIMS.fastest.fact, `${speed.model}: ${speed.value} t/s`),
    fastest.missing.length
      ? [TEXT[lang].modelNotInView(speed.model)]
      : fastest.exceptions.length
        ? [
            TEXT[lang].fasterHere,
            listExceptions(fastest, lang, (v) => `${formatNumber(v, lang)} t/s`, asOf),
            tail(fastest)
          ]
        : [TEXT[lang].noFasterModel]
  );

  // Price.
  const cheapest = checks.cheapest;
  const price = cheapest.reportValues[0];
  item(
    "cheapest",
    cheapest.status,
    said(REPORT_CLAIMS.cheapest.fact, `${price.model}: $${price.value}`),
    cheapest.missing.length
      ? [TEXT[lang].modelNotInView(price.model)]
      : [
          TEXT[lang].cheapestBlended(price.model, mixWords(mix, lang), formatPrice(price.dataValue, lang), price.value),
          ...(cheapest.exceptions.length
            ? [
                TEXT[lang].cheaperHere,
                listExceptions(cheapest, lang, (v) => formatPrice(v, lang), asOf),
                tail(cheapest)
              ]
            : [])
        ]
  );

  // Quadrant.
  const quadrant = checks.quadrant;
  const names = quadrant.named.map((n) => n.model);
  item(
    "quadrant",
    quadrant.status,
    TEXT[lang].quadrantClaim(names),
    quadrant.missing.length
      ? [TEXT[lang].notInView(quadrant.missing.map(name))]
      : quadrant.named.map((n, i) =>
          `${i ? TEXT[lang].separator : ""}${n.model} ${formatNumber(n.intelligence!, lang)} · ${formatPrice(n.price, lang)} ${
            n.inside ? TEXT[lang].inside : TEXT[lang].outside
          }${n.scenario ? TEXT[lang].scenarioPrice : ""}`
        )
  );
  root.append(list);
  return root;
}

/** Models in the data that the chart cannot show, grouped by why: no score, no price, dated after the report, filtered. */
export function asideList(view: QuadrantPageView, {lang, vendors}: {lang: Lang; vendors: readonly Vendor[]}): HTMLElement {
  const {asOf} = view;
  const root = make("div", "qx-aside-list");
  if (view.aside.length === 0) {
    root.append(make("p", "qx-empty", TEXT[lang].everyModelPlotted));
    return root;
  }
  // Data gaps one by one; models the presenter's filters hide as a count per filter.
  const gaps = view.aside.filter((m) => !hiddenByFilter(m));
  const list = make("ul", null);
  for (const model of gaps.slice(0, MAX_LISTED)) {
    const li = make("li", null, modelName(model.model), ` · ${vendorName(vendors, model.vendor, lang)}: `, asideReasons(model, lang, asOf));
    li.dataset.id = model.id;
    li.dataset.reasons = model.reasons.join(" ");
    list.append(li);
  }
  if (gaps.length > MAX_LISTED) list.append(make("li", "qx-empty", TEXT[lang].moreInTableView(gaps.length - MAX_LISTED)));
  for (const reason of ["released-after-report", "hidden-vendor", "hidden-reasoning"] as const) {
    const hidden = view.aside.filter((m) => hiddenByFilter(m) && m.reasons.includes(reason));
    if (!hidden.length) continue;
    const names = modelName(hidden.slice(0, 8).map((m) => m.model).join(TEXT[lang].nameSeparator) + (hidden.length > 8 ? " …" : ""), "span");
    const words = {
      "released-after-report": TEXT[lang].hiddenAfterReport(hidden.length),
      "hidden-vendor": TEXT[lang].hiddenByVendor(hidden.length),
      "hidden-reasoning": TEXT[lang].hiddenByReasoning(hidden.length)
    }[reason];
    const li = make("li", "qx-aside-hidden", make("strong", null, words), names);
    li.dataset.hidden = reason;
    li.dataset.ids = hidden.map((m) => m.id).join(" ");
    list.append(li);
  }
  root.append(list);
  return root;
}


/** The models not on the chart, and why, as a figure with its table view and CSV. */
export function asideFigure(view: QuadrantPageView, {lang, vendors}: {lang: Lang; vendors: readonly Vendor[]}): HTMLElement {
  const list = asideList(view, {lang, vendors});
  list.setAttribute("role", "group");
  const element = figure({
    lang,
    title: TEXT[lang].asideTitle,
    chart: list,
    rows: view.aside,
    columns: asideColumns(view, {lang, vendors}),
    source: comparisonSource(lang, {derived: false}),
    fileName: "models-not-plotted"
  });
  element.classList.add("qx-aside-figure");
  element.dataset.view = "aside";
  return element;
}

/** Where the default lines come from, derived live from the data: the named models at the default mix. */
export function defaultLinesNote(data: QuadrantData, {lang}: {lang: Lang}): HTMLElement {
  const mix = mixParam.defaultValue;
  const namedView = buildQuadrantView(
    data.model_comparison.filter((m) => (REPORT_CLAIMS.attractive as readonly string[]).includes(m.id)),
    {mix, thresholds: {minIntelligence: 0, maxPrice: Infinity}, hiddenVendors: [], reasoning: "all", snapshot: "report", changes: [], asOf: reportAsOf(data.report_meta)}
  );
  const p = document.createElement("p");
  p.className = "qx-defaults";
  if (namedView.plotted.length === 0) return p;
  const derived = thresholdsAround(namedView.plotted.map((m) => ({intelligence: m.intelligence, price: m.sourcedPrice})));
  const list = namedView.plotted.map((m) => `${m.model} ${m.intelligence} · ${formatPrice(m.sourcedPrice, lang)}`).join(TEXT[lang].separator);
  const defaults = {minIntelligence: minIntelligenceParam.defaultValue, maxPrice: maxPriceParam.defaultValue};
  p.textContent = TEXT[lang].defaultLines(derived.minIntelligence, derived.maxPrice, list, mixWords(mix, lang));
  if (derived.minIntelligence !== defaults.minIntelligence || derived.maxPrice !== defaults.maxPrice) {
    p.textContent += TEXT[lang].staleDefaults(defaults.minIntelligence, defaults.maxPrice);
  }
  return p;
}
