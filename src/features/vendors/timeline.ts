// The report's dated events on a time axis. Two layouts of one component:
// - "lanes": one lane per vendor, dots stacked where they would overlap (the cross-vendor timeline);
// - "rows": one row per event with its title beside the dot (a vendor's slice, and narrow screens).
// Colour is the kind of event; a date known only to the year is a hollow dot at the start of
// that year with a bar over it; every dot tells its title, date, detail and source on hover.
import * as Plot from "../../vendor/plot.js";
import {scaleUtc, utcFormat, utcMonth, utcYear} from "../../vendor/plot.js";
import {figure, type Column} from "../../ui/figure.js";
import {pick} from "../../lib/i18n.js";
import type {ReportEvent, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {eventKindColor, vendorColor} from "../../ui/palette.js";
import {FONT_SIZE, HALO, LABEL_FONT_SIZE, PLOT_FONT_FAMILY, plot} from "../../ui/plot.js";
import {placeLabels} from "../../ui/labels.js";
import {clipText, measureText, textWidthEm, wrapText} from "../../ui/text.js";
import {
  COMPARED_VENDORS,
  datePeriod,
  datePrecision,
  kindsPresent,
  sortEvents,
  stackSlots,
  vendorName,
  vendorShortName,
  type EventKind
} from "../../lib/vendors.js";
import {formatSource} from "../../ui/format.js";
import {formatEventDate, kindLabel, precisionLabel} from "./labels.js";

const TEXT = {
  zh: {
    source: "来源：",
    date: "日期",
    precision: "精度",
    vendor: "厂商",
    kind: "类型",
    event: "事件",
    detail: "详情",
    sourceColumn: "来源",
    compressedYears: (year: unknown) => `阴影部分（${year} 年以前）事件较少，时间轴按比例压缩。`,
    noMatch: "没有符合所选条件的事件。",
    seeOnTimeline: "在跨厂商时间线中查看 →",
    hoverHint: "悬停圆点查看详情。",
    yearOnlyHint: "空心圆加横条表示报告只注明年份。",
    vendorTimeline: (vendor: string) => `${vendor} 发展时间线`,
    onTimeAxis: (title: string) => `${title}（时间轴）`
  },
  en: {
    source: "Source: ",
    date: "Date",
    precision: "Precision",
    vendor: "Vendor",
    kind: "Kind",
    event: "Event",
    detail: "Detail",
    sourceColumn: "Source",
    compressedYears: (year: unknown) => `The shaded years (before ${year}) hold few events and are compressed.`,
    noMatch: "No event matches the chosen filters.",
    seeOnTimeline: "See it on the cross-vendor timeline →",
    hoverHint: "Hover a dot for its details.",
    yearOnlyHint: "A hollow dot with a bar means the report gives only the year.",
    vendorTimeline: (vendor: string) => `${vendor}'s timeline`,
    onTimeAxis: (title: string) => `${title} (on a time axis)`
  }
} satisfies Record<Lang, unknown>;

/** The span of the report's dated events: 2015 (OpenAI founded) to 2025. */
export const TIMELINE_DOMAIN: [Date, Date] = [new Date(Date.UTC(2015, 0, 1)), new Date(Date.UTC(2026, 0, 1))];

export type TimelineLayout = "lanes" | "rows";

export type TimelineOptions = {
  width: number;
  lang: Lang;
  /** vendors.csv rows, for the vendors' names. */
  vendors: Vendor[];
  /** Vendor ids, one lane each, in order (lanes layout); defaults to the compared vendors that have events. */
  lanes?: readonly string[];
  /** "rows" under 600 px wide, else "lanes", unless given. */
  layout?: TimelineLayout;
  /** The time axis; defaults to 2015–2025 for lanes and to the events' own years for rows. */
  domain?: [Date, Date];
  /** Kinds shown in the legend; defaults to those present. */
  kinds?: readonly EventKind[];
  /**
   * The plot's height to fill (a present-mode stage slot, src/ui/stage.ts): the rows or lanes
   * spread to it, up to STRETCH_MAX times their reading size. Unset, the chart is as tall as its
   * events need.
   */
  height?: number;
  document?: Document;
};

/** How far a stage may stretch the rows or lanes: a handful of events should not become a sparse ladder. */
const STRETCH_MAX = 1.9;

const DOT_RADIUS = 5.5;

type Placed = ReportEvent & {start: Date; end: Date; y: number | string; yearOnly: boolean; tip: string; label: string};

/** The hover card's type: body size, with Chinese lines spaced for reading (Plot's tip is 10 px, lines touching). */
export const TIP_FONT_SIZE = 15;
const tipLineHeight = (lang: Lang) => (lang === "zh" ? 1.6 : 1.4);
/** Lines of the hover card at most this many ems, fewer where the card has less room (`width` px, its padding and pointer included). */
const tipEms = (width: number) => Math.max(9, Math.min(26, Math.floor((width - 40) / TIP_FONT_SIZE)));

/** The hover card of every dot: legible, and inside the chart. */
function eventTip(placed: Placed[], lang: Lang) {
  return Plot.tip(
    placed,
    Plot.pointer({
      x: "start",
      y: "y",
      title: "tip",
      lineWidth: Infinity,
      fontSize: TIP_FONT_SIZE,
      lineHeight: tipLineHeight(lang),
      textPadding: 10,
      maxRadius: 30
    })
  );
}

/** The hover text of an event: title, date with its precision, detail, vendor · kind, source; lines at most `ems` wide. */
export function eventTipText(event: ReportEvent, {lang, vendors, ems = 26}: {lang: Lang; vendors: Vendor[]; ems?: number}): string {
  const lines = [
    ...wrapText(pick(event, "title", lang), ems),
    formatEventDate(event.date, lang),
    ...(pick(event, "detail", lang) ? wrapText(pick(event, "detail", lang), ems) : []),
    `${vendorName(vendors, event.vendor, lang)} · ${kindLabel(event.kind, lang)}`,
    ...wrapText(`${TEXT[lang].source}${formatSource(event.source, lang)}`, ems)
  ];
  return lines.join("\n");
}

export function timelineChart(events: ReportEvent[], options: TimelineOptions): HTMLElement | SVGSVGElement {
  const {width, lang} = options;
  const layout = options.layout ?? (width < 600 ? "rows" : "lanes");
  return layout === "rows" ? rowsChart(sortEvents(events), options) : lanesChart(sortEvents(events), options);
}

function colorScale(events: ReportEvent[], {lang, kinds}: TimelineOptions) {
  const domain = kinds ? [...kinds] : kindsPresent(events);
  return {
    domain,
    range: domain.map(eventKindColor),
    legend: true,
    tickFormat: (kind: EventKind) => kindLabel(kind, lang),
    className: "deck-timeline-legend"
  };
}

/** Where the lanes layout stops compressing time: the report's events crowd 2023–2025. */
export const DETAIL_FROM = new Date(Date.UTC(2023, 0, 1));
const COMPRESSED_SHARE = 0.3;

function lanesChart(events: ReportEvent[], options: TimelineOptions) {
  const {width, lang, vendors, document} = options;
  const domain = options.domain ?? TIMELINE_DOMAIN;
  const lanes = options.lanes ?? COMPARED_VENDORS.filter((id) => events.some((e) => e.vendor === id));
  const laneLabels = lanes.map((id) => vendorName(vendors, id, lang));
  const marginLeft = Math.ceil(Math.max(60, ...laneLabels.map((l) => textWidthEm(l) * FONT_SIZE)) + 24);
  const marginRight = 20;
  // Years before 2023 hold few events: they get 30% of the width (shaded), the crowded years the rest.
  const compressed = width >= 600 && domain[0] < DETAIL_FROM && DETAIL_FROM < domain[1];
  const [left, right] = [marginLeft, width - marginRight];
  const xDomain = compressed ? [domain[0], DETAIL_FROM, domain[1]] : domain;
  const xRange = compressed ? [left, left + (right - left) * COMPRESSED_SHARE, right] : [left, right];
  const x = scaleUtc(xDomain, xRange);
  const slotPx = DOT_RADIUS * 2 + 3;

  // Stack each lane's dots, then give each lane the height its stack needs.
  const placed: Placed[] = [];
  const laneCenters: number[] = [];
  const laneEdges: number[] = [0];
  let top = 0;
  for (const vendor of lanes) {
    const laneEvents = events.filter((e) => e.vendor === vendor);
    const periods = laneEvents.map((e) => ({...datePeriod(e.date), yearOnly: datePrecision(e.date) === "year"}));
    const slots = stackSlots(
      periods.map((p) => ({start: x(p.start), end: p.yearOnly ? x(p.end) : x(p.start)})),
      slotPx
    );
    const maxSlot = Math.max(0, ...slots);
    const minSlot = Math.min(0, ...slots);
    const padding = 10;
    const center = top + padding + (maxSlot + 0.5) * slotPx;
    laneEvents.forEach((event, i) => {
      placed.push({
        ...event,
        ...periods[i],
        y: center - slots[i] * slotPx,
        tip: eventTipText(event, {lang, vendors, ems: tipEms(width)}),
        label: pick(event, "title", lang)
      });
    });
    laneCenters.push(center);
    top += (maxSlot - minSlot + 1) * slotPx + padding * 2;
    laneEdges.push(top);
  }
  const marginTop = 8;
  const marginBottom = 30;
  const natural = Math.max(top, 40);
  // On a stage the lanes spread to the slot's height: every position is scaled by `stretch`.
  const stretch = options.height ? Math.max(1, Math.min(STRETCH_MAX, (options.height - marginTop - marginBottom) / natural)) : 1;
  const height = Math.round(natural * stretch) + marginTop + marginBottom;
  const laneName = new Map(laneCenters.map((c, i) => [c, laneLabels[i]]));
  const laneVendor = new Map(laneCenters.map((c, i) => [c, lanes[i]]));
  const years = utcYear.range(domain[0], utcYear.offset(domain[1], 1));
  // Labels on the dots by the shared rule: inside the frame, on no dot or other label, model
  // releases first, then the newest; a label that cannot fit is dropped (its dot keeps its card).
  const yPx = (y: number) => marginTop + y * stretch;
  const bounds = {x0: marginLeft, x1: width - marginRight, y0: marginTop, y1: height - marginBottom};
  const dots = placed.map((p) => ({x: x(p.start), y: yPx(p.y as number), r: DOT_RADIUS + 1}));
  const laneShort = (vendor: string) =>
    vendorShortName(vendors.find((v) => v.id === vendor) ?? {id: vendor, name_en: vendor});
  const byPriority = placed
    .map((p, i) => ({p, i, priority: (p.kind === "model" ? 1e13 : 0) + p.start.getTime()}))
    .sort((a, b) => b.priority - a.priority);
  const requests = byPriority.map(({p, i}) => {
    // The lane names the vendor, so the label need not ("LLaMA 2 发布" keeps its number's name).
    const text = p.label.replace(new RegExp(`^${laneShort(p.vendor).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?=\\D)`), "");
    return {id: String(i), x: x(p.start), y: yPx(p.y as number), text, width: measureText(text, LABEL_FONT_SIZE, false, PLOT_FONT_FAMILY), height: LABEL_FONT_SIZE * 1.25};
  });
  // Beside the dot only (right, else left): a label above or below would sit in the next row of dots.
  const labels = placeLabels(requests, {obstacles: dots, bounds, radius: DOT_RADIUS + 2, directions: ["right", "left"], steps: [0]});
  const ticks = compressed
    ? years.filter((y) => y >= DETAIL_FROM || (y.getUTCFullYear() - domain[0].getUTCFullYear()) % 2 === 0)
    : years.filter((y) => width >= 800 || y.getUTCFullYear() % 2 === 0);

  return plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {type: "utc", domain: xDomain, range: xRange, ticks, tickFormat: "%Y", grid: true, label: null},
    y: {domain: [0, Math.max(top, 40)], range: [marginTop, height - marginBottom], axis: null},
    color: colorScale(events, options),
    marks: [
      compressed
        ? Plot.rectX([0], {
            x1: domain[0],
            x2: DETAIL_FROM,
            y1: 0,
            y2: Math.max(top, 40),
            fill: "currentColor",
            fillOpacity: 0.04,
            className: "deck-timeline-compressed"
          })
        : null,
      Plot.ruleY(laneEdges.slice(1, -1), {stroke: "currentColor", strokeOpacity: 0.15}),
      yearBars(placed),
      Plot.axisY({
        ticks: laneCenters,
        tickFormat: (c: number) => laneName.get(c) ?? "",
        tickSize: 0,
        label: null,
        fontSize: FONT_SIZE,
        // The lane names carry the vendors' colours, the dots the kinds': two scales, no shared colour.
        fill: (c: number) => vendorColor(laneVendor.get(c) ?? ""),
        className: "deck-timeline-lanes"
      }),
      // Plot's text anchor is one per mark: labels right of their dot, then those left of it.
      ...(["start", "end"] as const).map((anchor) =>
        Plot.text(
          labels.filter((l) => l.anchor === anchor),
          {
            ...HALO,
            x: (l: (typeof labels)[number]) => x.invert(l.x),
            y: (l: (typeof labels)[number]) => (l.y - marginTop) / stretch,
            text: "text",
            textAnchor: anchor,
            fontSize: LABEL_FONT_SIZE,
            className: "deck-timeline-label"
          }
        )
      ),
      ...eventDots(placed, lang)
    ]
  });
}

