// Performance since the report, drawn from the user's own prices: returns per ticker and
// sector against the report's benchmarks, the allocation's path, and the industry rating
// 推荐 judged by its definition. Pure: (computed performance, options) -> Element.
import * as Plot from "../../vendor/plot.js";
import {labelMargin, plot} from "../../ui/plot.js";
import {html} from "htl";
import {pick} from "../../lib/i18n.js";
import type {
  BenchmarkId,
  BenchmarkKind,
  BenchmarkPerformance,
  Judgement,
  Performance,
  TickerPerformance
} from "../../lib/performance.js";
import type {RatingDefinition} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import type {Column} from "../../ui/figure.js";
import {PERFORMANCE_COLORS, sectorColor} from "../../ui/palette.js";
import {formatNumber, formatPartialDate, formatSignedPercent} from "../../ui/format.js";

const TEXT = {
  zh: {
    anEtfTrackingThe: "，跟踪该指数的 ETF",
    nasdaq100: "，纳斯达克 100，代替综合指数",
    notInTheFile: "（文件中没有）",
    openParen: "（",
    closeParen: "）",
    noPriceOnOr: (formatPartialDateSince: unknown, since: unknown) => `${formatPartialDateSince}之后无价格`,
    noPriceTheFile: (tickerReportedSpellingInFile: unknown, tickerTicker: unknown) => `无价格（文件使用报告写法 ${tickerReportedSpellingInFile}；交易代码为 ${tickerTicker}）`,
    noPrice: "无价格",
    missing: "—",
    ticker: "代码",
    sector: "行业",
    allocation: "配置权重 %",
    start: "起始日",
    startClose: "起始收盘",
    latest: "最新日",
    latestClose: "最新收盘",
    return: "涨跌 %",
    excessVs: "超额 vs ",
    status: "状态",
    priced: "有价格",
    returnSinceTheReport: "报告以来涨跌 %",
    basket: "报告清单（等权）",
    yourAllocation: "你的配置",
    cannotJudge: "无法判断：",
    priceFileHas: "价格文件中没有基准指数（标普 500 或纳斯达克指数）的价格。请加入 ^GSPC 或 ^IXIC 的收盘价（可用代码见下方说明）。",
    benchmarkUnpriced: (judgementSince: unknown) => `价格文件中的基准在起始日 ${judgementSince}之后没有价格。请选择更早的起始日，或加入更新的价格。`,
    tooEarlyToJudge: "尚早，无法判断",
    horizon: (judgementSince: unknown, judgementAsOf: unknown, judgementElapsedDays: unknown, judgementJudgeableFrom: unknown) => `评级期限为 3–6 个月；自 ${judgementSince}起，价格只到 ${judgementAsOf}（${judgementElapsedDays} 天）。最早可于 ${judgementJudgeableFrom}判断。下方的涨跌仅为期中数据。`,
    basketFull: "报告清单（等权）",
    finalMeasuredAtMonths: (judgementWindowEnd: unknown, horizonMax: unknown) => `最终判断：按 ${judgementWindowEnd}（满 ${horizonMax} 个月）计算`,
    provisionalMeasuredAtThe: (judgementWindowEnd: unknown, judgementFinalOn: unknown, horizonMax: unknown) => `期中判断：按最新收盘 ${judgementWindowEnd}计算；${judgementFinalOn}满 ${horizonMax} 个月后为最终判断`,
    bandSeparator: "／",
    cannotJudgePricesAre: "无法判断：窗口内缺少价格。",
    basketBeats: (recommendRating: unknown, bId: unknown, judgementMinExcessPct: unknown, idAnd: unknown) => `报告清单达到“${recommendRating}”的标准：对${bId}均超过 ${judgementMinExcessPct} 个百分点。`,
    basketBeatsOne: (bId: unknown, judgementMinExcessPct: unknown, idAnd: unknown) => `报告清单仅对${bId}超过 ${judgementMinExcessPct} 个百分点，对另一基准未达到。`,
    basketMisses: (recommendRating: unknown, judgementMinExcessPct: unknown, bands: unknown) => `报告清单未达到“${recommendRating}”的标准（超额未超过 ${judgementMinExcessPct} 个百分点），落在“${bands}”区间。`,
    returnColumn: "涨跌",
    ofWeightPriced: (coverageMaximumFractionDigits: unknown) => `有价格的权重占 ${coverageMaximumFractionDigits}%`,
    notAvailable: "暂无",
    pts: " 个百分点",
    beatsByMoreThan: (judgementMinExcessPct: unknown) => `✓ 超过 ${judgementMinExcessPct} 个百分点`,
    notMoreThanPts: (judgementMinExcessPct: unknown) => `✗ 未超过 ${judgementMinExcessPct} 个百分点`,
    band: "对应区间："
  },
  en: {
    anEtfTrackingThe: ", an ETF tracking the index",
    nasdaq100: ", the Nasdaq-100 standing in for the Composite",
    notInTheFile: " (not in the file)",
    openParen: " (",
    closeParen: ")",
    noPriceOnOr: (formatPartialDateSince: unknown, since: unknown) => `no price on or after ${since}`,
    noPriceTheFile: (tickerReportedSpellingInFile: unknown, tickerTicker: unknown) => `no price (the file uses the report's spelling ${tickerReportedSpellingInFile}; the exchange ticker is ${tickerTicker})`,
    noPrice: "no price",
    missing: "—",
    ticker: "Ticker",
    sector: "Sector",
    allocation: "Allocation %",
    start: "Start",
    startClose: "Start close",
    latest: "Latest",
    latestClose: "Latest close",
    return: "Return %",
    excessVs: "Excess vs ",
    status: "Status",
    priced: "priced",
    returnSinceTheReport: "Return since the report %",
    basket: "Report's list (equal weight)",
    yourAllocation: "Your allocation",
    cannotJudge: "Cannot judge: ",
    priceFileHas: "the price file has no prices for a benchmark (S&P 500 or Nasdaq). Add closes for ^GSPC or ^IXIC (the accepted tickers are listed below).",
    benchmarkUnpriced: (judgementSince: unknown) => `the file's benchmark has no price on or after the start date, ${judgementSince}. Choose an earlier start date or add later prices.`,
    tooEarlyToJudge: "Too early to judge",
    horizon: (judgementSince: unknown, judgementAsOf: unknown, judgementElapsedDays: unknown, judgementJudgeableFrom: unknown) => `The rating's horizon is 3–6 months; since ${judgementSince} the prices only reach ${judgementAsOf} (${judgementElapsedDays} days). It can be judged from ${judgementJudgeableFrom}. The returns below are interim figures only.`,
    basketFull: "The report's list (equal weight)",
    finalMeasuredAtMonths: (judgementWindowEnd: unknown, horizonMax: unknown) => `Final: measured at ${judgementWindowEnd} (${horizonMax} months)`,
    provisionalMeasuredAtThe: (judgementWindowEnd: unknown, judgementFinalOn: unknown, horizonMax: unknown) => `Provisional: measured at the latest close, ${judgementWindowEnd}; final after ${horizonMax} months, on ${judgementFinalOn}`,
    bandSeparator: " / ",
    cannotJudgePricesAre: "Cannot judge: prices are missing in the window.",
    basketBeats: (recommendRating: unknown, bId: unknown, judgementMinExcessPct: unknown, idAnd: unknown) => `The report's list meets “${recommendRating}”: it beats ${idAnd} by more than ${judgementMinExcessPct} points.`,
    basketBeatsOne: (bId: unknown, judgementMinExcessPct: unknown, idAnd: unknown) => `The report's list beats only ${idAnd} by more than ${judgementMinExcessPct} points, not the other benchmark.`,
    basketMisses: (recommendRating: unknown, judgementMinExcessPct: unknown, bands: unknown) => `The report's list does not meet “${recommendRating}” (excess not above ${judgementMinExcessPct} points); it falls in the “${bands}” band.`,
    returnColumn: "Return",
    ofWeightPriced: (coverageMaximumFractionDigits: unknown) => `${coverageMaximumFractionDigits}% of weight priced`,
    notAvailable: "not available",
    pts: " pts",
    beatsByMoreThan: (judgementMinExcessPct: unknown) => `✓ beats by more than ${judgementMinExcessPct} pts`,
    notMoreThanPts: (judgementMinExcessPct: unknown) => `✗ not more than ${judgementMinExcessPct} pts`,
    band: "Band: "
  }
} satisfies Record<Lang, unknown>;

