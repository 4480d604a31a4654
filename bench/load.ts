// `npm run bench:load`: how heavy each page is on a first visit and how soon its first chart
// shows, against a blank Framework page (Plot, d3 and Inputs imported from node_modules, one
// Plot dot chart) built from the same node_modules: the floor for a page that draws a chart.
//
// Weight: every response of a fresh visit (new browser context, empty cache), its body's raw
// bytes and its gzip bytes computed here with zlib (the static server does not compress).
// First chart: from the navigation's start to the first Plot svg (or the quadrant chart's first
// dot) in the DOM, with Chromium's CPU throttled 4× (CDP), the median of --runs visits, and when
// the first frame with it in the page was drawn ("painted": what the reader sees; a page whose
// layout runs after the chart is inserted shows it later than it is in the DOM); beside
// it, when the same visits' document was parsed (Navigation Timing's domInteractive): no cell
// runs before it, so the two split a page's time into its document and its cells; the
// pages are visited in turn within each run, so a busy moment on the machine hits all alike. A
// page's ratio to the blank page is paired by run (its time over the blank page's in the same
// run), then the median of those ratios, with their interquartile range: the machine's drift
// over a long run cancels out, and the range shows how far one run's ratio can be trusted.
//
// A second reference, "shell": the same blank page inside this site's shell (its config's header,
// footer, sidebar, head scripts and stylesheet, and the bootstrap every page imports, bundled and
// minified as the build does), the other pages as stubs so the sidebar lists them all. It is what
// any page of this site costs before its own content: the part of each page's ratio that no
// page's content can win back.
//
// Options: --reuse (measure the existing dist/ instead of running npm run build), --runs N
// (throttled visits per page, default 3), --pages /a,/b (only these pages; the blank page is
// always measured), --baseline DIR (also measure the same pages of another build, e.g. a copy of
// an earlier dist/, interleaved with this one's: a change's effect, free of the drift between
// runs; listed as "/page @base"), --json FILE (also write the figures as JSON), --profile (after
// the timed visits, trace up to 5 more visits of each page and print where its main thread's
// time went before the first chart: parsing, style, layout, fonts, paint, script, other, idle; a traced
// visit is slower, so these are printed apart from the timed figures, never mixed with them).
import {spawn} from "node:child_process";
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {dirname, join} from "node:path";
import {gzipSync} from "node:zlib";
import {median, quantile} from "d3-array";
import type {Browser} from "playwright-core";
import {DIST, FIRST_CHART, builtPages, launch, serve} from "../tests/browser/harness.js";
import {DATA, OBSERVABLE, ROOT, SRC, prepareOfflineNpmCache} from "../scripts/framework.js";
import {builtChapters} from "../src/build/chapters.js";
import {finishBuild} from "../scripts/finish-build.js";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? (args[i + 1] ?? "") : undefined;
};
const RUNS = Number(option("runs") ?? 3);
const REUSE = args.includes("--reuse");
const ONLY = option("pages")?.split(",");
const BASELINE = option("baseline");
const PROFILE = args.includes("--profile");
const CPU_THROTTLE = 4;
const TARGET_RATIO = 1.2;
const FIRST_CHART_MESSAGE = "deck-first-chart";
const FIRST_PAINT_MESSAGE = "deck-first-chart-painted";

const BLANK_PAGE = `# Blank

\`\`\`js
import * as Plot from "@observablehq/plot";
import * as Inputs from "@observablehq/inputs";
import * as d3 from "d3";
\`\`\`

\`\`\`js
const count = view(Inputs.range([10, 200], {label: "Points", step: 1, value: 100}));
\`\`\`

\`\`\`js
display(Plot.dot(d3.range(count), {x: (i) => i, y: (i) => Math.sin(i / 8)}).plot({width}));
\`\`\`
`;

// The offline rules every Framework site here follows (DESIGN.md): no Google Fonts, a favicon.
const BLANK_CONFIG = `export default {root: "src", title: "Blank", globalStylesheets: [], head: '<link rel="icon" href="data:,">'};\n`;

// The blank page's chart inside this site's shell: its first cell also imports the bootstrap, as every page's does.
const SHELL_PAGE = BLANK_PAGE.replace("# Blank", "# Shell").replace("```js\n", '```js\nimport "./site/bootstrap.js";\n');
// This site's own configuration, as is, writing to the temp folder's dist/.
const SHELL_CONFIG = `import config from ${JSON.stringify(join(ROOT, "observablehq.config.ts"))};\nexport default {...config, output: "dist"};\n`;