function rowsChart(events: ReportEvent[], options: TimelineOptions) {
  const {width, lang, vendors, document} = options;
  const manyVendors = new Set(events.map((e) => e.vendor)).size > 1;
  const starts = events.map((e) => datePeriod(e.date));
  const domain: [Date, Date] =
    options.domain ??
    (events.length
      ? [
          utcYear.floor(new Date(Math.min(...starts.map((p) => p.start.getTime())))),
          utcYear.ceil(new Date(Math.max(...starts.map((p) => p.end.getTime()))))
        ]
      : TIMELINE_DOMAIN);
  const dateLabels = events.map((e) => shortDate(e.date, lang));
  const marginLeft = Math.ceil(Math.max(48, ...dateLabels.map((l) => textWidthEm(l) * (FONT_SIZE - 1))) + 20);
  const marginRight = 12;
  // Dots take the left part; the latest event keeps 40% of the width for its title (more on a phone).
  const xRight = width - marginRight - Math.max(150, Math.round(width * (width < 500 ? 0.55 : 0.4)));
  const marginTop = 28;
  const marginBottom = 28;
  // 26 px a row while reading. On a stage the rows take the slot's height: spread, or closer (down
  // to 17 px, room for a 13 px line) where many events would otherwise make the slide scale down.
  const rowPx = options.height && events.length ? Math.max(17, Math.min(26 * STRETCH_MAX, (options.height - marginTop - marginBottom) / events.length)) : 26;
  const height = events.length * rowPx + marginTop + marginBottom;
  const pxPerMs = (xRight - marginLeft) / (domain[1].getTime() - domain[0].getTime());
  const placed: Placed[] = events.map((event, i) => {
    const period = starts[i];
    const yearOnly = datePrecision(event.date) === "year";
    // A year-only event's title follows its bar (over the bar it read as struck through); another's follows its dot.
    const x = marginLeft + ((yearOnly ? period.end : period.start).getTime() - domain[0].getTime()) * pxPerMs;
    const room = (width - marginRight - x - DOT_RADIUS - 8) / FONT_SIZE;
    // Among several vendors, name the vendor unless the title already does.
    const short = vendorShortName(
      vendors.find((v) => v.id === event.vendor) ?? {id: event.vendor, name_en: event.vendor}
    );
    const title = pick(event, "title", lang);
    const prefix = manyVendors && !title.toLowerCase().includes(short.toLowerCase()) ? `${short} · ` : "";
    return {
      ...event,
      ...period,
      yearOnly,
      y: event.id,
      // The card opens to the right of the dots (their left is the dates): its lines fit what is left there.
      tip: eventTipText(event, {lang, vendors, ems: tipEms(width - xRight + 20)}),
      label: clipText(prefix + title, room)
    };
  });
  const dateOf = new Map(events.map((e, i) => [e.id, dateLabels[i]]));

  return plot({
    document,
    width,
    height,
    marginLeft,
    marginRight,
    marginTop,
    marginBottom,
    x: {
      type: "utc",
      domain,
      range: [marginLeft, xRight],
      ...yearTicks(domain, xRight - marginLeft, lang),
      grid: true,
      label: null,
      axis: "both"
    },
    y: {
      type: "point",
      domain: events.map((e) => e.id),
      range: [marginTop + rowPx / 2, height - marginBottom - rowPx / 2],
      axis: null
    },
    color: colorScale(events, options),
    marks: [
      Plot.axisY({tickFormat: (id: string) => dateOf.get(id) ?? "", tickSize: 0, label: null, fontSize: FONT_SIZE - 1}),
      yearBars(placed),
      Plot.text(placed, {
        x: (p: Placed) => (p.yearOnly ? p.end : p.start),
        y: "y",
        text: "label",
        dx: DOT_RADIUS + 6,
        textAnchor: "start",
        fontSize: FONT_SIZE,
        fill: "currentColor",
        className: "deck-timeline-label"
      }),
      ...eventDots(placed, lang)
    ]
  });
}