export type BenchmarkNames = Record<BenchmarkId, {zh: string; en: string}>;
export type SectorNames = Map<string, {name: string; order: number}>;

function kindNote(kind: BenchmarkKind | null, lang: Lang): string {
  if (kind === "etf") return TEXT[lang].anEtfTrackingThe;
  if (kind === "nasdaq-100") return TEXT[lang].nasdaq100;
  return "";
}

/** "标普 500（^GSPC）": the report's name for the benchmark and the file's ticker used for it. */
export function benchmarkLabel(benchmark: BenchmarkPerformance, names: BenchmarkNames, lang: Lang): string {
  const name = names[benchmark.id][lang];
  if (!benchmark.ticker) return `${name}${TEXT[lang].notInTheFile}`;
  return `${name}${TEXT[lang].openParen}${benchmark.ticker}${kindNote(benchmark.kind, lang)}${TEXT[lang].closeParen}`;
}

function missingText(ticker: TickerPerformance, lang: Lang, since: string): string {
  if (ticker.missing === "no-price-since-start") return TEXT[lang].noPriceOnOr(formatPartialDate(since, lang), since);
  if (ticker.reportedSpellingInFile)
    return TEXT[lang].noPriceTheFile(ticker.reportedSpellingInFile, ticker.ticker);
  return TEXT[lang].noPrice;
}