function run(command: string, commandArgs: string[], cwd: string, env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, {
      cwd,
      stdio: ["ignore", "ignore", "inherit"],
      env: {...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", ...env}
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${commandArgs.join(" ")} exited with ${code}`))
    );
  });
}

/** Builds the blank site in a temp folder that shares this project's node_modules; returns its dist/. */
async function buildBlankSite(folder: string): Promise<string> {
  mkdirSync(join(folder, "src"), {recursive: true});
  writeFileSync(join(folder, "observablehq.config.js"), BLANK_CONFIG);
  writeFileSync(join(folder, "src", "index.md"), BLANK_PAGE);
  symlinkSync(join(ROOT, "node_modules"), join(folder, "node_modules"), "dir");
  prepareOfflineNpmCache(join(folder, "src", ".observablehq", "cache"));
  await run(OBSERVABLE, ["build"], folder);
  return join(folder, "dist");
}

/**
 * Builds the shell site in a temp folder: a copy of src/ without its pages, the blank chart as
 * the home page and a one-line stub for every other page of the sidebar; returns its dist/.
 */
async function buildShellSite(folder: string): Promise<string> {
  const pages = builtChapters().flatMap((chapter) => chapter.pages.map((page) => page.path));
  cpSync(SRC, join(folder, "src"), {recursive: true, filter: (source) => !source.endsWith(".md") && !source.includes(".observablehq")});
  // The loaders check the data against the real pages, which the copy does not have: each is
  // replaced by what it wrote for the site's build (dist/_file/data/NAME.HASH.EXT).
  const built = readdirSync(join(DIST, "_file", "data"));
  for (const loader of readdirSync(join(folder, "src", "data")).filter((name) => /\.\w+\.ts$/.test(name))) {
    const output = loader.replace(/\.ts$/, "");
    const [name, extension] = [output.slice(0, output.lastIndexOf(".")), output.slice(output.lastIndexOf(".") + 1)];
    const file = built.find((each) => each.startsWith(`${name}.`) && each.endsWith(`.${extension}`));
    if (!file) continue; // not a file the site's build wrote (tables.zip is unpacked): the page does not use it
    rmSync(join(folder, "src", "data", loader));
    cpSync(join(DIST, "_file", "data", file), join(folder, "src", "data", output));
  }
  writeFileSync(join(folder, "src", "index.md"), SHELL_PAGE);
  for (const page of pages.filter((path) => path !== "/")) writeFileSync(join(folder, "src", `${page.slice(1)}.md`), `# ${page.slice(1)}\n`);
  // An ES module folder, so that Framework's TypeScript loader reads the config as this project does.
  writeFileSync(join(folder, "package.json"), `{"type": "module"}\n`);
  writeFileSync(join(folder, "observablehq.config.ts"), SHELL_CONFIG);
  symlinkSync(join(ROOT, "node_modules"), join(folder, "node_modules"), "dir");
  prepareOfflineNpmCache(join(folder, "src", ".observablehq", "cache"));
  // The copied loaders read this project's data/, not a data/ beside the copy.
  await run(OBSERVABLE, ["build"], folder, {DECK_DATA_DIR: DATA});
  // Finished as npm run build finishes the site: each page's modules bundled and minified.
  await finishBuild(join(folder, "dist"));
  return join(folder, "dist");
}

type Weight = {requests: number; raw: number; gzip: number; byKind: Record<string, number>; hasChart: boolean};
/** firstChart[run]: that run's visit, null when no chart showed in it; parsed[run]: when its document was parsed. */
type Measure = {
  name: string;
  weight: Weight;
  firstChart: (number | null)[];
  /** painted[run]: when the first frame with that run's chart in the page was drawn. */
  painted: (number | null)[];
  parsed: number[];
  baseline?: boolean;
  /** --profile: each traced visit's main-thread work before the first chart, ms by kind. */
  work?: Record<WorkKind, number>[];
};
type Visit = {chart: number | null; painted: number | null; parsed: number; work?: Record<WorkKind, number>};

function kindOf(path: string): string {
  if (path.startsWith("/_file/")) return "data";
  if (path.endsWith(".css")) return "css";
  if (path.startsWith("/_node/zod")) return "zod";
  if (path.startsWith("/_node/")) return "libs";
  // Plot and the d3 it uses, bundled by the build (src/vendor/plot.js): a library, not the site's code.
  if (path.startsWith("/_import/vendor/")) return "libs";
  if (path.startsWith("/_observablehq/")) return "framework";
  if (path.endsWith(".js")) return "site js";
  return "html";
}
const KINDS = ["html", "css", "framework", "libs", "zod", "site js", "data"];

/** Every response of a fresh visit, until the network is idle and the first chart is there. */
async function weigh(browser: Browser, url: string): Promise<Weight> {
  const context = await browser.newContext({locale: "zh-CN"});
  const page = await context.newPage();
  const bodies: Promise<{path: string; body: Buffer}>[] = [];
  page.on("response", (response) => {
    if (!response.url().startsWith("http")) return;
    bodies.push(response.body().then((body) => ({path: new URL(response.url()).pathname, body})));
  });
  await page.goto(url, {waitUntil: "networkidle"});
  // A page with no chart is done when no cell is pending any more (Framework marks those).
  const hasChart = await page
    .waitForFunction(
      (selector) =>
        document.querySelector(selector) ? "chart" : document.querySelector("observablehq-loading") ? null : "none",
      FIRST_CHART,
      {timeout: 20_000}
    )
    .then(async (handle) => (await handle.jsonValue()) === "chart")
    .catch(() => false);
  await page.waitForLoadState("networkidle");
  const weight: Weight = {requests: 0, raw: 0, gzip: 0, byKind: {}, hasChart};
  for (const {path, body} of await Promise.all(bodies)) {
    const gzip = gzipSync(body).length;
    weight.requests += 1;
    weight.raw += body.length;
    weight.gzip += gzip;
    const kind = kindOf(path);
    weight.byKind[kind] = (weight.byKind[kind] ?? 0) + gzip;
  }
  await context.close();
  return weight;
}

/**
 * Milliseconds from the navigation's start to the first chart, CPU throttled (null if none shows),
 * to the first frame drawn with it (the frame's rendering ends before a task posted from its
 * animation-frame callbacks runs; posted at the scheduler's user-blocking priority, so it is the
 * first task after that frame: tasks the page queued for after its first paint, /watchlist's
 * figures below its first chart, no longer run first and count as the frame's), and to the end of
 * the document's parsing. The page reports
 * both as console messages: waiting with page.waitForFunction instead would inject Playwright's helper script (about 30 ms
 * of compiling at 4×) into the page while it loads, on the path to the chart it measures.
 */
async function throttledVisit(browser: Browser, url: string, {trace = false} = {}): Promise<Visit> {
  const context = await browser.newContext({locale: "zh-CN"});
  const page = await context.newPage();
  await page.addInitScript(
    ([selector, message, paintMessage]) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        performance.mark(message); // where a traced visit's window ends
        console.debug(message, performance.now());
        observer.disconnect();
        requestAnimationFrame(() => {
          // (No named function here: tsx would wrap it in a helper the page does not have.)
          const scheduler = (globalThis as {scheduler?: {postTask(task: () => void, options: {priority: string}): Promise<void>}}).scheduler;
          if (scheduler) void scheduler.postTask(() => console.debug(paintMessage, performance.now()), {priority: "user-blocking"});
          else {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => console.debug(paintMessage, performance.now());
            channel.port2.postMessage(null);
          }
        });
      });
      observer.observe(document, {childList: true, subtree: true});
    },
    [FIRST_CHART, FIRST_CHART_MESSAGE, FIRST_PAINT_MESSAGE]
  );
  const reported = (wanted: string) =>
    new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 30_000);
      page.on("console", (message) => {
        const [name, time] = message.text().split(" ");
        if (name !== wanted) return;
        clearTimeout(timer);
        resolve(Number(time));
      });
    });
  const shown = reported(FIRST_CHART_MESSAGE);
  const painted = reported(FIRST_PAINT_MESSAGE);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", {rate: CPU_THROTTLE});
  if (trace) await browser.startTracing(page, {categories: TRACE_CATEGORIES});
  await page.goto(url, {waitUntil: "load"});
  const [time, paintedTime] = await Promise.all([shown, painted]);
  const parsed = await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domInteractive);
  const work = trace ? mainThreadWork(JSON.parse((await browser.stopTracing()).toString()).traceEvents) : undefined;
  await context.close();
  return {chart: time, painted: paintedTime, parsed, work};
}