/** A date short enough for an axis: "2024年5月" / "2024-05"; a year alone stays "2015年" / "2015". */
function shortDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split("-");
  if (!month) return lang === "zh" ? `${year}年` : year;
  return lang === "zh"
    ? `${year}年${Number(month)}月${day ? `${Number(day)}日` : ""}`
    : `${year}-${month}${day ? `-${day}` : ""}`;
}

/** Ticks that never touch (a year label is about 36 px): every half-year, year, two, five or ten years. */
function yearTicks(domain: [Date, Date], px: number, lang: Lang) {
  const years = (domain[1].getTime() - domain[0].getTime()) / (365.25 * 864e5);
  const perYear = px / years;
  if (perYear >= 120) {
    const tickFormat = (d: Date) =>
      d.getUTCMonth() === 0
        ? String(d.getUTCFullYear())
        : lang === "zh"
          ? `${d.getUTCMonth() + 1}月`
          : utcFormatMonth(d);
    return {ticks: utcMonth.every(6)!.range(domain[0], utcMonth.offset(domain[1], 1)), tickFormat};
  }
  // The smallest step whose labels stand 44 px apart; on a phone's narrow time column even ten
  // years may not, and then only the first year is written (the rows carry their own dates).
  const step = [1, 2, 5, 10].find((years) => perYear * years >= 44);
  const yearly = utcYear.every(step ?? 10)!.range(domain[0], utcYear.offset(domain[1], 1));
  return {ticks: step ? yearly : yearly.slice(0, 1), tickFormat: (d: Date) => String(d.getUTCFullYear())};
}

