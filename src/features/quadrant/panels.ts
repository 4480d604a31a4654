// Text panels beside the quadrant chart: the models inside the quadrant, the report's
// statements checked against what is plotted, and the models that cannot be plotted (and
// why). Pure: (view, options) -> Element, rendered by the page's cells. Built with
// textContent only: names and notes from data never become markup.
import {thresholdsAround} from "../../lib/economics.js";
import {pick, t} from "../../lib/i18n.js";
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
import {PRESENT_EVENT} from "../../lib/present-event.js";
import {figure} from "../../ui/figure.js";
import {asideReasons, comparisonSource, formatFactor, formatNumber, formatPrice, formatPriceShort, mixWords, vendorName} from "./format.js";
import {asideColumns} from "./tables.js";

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
    make("h3", null, t(lang, `强吸引力象限内的模型（${view.quadrant.length}）`, `In the attractive quadrant (${view.quadrant.length})`)),
    make(
      "p",
      "qx-lines",
      t(
        lang,
        `分界线：智力指数 ≥ ${thresholds.minIntelligence}，混合价格 ≤ ${formatPriceShort(thresholds.maxPrice, lang)}（${mixWords(mix, lang)}）`,
        `Lines: intelligence ≥ ${thresholds.minIntelligence} and blended price ≤ ${formatPriceShort(thresholds.maxPrice, lang)} (${mixWords(mix, lang)})`
      )
    )
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
    if (m.scenario) item.append(make("span", "qx-flag", `${t(lang, "情景", "scenario")} ${formatFactor(m.factor, lang)}`));
    if (m.releasedAfter || m.priceAfter) item.append(make("span", "qx-flag qx-flag-after", t(lang, "报告之后", "after the report")));
    list.append(item);
  }
  if (view.quadrant.length === 0) list.append(make("li", "qx-empty", t(lang, "当前分界线内没有模型。", "No model inside the current lines.")));
  root.append(list);
  if (view.quadrant.length > shown.length) {
    root.append(make("p", "qx-lines", t(lang, `……另有 ${view.quadrant.length - shown.length} 个（见表格视图）`, `… and ${view.quadrant.length - shown.length} more (see the table view)`)));
  }
  return root;
}

/** Lists longer than this are cut, with a count of the rest (the table view has every row). */
const MAX_LISTED = 30;
const MAX_EXCEPTIONS = 5;

function listExceptions(check: ClaimCheck, lang: Lang, format: (v: number) => string, asOf: string): string {
  const shown = check.exceptions.slice(0, MAX_EXCEPTIONS).map((e) => exceptionText(e, lang, format, asOf));
  const rest = check.exceptionCount - shown.length;
  if (rest > 0) shown.push(t(lang, `另有 ${rest} 个`, `${rest} more`));
  return shown.join(t(lang, "；", "; "));
}

const MARK = {holds: "✓", exceptions: "!", fails: "✗", unverifiable: "?"} as const;

function statusWords(status: keyof typeof MARK, lang: Lang): string {
  return {
    holds: t(lang, "成立", "Holds"),
    exceptions: t(lang, "成立，但有例外", "Holds, with exceptions"),
    fails: t(lang, "在当前视图中不成立", "Does not hold in this view"),
    unverifiable: t(lang, "无法核对", "Cannot be checked")
  }[status];
}

function exceptionText(e: ClaimException, lang: Lang, format: (v: number) => string, asOf: string): string {
  const why: string[] = [];
  if (e.reasons.includes("variant")) why.push(t(lang, `与 ${e.variantOf} 是同一模型的另一设置`, `another setting of the same model as ${e.variantOf}`));
  if (e.reasons.includes("after-report"))
    why.push(t(lang, `数据晚于报告（${formatPartialDate(asOf, lang)}之后）`, `dated after the report (after ${formatPartialDate(asOf, lang)})`));
  if (e.reasons.includes("scenario")) why.push(t(lang, "情景价格，非来源数据", "a scenario price, not sourced"));
  return `${e.model} ${format(e.value)}${why.length ? t(lang, `（${why.join("；")}）`, ` (${why.join("; ")})`) : ""}`;
}