/** The per-ticker table's columns; tickers without a price say so in the status column. */
export function performanceColumns(perf: Performance, {lang, names, sectors}: {lang: Lang; names: BenchmarkNames; sectors: SectorNames}): Column<TickerPerformance>[] {
  const fixed = (digits: number) => (v: number | null) => (v == null ? TEXT[lang].missing : formatNumber(v, lang, {minimumFractionDigits: digits, maximumFractionDigits: digits}));
  return [
    {key: "ticker", label: TEXT[lang].ticker},
    {key: "sectors", label: TEXT[lang].sector, value: (r) => r.sectors.map((s) => sectors.get(s)?.name ?? s).join("; ")},
    {key: "weight_pct", label: TEXT[lang].allocation, value: (r) => Math.round(r.weight * 1000) / 10, format: fixed(1)},
    {key: "start_date", label: TEXT[lang].start, value: (r) => r.ret?.startDate ?? null},
    {key: "start_close", label: TEXT[lang].startClose, value: (r) => r.ret?.startClose ?? null, format: fixed(2)},
    {key: "end_date", label: TEXT[lang].latest, value: (r) => r.ret?.endDate ?? null},
    {key: "end_close", label: TEXT[lang].latestClose, value: (r) => r.ret?.endClose ?? null, format: fixed(2)},
    {key: "return_pct", label: TEXT[lang].return, value: (r) => round2(r.ret?.returnPct), format: (v) => formatSignedPercent(v, lang, "")},
    {key: "excess_sp500", label: `${TEXT[lang].excessVs}${names.sp500[lang]}`, value: (r) => round2(r.excess.sp500), format: (v) => formatSignedPercent(v, lang, "")},
    {key: "excess_nasdaq", label: `${TEXT[lang].excessVs}${names.nasdaq[lang]}`, value: (r) => round2(r.excess.nasdaq), format: (v) => formatSignedPercent(v, lang, "")},
    {key: "status", label: TEXT[lang].status, value: (r) => (r.ret ? TEXT[lang].priced : missingText(r, lang, perf.since))}
  ];
}

/** An x domain with room beyond the longest bar on each side for its value label. */
function paddedDomain(values: number[]): [number, number] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const pad = Math.max(1, (max - min) * 0.24);
  return [min < 0 ? min - pad : 0, max > 0 ? max + pad : 0];
}

function round2(value: number | null | undefined): number | null {
  return value == null ? null : Math.round(value * 100) / 100;
}