const utcFormatMonth = utcFormat("%b");

/** A date known only to the year: a bar over the year, drawn beneath the labels (which it must not strike through). */
function yearBars(placed: Placed[]) {
  return Plot.ruleY(
    placed.filter((p) => p.yearOnly),
    {x1: "start", x2: "end", y: "y", stroke: "kind", strokeWidth: 4, strokeOpacity: 0.35, className: "deck-timeline-year"}
  );
}

/** The events' dots (a year-only date's hollow, at the start of its bar's year) and their hover cards, above the labels. */
function eventDots(placed: Placed[], lang: Lang) {
  const yearOnly = placed.filter((p) => p.yearOnly);
  const precise = placed.filter((p) => !p.yearOnly);
  const ariaLabel = (p: Placed) => p.tip.replace(/\n/g, " ");
  return [
    Plot.dot(yearOnly, {
      x: "start",
      y: "y",
      r: DOT_RADIUS,
      stroke: "kind",
      strokeWidth: 2,
      fill: "var(--theme-background, white)",
      ariaLabel,
      className: "deck-timeline-dot"
    }),
    Plot.dot(precise, {
      x: "start",
      y: "y",
      r: DOT_RADIUS,
      fill: "kind",
      stroke: "var(--theme-background, white)",
      strokeWidth: 1,
      ariaLabel,
      className: "deck-timeline-dot"
    }),
    eventTip(placed, lang)
  ];
}