/** The report's four statements on Fig. 10/11, each checked live against the plotted models. */
export function reportChecksPanel(view: QuadrantPageView, {lang, facts}: {lang: Lang; facts: readonly Fact[]}): HTMLElement {
  const {checks, asOf, models} = view;
  const {mix} = view.state;
  // The report's own words where facts.csv has them.
  const said = (id: string, fallback: string) => {
    const fact = facts.find((f) => f.id === id);
    return fact ? `${pick(fact, "label", lang)}${t(lang, "（报告）", " (the report)")}` : fallback;
  };
  const root = make("section", "qx-checks");
  root.append(make("h3", null, t(lang, "报告的结论，按当前视图核对", "The report's statements, checked against this view")));
  const list = make("ul", "qx-check-list");
  const name = (id: string) => models.find((m) => m.id === id)?.model ?? id;
  const item = (key: string, status: keyof typeof MARK, claim: string, detail: (Node | string)[]) => {
    const li = make("li", `qx-claim qx-claim-${status}`);
    li.dataset.check = key;
    li.dataset.status = status;
    const mark = make("span", "qx-check-mark", MARK[status]);
    mark.setAttribute("aria-hidden", "true");
    li.append(mark, make("div", null, make("div", "qx-check-claim", claim), make("div", "qx-check-status", `${statusWords(status, lang)}${detail.length ? t(lang, "：", ": ") : ""}`, ...detail)));
    list.append(li);
  };
  const tail = (c: ClaimCheck) =>
    c.exceptions.length
      ? t(lang, "。报告的说法仅在其图表未包含上述模型时成立。", ". The report's statement holds only if its chart did not include them.")
      : "";

  // Intelligence leaders.
  const [top, second] = checks.leaders.reportValues;
  const leaders = checks.leaders;
  item(
    "leaders",
    leaders.status,
    t(
      lang,
      `智力：${top.model} 与 ${second.model} 表现最佳，得分分别为 ${top.value} 和 ${second.value}（报告）。`,
      `Intelligence: ${top.model} and ${second.model} score highest, ${top.value} and ${second.value} (the report).`
    ),
    leaders.missing.length
      ? [t(lang, `${leaders.missing.map(name).join("、")} 不在当前视图中`, `${leaders.missing.map(name).join(", ")} not in the current view`)]
      : leaders.exceptions.length
        ? [
            t(lang, `高于 ${second.model}（${second.dataValue}）的还有 `, `also above ${second.model} (${second.dataValue}): `),
            listExceptions(leaders, lang, (v) => formatNumber(v, lang), asOf),
            tail(leaders)
          ]
        : [t(lang, `${top.model} ${top.dataValue} 居首，${second.model} ${second.dataValue} 其次`, `${top.model} ${top.dataValue} leads, ${second.model} ${second.dataValue} is next`)]
  );

  // Speed.
  const fastest = checks.fastest;
  const speed = fastest.reportValues[0];
  item(
    "fastest",
    fastest.status,
    said(REPORT_CLAIMS.fastest.fact, `${speed.model}: ${speed.value} t/s`),
    fastest.missing.length
      ? [t(lang, `${speed.model} 不在当前视图中`, `${speed.model} is not in the current view`)]
      : fastest.exceptions.length
        ? [
            t(lang, "更快的有 ", "faster here: "),
            listExceptions(fastest, lang, (v) => `${formatNumber(v, lang)} t/s`, asOf),
            tail(fastest)
          ]
        : [t(lang, `当前视图中没有更快的模型（有速度数据的模型中）`, `no faster model in this view (among models with a speed figure)`)]
  );

  // Price.
  const cheapest = checks.cheapest;
  const price = cheapest.reportValues[0];
  item(
    "cheapest",
    cheapest.status,
    said(REPORT_CLAIMS.cheapest.fact, `${price.model}: $${price.value}`),
    cheapest.missing.length
      ? [t(lang, `${price.model} 不在当前视图中`, `${price.model} is not in the current view`)]
      : [
          t(
            lang,
            `${price.model} 按标价与 ${mixWords(mix, lang)} 计算的混合价格为 ${formatPrice(price.dataValue, lang)}（报告写约 $${price.value}）`,
            `${price.model} blended from its list prices at ${mixWords(mix, lang)} is ${formatPrice(price.dataValue, lang)} (the report says ≈ $${price.value})`
          ),
          ...(cheapest.exceptions.length
            ? [
                t(lang, "；更便宜的有 ", "; cheaper here: "),
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
    t(lang, `象限：${names.join("、")} 等模型位于强吸引力象限（报告）。`, `Quadrant: ${names.join(" and ")} sit in the attractive quadrant (the report).`),
    quadrant.missing.length
      ? [t(lang, `${quadrant.missing.map(name).join("、")} 不在当前视图中`, `${quadrant.missing.map(name).join(", ")} not in the current view`)]
      : quadrant.named.map((n, i) =>
          `${i ? t(lang, "；", "; ") : ""}${n.model} ${formatNumber(n.intelligence!, lang)} · ${formatPrice(n.price, lang)} ${
            n.inside ? t(lang, "在象限内", "inside") : t(lang, "在象限外", "outside")
          }${n.scenario ? t(lang, "（情景价格）", " (scenario price)") : ""}`
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
    root.append(make("p", "qx-empty", t(lang, "数据中的每个模型都已绘出。", "Every model in the data is plotted.")));
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
  if (gaps.length > MAX_LISTED) list.append(make("li", "qx-empty", t(lang, `……另有 ${gaps.length - MAX_LISTED} 个（见表格视图）`, `… and ${gaps.length - MAX_LISTED} more (see the table view)`)));
  for (const reason of ["released-after-report", "hidden-vendor", "hidden-reasoning"] as const) {
    const hidden = view.aside.filter((m) => hiddenByFilter(m) && m.reasons.includes(reason));
    if (!hidden.length) continue;
    const names = modelName(hidden.slice(0, 8).map((m) => m.model).join(t(lang, "、", ", ")) + (hidden.length > 8 ? " …" : ""), "span");
    const words = {
      "released-after-report": t(lang, `报告之后发布，“报告时点”视图不显示（${hidden.length}）：`, `Released after the report, not in the report snapshot (${hidden.length}): `),
      "hidden-vendor": t(lang, `已按厂商筛除（${hidden.length}）：`, `Hidden by the vendor filter (${hidden.length}): `),
      "hidden-reasoning": t(lang, `已按推理类型筛除（${hidden.length}）：`, `Hidden by the reasoning filter (${hidden.length}): `)
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
    title: t(lang, "未绘出的模型及原因", "Models not on the chart, and why"),
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
  const list = namedView.plotted.map((m) => `${m.model} ${m.intelligence} · ${formatPrice(m.sourcedPrice, lang)}`).join(t(lang, "；", "; "));
  const defaults = {minIntelligence: minIntelligenceParam.defaultValue, maxPrice: maxPriceParam.defaultValue};
  p.textContent = t(
    lang,
    `默认分界线（智力 ≥ ${derived.minIntelligence}，价格 ≤ $${derived.maxPrice}）由数据推出：恰好把报告点名的两个模型（${list}，${mixWords(mix, lang)}）框在内的最紧范围，再取到下一个整数值（智力取 5 的倍数，价格取 1、2、5 × 10 的幂）。`,
    `Default lines (intelligence ≥ ${derived.minIntelligence}, price ≤ $${derived.maxPrice}) are derived from the data: the tightest box around the two models the report names (${list}, ${mixWords(mix, lang)}), widened to the next round value (a multiple of 5 points; 1, 2 or 5 × a power of ten dollars).`
  );
  if (derived.minIntelligence !== defaults.minIntelligence || derived.maxPrice !== defaults.maxPrice) {
    p.textContent += t(
      lang,
      ` 注意：数据已变，页面默认值（${defaults.minIntelligence}，$${defaults.maxPrice}）需更新。`,
      ` Note: the data changed; the page's defaults (${defaults.minIntelligence}, $${defaults.maxPrice}) need updating.`
    );
  }
  return p;
}

/**
 * Resolves once the cell is on screen (Framework's visibility()), the page is about to be printed,
 * or the page presents (every slide is laid out and packed at once, so every figure is needed;
 * a presenting link's page is presenting from its first paint), whichever is first: a figure that
 * waits to be seen is still drawn, and current, on paper and on slides.
 */
export function whenSeenOrPrinted(visibility: () => Promise<unknown>, invalidation: Promise<unknown>): Promise<void> {
  const root = document.documentElement.classList;
  if (root.contains("deck-present") || root.contains("deck-present-loading")) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const needed = () => {
      removeEventListener("beforeprint", needed);
      removeEventListener(PRESENT_EVENT, needed);
      resolve();
    };
    addEventListener("beforeprint", needed, {once: true});
    addEventListener(PRESENT_EVENT, needed, {once: true});
    invalidation.then(() => {
      removeEventListener("beforeprint", needed);
      removeEventListener(PRESENT_EVENT, needed);
    });
    visibility().then(needed, () => {});
  });
}