/** Each ticker's return since the start, highest first, with the benchmarks as vertical rules. */
export function tickerReturnsChart(perf: Performance, {width, lang, names, sectors}: {width: number; lang: Lang; names: BenchmarkNames; sectors: SectorNames}) {
  const priced = perf.tickers.filter((r) => r.ret).sort((a, b) => b.ret!.returnPct - a.ret!.returnPct);
  const rows = priced.map((r) => ({
    ticker: r.ticker,
    returnPct: r.ret!.returnPct,
    color: sectorColor(sectors.get(r.sectors[0])?.order ?? 1),
    label: formatSignedPercent(r.ret!.returnPct, lang)
  }));
  const rules = perf.benchmarks.filter((b) => b.ret).map((b) => ({x: b.ret!.returnPct, name: `${names[b.id][lang]} ${formatSignedPercent(b.ret!.returnPct, lang)}`, color: PERFORMANCE_COLORS[b.id]}));
  return plot({
    width: Math.max(width, 320),
    height: Math.max(140, 17 * rows.length + 60),
    marginLeft: 56,
    marginRight: 60,
    marginTop: 40,
    x: {label: TEXT[lang].returnSinceTheReport, grid: true, domain: paddedDomain([...rows.map((r) => r.returnPct), ...rules.map((r) => r.x)])},
    y: {label: null, domain: rows.map((r) => r.ticker)},
    marks: [
      Plot.barX(rows, {y: "ticker", x: "returnPct", fill: "color", title: (d) => `${d.ticker}: ${d.label}`}),
      Plot.text(rows, {y: "ticker", x: "returnPct", text: "label", textAnchor: "start", dx: 4, filter: (d) => d.returnPct >= 0, fill: "currentColor"}),
      Plot.text(rows, {y: "ticker", x: "returnPct", text: "label", textAnchor: "end", dx: -4, filter: (d) => d.returnPct < 0, fill: "currentColor"}),
      Plot.ruleX([0]),
      Plot.ruleX(rules, {x: "x", stroke: "color", strokeWidth: 2, strokeDasharray: "5,3"}),
      // Two benchmark labels on two lines, so close returns do not overprint each other.
      ...rules.map((rule, i) => Plot.text([rule], {x: "x", text: "name", frameAnchor: "top", dy: -30 + 14 * i, fill: "color", fontWeight: 600}))
    ]
  });
}

/** The report's list as a basket, the allocation, the benchmarks, then each sector: one bar each. */
export function groupReturnsChart(perf: Performance, {width, lang, names, sectors}: {width: number; lang: Lang; names: BenchmarkNames; sectors: SectorNames}) {
  const rows = [
    {name: TEXT[lang].basket, returnPct: perf.basket.returnPct, color: PERFORMANCE_COLORS.basket},
    {name: TEXT[lang].yourAllocation, returnPct: perf.allocation.returnPct, color: PERFORMANCE_COLORS.allocation},
    ...perf.benchmarks.map((b) => ({name: names[b.id][lang], returnPct: b.ret?.returnPct ?? null, color: PERFORMANCE_COLORS[b.id]})),
    ...perf.sectors.map((s) => {
      const info = sectors.get(s.sector);
      return {name: info?.name ?? s.sector, returnPct: s.returnPct, color: sectorColor(info?.order ?? 1)};
    })
  ];
  const shown = rows.map((r) => ({...r, value: r.returnPct ?? 0, label: formatSignedPercent(r.returnPct, lang)}));
  return plot({
    width: Math.max(width, 480),
    height: 24 * rows.length + 50,
    marginLeft: labelMargin(shown.map((r) => r.name)),
    marginRight: 110,
    x: {label: TEXT[lang].returnSinceTheReport, grid: true, domain: paddedDomain(shown.map((r) => r.value))},
    y: {label: null, domain: shown.map((r) => r.name)},
    marks: [
      Plot.barX(shown, {y: "name", x: "value", fill: "color", title: (d) => `${d.name}: ${d.label}`}),
      Plot.text(shown, {y: "name", x: "value", text: "label", textAnchor: "start", dx: 4, filter: (d) => d.value >= 0, fill: "currentColor"}),
      Plot.text(shown, {y: "name", x: "value", text: "label", textAnchor: "end", dx: -4, filter: (d) => d.value < 0, fill: "currentColor"}),
      Plot.ruleX([0])
    ]
  });
}

export type CumulativeLine = {id: string; name: string; points: {date: string; returnPct: number}[]};