/** The table and CSV columns of events: date as given, its precision, vendor, kind, title, detail, source. */
export function eventColumns(lang: Lang, vendors: Vendor[]): Column<ReportEvent>[] {
  return [
    {key: "date", label: TEXT[lang].date},
    {
      key: "precision",
      label: TEXT[lang].precision,
      value: (e) => datePrecision(e.date),
      format: (p) => precisionLabel(p, lang)
    },
    {key: "vendor", label: TEXT[lang].vendor, format: (id) => vendorName(vendors, id, lang)},
    {key: "kind", label: TEXT[lang].kind, format: (kind) => kindLabel(kind, lang)},
    {key: "title", label: TEXT[lang].event, value: (e) => pick(e, "title", lang)},
    {key: "detail", label: TEXT[lang].detail, value: (e) => pick(e, "detail", lang)},
    {key: "source", label: TEXT[lang].sourceColumn, format: (s) => formatSource(s, lang)}
  ];
}

export type TimelineFigureOptions = TimelineOptions & {
  title: string;
  source: string;
  fileName: string;
  /** What this timeline adds to the standard notes (how to read its dots, compressed years). */
  note?: string | Node;
};

/** A vendor's timeline's title, "OpenAI 发展时间线" / "OpenAI's timeline". */
export function vendorTimelineTitle(vendorName: string, lang: Lang): string {
  return TEXT[lang].vendorTimeline(vendorName);
}