// What a traced visit records: the renderer's tasks, what each spent its time on, and the marks.
// "fonts": finding a font face and its sizes' render settings (nested in a layout, counted apart from it),
// which a page in Chinese pays for its CJK faces and the blank page, in Latin, mostly does not.
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "blink.user_timing", "loading", "fonts"];
const WORK_KINDS = ["parse", "style", "layout", "fonts", "paint", "script", "other", "idle"] as const;
type WorkKind = (typeof WORK_KINDS)[number];

/** The kind of work a trace event's own time (without the events nested in it) is. */
function workKind(name: string): Exclude<WorkKind, "idle"> {
  if (/^(ParseHTML|HTMLDocumentParser|DecodedDataDocumentParser)/.test(name)) return "parse";
  if (/^(UpdateLayoutTree|ParseAuthorStyleSheet)/.test(name)) return "style";
  if (name === "Layout") return "layout";
  if (/^(FontCache::|FontDataManager|WebSandboxSupportLinux::|PlatformFont|gfx::)/.test(name)) return "fonts";
  if (/^(Paint|PrePaint|Layerize|Commit|PaintImage|UpdateLayer)/.test(name)) return "paint";
  if (/^(v8\.|V8\.|FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|MajorGC|MinorGC)/.test(name)) return "script";
  return "other";
}