/** Buy-and-hold return since the start, day by day, for the basket, the allocation and the benchmarks. */
export function cumulativeChart(lines: CumulativeLine[], {width, lang}: {width: number; lang: Lang}) {
  const colors: Record<string, string> = PERFORMANCE_COLORS;
  // The latest value goes into the legend: end-of-line labels collide when two lines end close together.
  const named = lines.map((line) => ({...line, label: `${line.name} ${formatSignedPercent(line.points.at(-1)?.returnPct ?? null, lang)}`}));
  const points = named.flatMap((line) => line.points.map((p) => ({name: line.label, id: line.id, date: new Date(`${p.date}T00:00:00Z`), returnPct: p.returnPct})));
  return plot({
    width: Math.max(width, 480),
    height: 340,
    x: {label: null, type: "utc"},
    y: {label: TEXT[lang].returnSinceTheReport, grid: true, tickFormat: (d: number) => `${d}%`},
    color: {domain: named.map((l) => l.label), range: named.map((l) => colors[l.id] ?? "#999"), legend: true},
    marks: [
      Plot.ruleY([0]),
      Plot.line(points, {
        x: "date",
        y: "returnPct",
        stroke: "name",
        strokeWidth: (d) => (d.id === "basket" || d.id === "allocation" ? 2.5 : 1.5),
        tip: {format: {returnPct: (v: number) => formatSignedPercent(v, lang)}}
      })
    ]
  });
}

/**
 * The industry rating 推荐 against its definition: too early before three months, then the
 * excess over each benchmark, whether it clears the threshold, and the band it falls in.
 */
export function judgementPanel(
  judgement: Judgement,
  {lang, names, recommend, benchmarks}: {lang: Lang; names: BenchmarkNames; recommend: RatingDefinition; benchmarks: BenchmarkPerformance[]}
): HTMLElement {
  const definition = html`<p class="deck-judgement-definition"><span class="deck-rating">${pick(recommend, "rating", lang)}</span> ${pick(recommend, "definition", lang)}</p>`;
  if (judgement.status === "no-benchmark") {
    return html`<div class="deck-judgement" data-status="no-benchmark">${definition}<p><strong>${TEXT[lang].cannotJudge}</strong>${TEXT[lang].priceFileHas}</p></div>` as HTMLElement;
  }
  if (judgement.status === "no-price-since-start") {
    return html`<div class="deck-judgement" data-status="no-price-since-start">${definition}<p><strong>${TEXT[lang].cannotJudge}</strong>${TEXT[lang].benchmarkUnpriced(formatPartialDate(judgement.since, lang))}</p></div>` as HTMLElement;
  }
  if (judgement.status === "too-early") {
    return html`<div class="deck-judgement" data-status="too-early">${definition}<p class="deck-judgement-verdict"><strong>${TEXT[lang].tooEarlyToJudge}</strong></p><p>${TEXT[lang].horizon(formatPartialDate(judgement.since, lang), formatPartialDate(judgement.asOf, lang), judgement.elapsedDays, formatPartialDate(judgement.judgeableFrom, lang))}</p></div>` as HTMLElement;
  }
  const subjectName = (id: "basket" | "allocation") => (id === "basket" ? TEXT[lang].basketFull : TEXT[lang].yourAllocation);
  const benchmarkById = new Map(benchmarks.map((b) => [b.id, b]));
  const status =
    judgement.status === "final"
      ? TEXT[lang].finalMeasuredAtMonths(formatPartialDate(judgement.windowEnd, lang), judgement.horizon.max)
      : TEXT[lang].provisionalMeasuredAtThe(formatPartialDate(judgement.windowEnd, lang), formatPartialDate(judgement.finalOn, lang), judgement.horizon.max);
  const basket = judgement.subjects.find((subject) => subject.id === "basket")!;
  const judged = basket.vsBenchmarks.filter((b) => b.meets !== null);
  const met = judged.filter((b) => b.meets);
  const benchmarkName = (id: BenchmarkId) => names[id][lang];
  const bands = [...new Set(judged.map((b) => (b.band ? pick(b.band, "rating", lang) : "—")))].join(TEXT[lang].bandSeparator);
  const verdict = !judged.length
    ? TEXT[lang].cannotJudgePricesAre
    : met.length === judged.length
      ? TEXT[lang].basketBeats(pick(recommend, "rating", lang), judged.map((b) => benchmarkName(b.id)).join("与"), judgement.minExcessPct, judged.map((b) => benchmarkName(b.id)).join(" and "))
      : met.length
        ? TEXT[lang].basketBeatsOne(met.map((b) => benchmarkName(b.id)).join("与"), judgement.minExcessPct, met.map((b) => benchmarkName(b.id)).join(" and "))
        : TEXT[lang].basketMisses(pick(recommend, "rating", lang), judgement.minExcessPct, bands);
  return html`<div class="deck-judgement" data-status=${judgement.status}>${definition}
    <p class="deck-judgement-verdict" data-verdict=${met.length === judged.length && judged.length ? "meets" : met.length ? "partly" : "not-met"}><strong>${verdict}</strong></p>
    <p class="deck-judgement-status">${status}</p>
    <table class="deck-judgement-table">
      <thead><tr><th scope="col"></th><th scope="col" class="deck-num">${TEXT[lang].returnColumn}</th>${judgement.subjects[0].vsBenchmarks.map(
        (b) => html`<th scope="col" class="deck-num">${TEXT[lang].excessVs}${benchmarkLabel(benchmarkById.get(b.id)!, names, lang)}</th>`
      )}</tr></thead>
      <tbody>${judgement.subjects.map(
        (subject) => html`<tr data-subject=${subject.id}><th scope="row">${subjectName(subject.id)}${
          subject.coverage < 0.9995 ? html`<br><small>${TEXT[lang].ofWeightPriced(formatNumber(subject.coverage * 100, lang, {maximumFractionDigits: 1}))}</small>` : ""
        }</th><td class="deck-num">${formatSignedPercent(subject.returnPct, lang)}</td>${subject.vsBenchmarks.map(
          (b) => html`<td class="deck-num" data-benchmark=${b.id} data-meets=${b.meets === null ? "" : String(b.meets)}>${
            b.excessPct === null
              ? TEXT[lang].notAvailable
              : html`<strong>${formatSignedPercent(b.excessPct, lang, TEXT[lang].pts)}</strong><br>${
                  b.meets ? TEXT[lang].beatsByMoreThan(judgement.minExcessPct) : TEXT[lang].notMoreThanPts(judgement.minExcessPct)
                }<br><small>${TEXT[lang].band}${b.band ? pick(b.band, "rating", lang) : "—"}</small>`
          }</td>`
        )}</tr>`
      )}</tbody>
    </table>
  </div>` as HTMLElement;
}