/** The title of a report's figure redrawn on a time axis: "图表 19 …（时间轴）". */
export function onTimeAxisTitle(figureTitle: string, lang: Lang): string {
  return TEXT[lang].onTimeAxis(figureTitle);
}

/** The timeline as a figure: caption, chart, source, the events as a table, and their CSV. */
export function timelineFigure(events: ReportEvent[], options: TimelineFigureOptions): HTMLElement {
  const {lang, vendors, title, source, fileName, note} = options;
  const sorted = sortEvents(events);
  const chart = sorted.length ? timelineChart(sorted, options) : emptyNotice(lang);
  // The notes say how to read what this chart shows: hover, hollow dots if any, compressed years if any.
  const yearOnly = sorted.some((event) => datePrecision(event.date) === "year") ? TEXT[lang].yearOnlyHint : "";
  const compressed = chart.querySelector?.(".deck-timeline-compressed")
    ? TEXT[lang].compressedYears(DETAIL_FROM.getUTCFullYear())
    : "";
  const hover = sorted.length ? TEXT[lang].hoverHint : "";
  const fullNote = [note, hover, yearOnly, compressed].filter((p): p is string | Node => Boolean(p));
  const noteNode = fullNote.length ? joinNote(fullNote, lang) : undefined;
  const element = figure({
    lang,
    title,
    chart,
    rows: sorted,
    columns: eventColumns(lang, vendors),
    source,
    fileName,
    note: noteNode,
    tableRows: 15
  });
  element.classList.add("deck-timeline");
  return element;
}

/** The notes as one: Chinese sentences follow each other with no space, English ones with one. */
function joinNote(parts: (string | Node)[], lang: Lang): string | Node {
  const gap = lang === "zh" ? "" : " ";
  if (parts.every((p) => typeof p === "string")) return parts.join(gap);
  const span = document.createElement("span");
  parts.forEach((p, i) => span.append(...(i && gap ? [gap, p] : [p])));
  return span;
}

function emptyNotice(lang: Lang): HTMLElement {
  const p = document.createElement("p");
  p.className = "deck-timeline-empty";
  p.textContent = TEXT[lang].noMatch;
  return p;
}

/** A link to the cross-vendor timeline filtered to one vendor (the filter is a link parameter). */
export function timelineLink(vendor: string, {lang}: {lang: Lang}): HTMLElement {
  const p = document.createElement("p");
  p.className = "deck-see-also";
  const link = document.createElement("a");
  link.href = `./timeline.html?vendors=${encodeURIComponent(vendor)}`;
  link.textContent = TEXT[lang].seeOnTimeline;
  p.append(link);
  return p;
}