type TraceEvent = {name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: {data?: {documentLoaderURL?: string}}};

/**
 * The page's main thread from the navigation to the first chart (the mark the page set there):
 * the milliseconds of each kind of work, each event counted for its own time, and the idle rest.
 */
function mainThreadWork(events: TraceEvent[]): Record<WorkKind, number> {
  const work = Object.fromEntries(WORK_KINDS.map((kind) => [kind, 0])) as Record<WorkKind, number>;
  const mark = events.find((e) => e.name === FIRST_CHART_MESSAGE);
  if (!mark) return work;
  const onMain = (e: TraceEvent) => e.pid === mark.pid && e.tid === mark.tid;
  // The page's own navigation: documents made in passing (a template's, an empty frame's) have their own, without a URL.
  const start =
    events.filter((e) => e.name === "navigationStart" && e.pid === mark.pid && e.ts <= mark.ts && e.args?.data?.documentLoaderURL).at(-1)?.ts ??
    mark.ts;
  const spans = events
    .filter((e) => e.ph === "X" && e.dur != null && onMain(e) && e.ts < mark.ts && e.ts + e.dur > start)
    .map((e) => ({name: e.name, from: Math.max(e.ts, start), to: Math.min(e.ts + e.dur!, mark.ts)}))
    .sort((a, b) => a.from - b.from || b.to - a.to);
  // A span's own time is its length less the spans nested in it, which count for their own kinds.
  const open: typeof spans = [];
  let busy = 0;
  for (const span of spans) {
    while (open.length && open.at(-1)!.to <= span.from) open.pop();
    const parent = open.at(-1);
    const length = (span.to - span.from) / 1000;
    if (parent) work[workKind(parent.name)] -= length;
    else busy += length;
    work[workKind(span.name)] += length;
    open.push(span);
  }
  work.idle = (mark.ts - start) / 1000 - busy;
  return work;
}

/** Which time of a visit: the chart in the DOM, or the first frame drawn with it. */
type Series = "firstChart" | "painted";
const shown = (m: Measure, series: Series = "firstChart") => m[series].filter((time): time is number => time != null);
const chartMs = (m: Measure, series: Series = "firstChart") => median(shown(m, series));
const parsedMs = (m: Measure) => median(m.parsed);
/** The page's time over the blank page's, run by run (runs where both showed a chart). */
const pairedRatios = (m: Measure, blank: Measure, series: Series = "firstChart") =>
  m[series].flatMap((time, run) => (time != null && blank[series][run] != null ? [time / blank[series][run]!] : []));
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const pad = (text: string, width: number) => text.padStart(width);