export type SinceInput = HTMLElement & {value: string | null};

/**
 * The start date of "since the report": a date field that starts at the report's earliest
 * possible publication date, and a button back to it. Its value is null for that default
 * (the link then says nothing), else the chosen YYYY-MM-DD. Labels in both languages.
 */
export function sinceInput({earliest}: {earliest: string}): SinceInput {
  const form = document.createElement("form");
  form.className = "deck-since";
  form.addEventListener("submit", (event) => event.preventDefault());
  const label = document.createElement("label");
  label.htmlFor = "deck-since-date";
  const zh = document.createElement("span");
  zh.lang = "zh-CN";
  zh.textContent = "起始日";
  const en = document.createElement("span");
  en.lang = "en";
  en.textContent = "Start date";
  label.append(zh, en);
  const input = document.createElement("input");
  // A text field, not type="date": the browser's date field writes dates in the browser's language
  // (03/10/2025); an ISO date reads the same in both of the site's.
  input.type = "text";
  input.inputMode = "numeric";
  input.pattern = "\\d{4}-\\d{2}-\\d{2}";
  input.placeholder = earliest;
  input.size = 11;
  input.maxLength = 10;
  input.autocomplete = "off";
  input.id = "deck-since-date";
  input.required = true;
  const reset = document.createElement("button");
  reset.type = "button";
  reset.className = "deck-button";
  const resetZh = document.createElement("span");
  resetZh.lang = "zh-CN";
  resetZh.textContent = `恢复为 ${earliest}`;
  const resetEn = document.createElement("span");
  resetEn.lang = "en";
  resetEn.textContent = `Back to ${earliest}`;
  reset.append(resetZh, resetEn);
  const element = form as unknown as SinceInput;
  Object.defineProperty(element, "value", {
    get: () => (/^\d{4}-\d{2}-\d{2}$/.test(input.value) && input.value !== earliest ? input.value : null),
    set: (value: string | null) => {
      input.value = value ?? earliest;
    }
  });
  input.addEventListener("input", (event) => {
    event.stopPropagation();
    if (/^\d{4}-\d{2}-\d{2}$/.test(input.value)) form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  input.addEventListener("change", (event) => event.stopPropagation());
  reset.addEventListener("click", () => {
    input.value = earliest;
    form.dispatchEvent(new Event("input", {bubbles: true}));
  });
  form.append(label, input, reset);
  element.value = null;
  return element;
}