const started = Date.now();
const blankFolder = mkdtempSync(join(tmpdir(), "deck-blank-"));
const shellFolder = mkdtempSync(join(tmpdir(), "deck-shell-"));
try {
  console.log(
    `Building the blank page, the shell page${REUSE && existsSync(join(DIST, "index.html")) ? "" : " and this site (npm run build)"}…`
  );
  const builds: Promise<unknown>[] = [buildBlankSite(blankFolder)];
  if (!REUSE || !existsSync(join(DIST, "index.html"))) builds.push(run("npm", ["run", "build"], ROOT));
  const [blankDist] = (await Promise.all(builds)) as [string];
  const shellDist = await buildShellSite(shellFolder); // after the site's build, whose loader outputs it reuses

  const site = await serve();
  const blank = await serve(blankDist);
  const shell = await serve(shellDist);
  const baseline = BASELINE ? await serve(BASELINE) : undefined;
  const browser = await launch();
  const pages = builtPages().filter((path) => !ONLY || ONLY.includes(path));
  const targets: {name: string; url: string; baseline?: boolean}[] = [
    {name: "blank", url: `${blank.origin}/`},
    {name: "shell", url: `${shell.origin}/`},
    ...pages.flatMap((path) => [
      {name: path, url: `${site.origin}${path}`},
      ...(baseline ? [{name: `${path} @base`, url: `${baseline.origin}${path}`, baseline: true}] : [])
    ])
  ];

  const measures: Measure[] = [];
  for (const target of targets)
    measures.push({name: target.name, weight: await weigh(browser, target.url), firstChart: [], painted: [], parsed: [], baseline: target.baseline});
  for (let run = 0; run < RUNS; ++run) {
    for (const [i, target] of targets.entries()) {
      if (!measures[i].weight.hasChart) continue;
      const visit = await throttledVisit(browser, target.url);
      measures[i].firstChart.push(visit.chart);
      measures[i].painted.push(visit.painted);
      measures[i].parsed.push(visit.parsed);
    }
  }
  if (PROFILE) {
    for (let run = 0; run < Math.min(RUNS, 5); ++run) {
      for (const [i, target] of targets.entries()) {
        if (!measures[i].weight.hasChart) continue;
        const {work} = await throttledVisit(browser, target.url, {trace: true});
        (measures[i].work ??= []).push(work!);
      }
    }
  }
  await browser.close();
  site.server.close();
  blank.server.close();
  shell.server.close();
  baseline?.server.close();

  const [base] = measures;
  const baseChart = chartMs(base)!;
  // A page's ratio to the blank page: the median of its paired ratios, and their interquartile range.
  const chartRatio = (m: Measure, series: Series = "firstChart") => {
    const ratios = pairedRatios(m, base, series);
    return ratios.length ? {median: median(ratios)!, low: quantile(ratios, 0.25)!, high: quantile(ratios, 0.75)!} : null;
  };
  const range = (ratio: {low: number; high: number}) => `${ratio.low.toFixed(2)}–${ratio.high.toFixed(2)}`;
  console.log(
    `\nFirst visit, gzip KB by kind (zlib level 6 of each body); first chart with the CPU throttled ${CPU_THROTTLE}×, median of ${RUNS}` +
      ` (× blank: the median of each run's ratio to the blank page's visit, and the middle half of those ratios;` +
      ` parsed: when the same visits' document was parsed, before which no cell runs;` +
      ` painted: when the first frame with the chart in the page was drawn, what the reader sees).\n`
  );
  const header = ["page", "requests", "raw KB", "gzip KB", ...KINDS, "× blank", "parsed ms", "chart ms", "× blank", "middle half", "painted ms", "× blank"];
  const widths = [Math.max(14, ...measures.map((m) => m.name.length)), 8, 8, 8, ...KINDS.map((k) => Math.max(k.length, 5)), 8, 9, 9, 8, 11, 10, 8];
  console.log(header.map((h, i) => (i ? pad(h, widths[i]) : h.padEnd(widths[0]))).join(" "));
  for (const m of measures) {
    const chart = chartMs(m);
    const ratio = chartRatio(m);
    const row = [
      m.name.padEnd(widths[0]),
      String(m.weight.requests),
      kb(m.weight.raw),
      kb(m.weight.gzip),
      ...KINDS.map((k) => (m.weight.byKind[k] ? kb(m.weight.byKind[k]) : "-")),
      (m.weight.gzip / base.weight.gzip).toFixed(2),
      m.parsed.length ? parsedMs(m)!.toFixed(0) : "-",
      chart == null ? "no chart" : chart.toFixed(0),
      ratio ? ratio.median.toFixed(2) : "-",
      ratio ? range(ratio) : "-",
      chartMs(m, "painted")?.toFixed(0) ?? "-",
      chartRatio(m, "painted")?.median.toFixed(2) ?? "-"
    ];
    console.log(row.map((cell, i) => (i ? pad(cell, widths[i]) : cell)).join(" "));
  }

  const pageMeasures = measures.slice(2).filter((m) => !m.baseline);
  const heaviest = pageMeasures.reduce((a, b) => (b.weight.gzip > a.weight.gzip ? b : a));
  const withChart = pageMeasures.filter((m) => chartRatio(m));
  const slowest = withChart.reduce((a, b) => (chartRatio(b)!.median > chartRatio(a)!.median ? b : a));
  const verdict = (ratio: number) =>
    ratio <= TARGET_RATIO ? `within the ${TARGET_RATIO}× target` : `over the ${TARGET_RATIO}× target`;
  const weightRatio = heaviest.weight.gzip / base.weight.gzip;
  console.log(
    `\nHeaviest page ${heaviest.name}: ${kb(heaviest.weight.gzip)} KB gzip against ${kb(base.weight.gzip)} KB blank = ${weightRatio.toFixed(2)}× (${verdict(weightRatio)})`
  );
  const heaviestRatio = chartRatio(heaviest);
  if (heaviestRatio) {
    console.log(
      `Its first chart: ${chartMs(heaviest)!.toFixed(0)} ms against ${baseChart.toFixed(0)} ms blank; ` +
        `${heaviestRatio.median.toFixed(2)}× run by run, middle half ${range(heaviestRatio)} (${verdict(heaviestRatio.median)}); ` +
        `painted ${chartRatio(heaviest, "painted")?.median.toFixed(2) ?? "-"}×`
    );
  }
  const slowRatio = chartRatio(slowest)!;
  console.log(
    `Slowest first chart ${slowest.name}: ${chartMs(slowest)!.toFixed(0)} ms, ${slowRatio.median.toFixed(2)}× blank run by run (${verdict(slowRatio.median)}); ` +
      `painted ${chartRatio(slowest, "painted")?.median.toFixed(2) ?? "-"}×`
  );
  const shellRatio = chartRatio(measures[1]);
  if (shellRatio) {
    console.log(
      `This site's shell around the blank chart: ${chartMs(measures[1])!.toFixed(0)} ms, ${shellRatio.median.toFixed(2)}× blank run by run ` +
        `(middle half ${range(shellRatio)}), before any page's own content`
    );
  }
  if (PROFILE) {
    const traced = measures.filter((m) => m.work?.length);
    console.log(
      `\nWhere the main thread's time went before the first chart, ms, mean of ${traced[0]?.work?.length ?? 0} traced visits ` +
        `(CPU throttled ${CPU_THROTTLE}×; a trace slows a visit, so "total" is longer than the chart ms above):\n`
    );
    const columns = [...WORK_KINDS, "total"];
    console.log(["page".padEnd(widths[0]), ...columns.map((c) => pad(c, 7))].join(" "));
    for (const m of traced) {
      const mean = (kind: WorkKind) => m.work!.reduce((sum, work) => sum + work[kind], 0) / m.work!.length;
      const total = WORK_KINDS.reduce((sum, kind) => sum + mean(kind), 0);
      console.log([m.name.padEnd(widths[0]), ...WORK_KINDS.map((kind) => pad(mean(kind).toFixed(0), 7)), pad(total.toFixed(0), 7)].join(" "));
    }
  }
  console.log(`(${((Date.now() - started) / 1000).toFixed(0)} s)`);

  const json = option("json");
  if (json) {
    mkdirSync(dirname(json), {recursive: true});
    writeFileSync(json, JSON.stringify({cpuThrottle: CPU_THROTTLE, runs: RUNS, measures}, null, 2));
  }
} finally {
  rmSync(blankFolder, {recursive: true, force: true});
  rmSync(shellFolder, {recursive: true, force: true});
}
