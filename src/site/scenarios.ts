// Named scenarios in the browser: the header's switcher (choose, save, rename, duplicate, delete,
// link, export, import), the reader's saved scenarios and each page's last inputs in
// localStorage, and links that carry a scenario (`?scenario=NAME&…`). Applying a scenario sets
// the current page's parameters (its charts follow at once, and a presenter window syncs them)
// and keeps the other pages' values for when they are opened. Everything read here (links,
// files, storage) is untrusted and goes through src/lib/scenario.ts; all text is set as text.
import {
  SCENARIO_PAGE_NAMES,
  exportScenarios,
  emptyValues,
  checkValues,
  pageValues,
  parseScenarioFile,
  sameValues,
  scenarioFromLink,
  scenarioLinkSearch,
  scenarioPageOf,
  scenarioParams,
  scenarioSearch,
  uniqueName,
  valuesFromSearch,
  MAX_NAME_LENGTH,
  type Problem,
  type Scenario,
  type ScenarioPage,
  type ScenarioValues
} from "../lib/scenario.js";
import type {Lang} from "../lib/lang.js";
import {applySearch, currentSearch, getLang, watchLang, watchParam} from "./state.js";

const SAVED_KEY = "deck.scenarios";
/** Each page's inputs as last set in this browser, for saving from another page. */
const MEMORY_KEY = "deck.pageInputs";
/** A scenario's inputs for pages not yet opened since it was applied. */
const PENDING_KEY = "deck.pendingInputs";
const ACTIVE_KEY = "deck.activeScenario";
const SHIPPED_ID = "deck-shipped-scenarios";

const TEXT = {
  zh: {
    label: "情景",
    current: "（当前输入）",
    shipped: "随网站提供",
    saved: "我的情景",
    menu: "情景操作",
    name: "名称",
    save: "保存当前输入",
    rename: "重命名",
    duplicate: "复制",
    remove: "删除",
    link: "复制链接",
    exportOne: "导出",
    exportAll: "全部导出",
    importFile: "导入 JSON",
    linkLabel: "情景链接",
    saveFromLink: "保存此情景",
    applied: (name: string) => `已应用情景“${name}”。`,
    savedAs: (name: string) => `已保存为“${name}”。`,
    renamed: (name: string) => `已重命名为“${name}”。`,
    removed: (name: string) => `已删除“${name}”。`,
    imported: (count: number) => `已导入 ${count} 个情景。`,
    readOnly: "随网站提供的情景不能修改；可先复制。",
    needName: "请先输入名称。",
    chooseFirst: "请先选择一个情景。",
    fromLink: (name: string) => `此链接带有情景“${name}”。`,
    copied: "链接已复制。",
    problems: "以下内容已忽略："
  },
  en: {
    label: "Scenario",
    current: "(current inputs)",
    shipped: "Shipped with the site",
    saved: "My scenarios",
    menu: "Scenario actions",
    name: "Name",
    save: "Save current inputs",
    rename: "Rename",
    duplicate: "Duplicate",
    remove: "Delete",
    link: "Copy link",
    exportOne: "Export",
    exportAll: "Export all",
    importFile: "Import JSON",
    linkLabel: "Scenario link",
    saveFromLink: "Save this scenario",
    applied: (name: string) => `Applied the scenario “${name}”.`,
    savedAs: (name: string) => `Saved as “${name}”.`,
    renamed: (name: string) => `Renamed to “${name}”.`,
    removed: (name: string) => `Deleted “${name}”.`,
    imported: (count: number) => `Imported ${count} scenarios.`,
    readOnly: "A shipped scenario cannot be changed; duplicate it first.",
    needName: "Type a name first.",
    chooseFirst: "Choose a scenario first.",
    fromLink: (name: string) => `This link carries the scenario “${name}”.`,
    copied: "Link copied.",
    problems: "Ignored:"
  }
};

// --- Storage: untrusted on the way in, like a link ------------------------------------------

function readStorage(storage: "local" | "session", key: string): string | null {
  try {
    return (storage === "local" ? localStorage : sessionStorage).getItem(key);
  } catch {
    return null; // storage can be disabled: scenarios then last as long as the page
  }
}

function writeStorage(storage: "local" | "session", key: string, value: string | null): void {
  try {
    const store = storage === "local" ? localStorage : sessionStorage;
    if (value === null) store.removeItem(key);
    else store.setItem(key, value);
  } catch {
    // full or disabled: the change holds for this page only
  }
}

let shippedCache: Scenario[] | undefined;

/** The scenarios shipped with the site (data/scenarios.csv), which the build puts in every page's header. */
export function shippedScenarios(): Scenario[] {
  if (shippedCache) return shippedCache;
  const text = document.getElementById(SHIPPED_ID)?.textContent ?? "[]";
  shippedCache = parseScenarioFile(text).scenarios.map((scenario) => ({...scenario, shipped: true}));
  return shippedCache;
}

/** The reader's own scenarios, as kept in this browser. */
export function savedScenarios(): Scenario[] {
  const text = readStorage("local", SAVED_KEY);
  return text ? parseScenarioFile(text).scenarios : [];
}

function writeSaved(scenarios: Scenario[]): void {
  writeStorage("local", SAVED_KEY, exportScenarios(scenarios));
  notifyChange();
}

/** Shipped, then saved. */
export function allScenarios(): Scenario[] {
  return [...shippedScenarios(), ...savedScenarios()];
}

type PageMemory = Map<ScenarioPage, ScenarioValues>;

function readMemory(key: string): PageMemory {
  const memory: PageMemory = new Map();
  let json: unknown;
  try {
    json = JSON.parse(readStorage("local", key) ?? "{}");
  } catch {
    return memory;
  }
  if (!json || typeof json !== "object") return memory;
  for (const page of SCENARIO_PAGE_NAMES) {
    if (Object.hasOwn(json, page)) memory.set(page, checkValues((json as Record<string, unknown>)[page]).values);
  }
  return memory;
}

function writeMemory(key: string, memory: PageMemory): void {
  writeStorage(
    "local",
    key,
    JSON.stringify(Object.fromEntries([...memory].map(([page, values]) => [page, {...values}])))
  );
}

// --- Current inputs and applying ------------------------------------------------------------

function currentPage(): ScenarioPage | null {
  return scenarioPageOf(location.pathname);
}

/** Every page's inputs: this page's from its URL, the others' as last set in this browser. */
export function currentValues(): ScenarioValues {
  rememberNow();
  const memory = readMemory(MEMORY_KEY);
  const page = currentPage();
  const values = emptyValues();
  for (const name of SCENARIO_PAGE_NAMES) {
    const pageValues =
      name === page ? valuesFromSearch(currentSearch(), name).values : (memory.get(name) ?? emptyValues());
    Object.assign(values, pageValues);
  }
  return values;
}

/** Applies a scenario: this page's parameters at once, the others' when their page opens. */
export function applyScenario(scenario: Scenario): void {
  rememberNow();
  const page = currentPage();
  const memory = readMemory(MEMORY_KEY);
  const pending = readMemory(PENDING_KEY);
  for (const name of SCENARIO_PAGE_NAMES) {
    const values = emptyValues();
    for (const param of scenarioParams(name))
      if (Object.hasOwn(scenario.values, param.name)) values[param.name] = scenario.values[param.name];
    memory.set(name, values);
    if (name !== page) pending.set(name, values);
  }
  writeMemory(MEMORY_KEY, memory);
  writeMemory(PENDING_KEY, pending);
  writeStorage("session", ACTIVE_KEY, scenario.name);
  if (page) applySearch(scenarioSearch(scenario.values, currentSearch(), {page}), scenarioParams(page));
}

function rememberPage(page: ScenarioPage): void {
  const memory = readMemory(MEMORY_KEY);
  memory.set(page, valuesFromSearch(currentSearch(), page).values);
  writeMemory(MEMORY_KEY, memory);
}

// Each change of a page's inputs is remembered (above) and may end the active scenario (its values
// no longer the scenario's, below). Both read, parse and rewrite storage, so they wait until the
// inputs have been still for REMEMBER_DELAY_MS: a slider dragged at 60 events a second is
// remembered once, when it stops, and a page opening with a dozen parameters once (when the
// header's switcher is first drawn), not once per parameter (12 rewrites, about 20 ms of
// /quadrant's start at 4× throttle). Whatever reads what they write does them first, and so does
// leaving the page.
const REMEMBER_DELAY_MS = 250;
let unremembered: ScenarioPage | null = null;
let rememberTimer: ReturnType<typeof setTimeout> | undefined;

function rememberSoon(page: ScenarioPage): void {
  unremembered = page;
  clearTimeout(rememberTimer);
  rememberTimer = setTimeout(rememberNow, REMEMBER_DELAY_MS);
}

/** Remembers the page's inputs and checks the active scenario now, if a change waits. */
function rememberNow(): void {
  clearTimeout(rememberTimer);
  const page = unremembered;
  if (!page) return;
  unremembered = null;
  rememberPage(page);
  forgetActiveIfChanged(page);
}

/** A page opened after a scenario was applied elsewhere takes its values, unless its link says otherwise. */
function applyPending(page: ScenarioPage): void {
  const pending = readMemory(PENDING_KEY);
  const values = pending.get(page);
  if (!values) return;
  pending.delete(page);
  writeMemory(PENDING_KEY, pending);
  const query = new URLSearchParams(location.search);
  if (scenarioParams(page).some((param) => query.has(param.name))) return;
  applySearch(scenarioSearch(values, currentSearch(), {page}), scenarioParams(page));
}

// --- Change notification (the watchlist's compare view lists the scenarios) -----------------

const changeListeners = new Set<(scenarios: Scenario[]) => void>();
function notifyChange(): void {
  const scenarios = allScenarios();
  for (const listener of changeListeners) listener(scenarios);
}

/** Calls `listener` with every scenario now and whenever one is saved, renamed, deleted or imported. For Generators.observe. */
export function watchScenarios(listener: (scenarios: Scenario[]) => void): () => void {
  changeListeners.add(listener);
  listener(allScenarios());
  return () => changeListeners.delete(listener);
}

export function scenarioLabel(scenario: Scenario, lang: Lang): string {
  return scenario.title?.[lang] ?? scenario.name;
}

// --- The switcher ---------------------------------------------------------------------------

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];
  element.append(...children);
  return element;
}

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], {type: "application/json"}));
  const link = make("a", {href: url, download: fileName});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function fileNameOf(name: string): string {
  return (name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-+|-+$/g, "") || "scenario").slice(0, 60);
}

type Status = {message: string; problems?: Problem[]; action?: HTMLElement};

function renderSwitcher(slot: HTMLElement, lang: Lang, status: Status | null): void {
  const text = TEXT[lang];
  rememberNow();
  const scenarios = allScenarios();
  const activeName = readStorage("session", ACTIVE_KEY);
  const select = make("select", {id: "deck-scenario-select", className: "deck-scenario-select"});
  select.append(make("option", {value: ""}, text.current));
  const groups = [
    [text.shipped, scenarios.filter((s) => s.shipped)],
    [text.saved, scenarios.filter((s) => !s.shipped)]
  ] as const;
  for (const [label, members] of groups) {
    if (!members.length) continue;
    const group = make("optgroup", {label});
    for (const scenario of members) {
      group.append(
        make(
          "option",
          {value: String(scenarios.indexOf(scenario)), selected: scenario.name === activeName},
          scenarioLabel(scenario, lang)
        )
      );
    }
    select.append(group);
  }
  const selected = (): Scenario | undefined => (select.value === "" ? undefined : scenarios[Number(select.value)]);
  const nameInput = make("input", {
    type: "text",
    maxLength: MAX_NAME_LENGTH,
    className: "deck-scenario-name",
    autocomplete: "off",
    spellcheck: false
  });
  nameInput.value = selected() && !selected()!.shipped ? selected()!.name : "";
  const statusBox = make("div", {className: "deck-scenario-status"});
  statusBox.setAttribute("role", "status");
  const about = make("p", {className: "deck-scenario-about"});
  const linkOutput = make("input", {type: "text", readOnly: true, className: "deck-scenario-link"});
  linkOutput.setAttribute("aria-label", text.linkLabel);
  linkOutput.hidden = true;

  const show = (next: Status | null) => {
    statusBox.replaceChildren();
    if (!next) return;
    statusBox.append(make("p", {}, next.message));
    if (next.problems?.length) {
      statusBox.append(make("p", {}, text.problems));
      const list = make("ul");
      for (const problem of next.problems.slice(0, 20)) list.append(make("li", {}, problem[lang]));
      statusBox.append(list);
    }
    if (next.action) statusBox.append(next.action);
  };
  const describe = () => {
    const scenario = selected();
    about.replaceChildren();
    about.hidden = !scenario?.description;
    if (scenario?.description) about.append(make("span", {}, scenario.description[lang]));
    if (scenario?.source)
      about.append(make("br"), make("small", {}, `${lang === "zh" ? "依据：" : "Basis: "}${scenario.source[lang]}`));
  };
  const rerender = (next: Status | null) => renderSwitcher(slot, lang, next);
  const saved = () => savedScenarios();
  const takenNames = () => allScenarios().map((s) => s.name);

  select.addEventListener("change", () => {
    const scenario = selected();
    describe();
    if (!scenario) return writeStorage("session", ACTIVE_KEY, null);
    applyScenario(scenario);
    nameInput.value = scenario.shipped ? "" : scenario.name;
    show({message: text.applied(scenarioLabel(scenario, lang))});
  });

  const button = (label: string, action: string, run: () => void) => {
    const element = make("button", {type: "button"}, label);
    element.dataset.scenarioAction = action;
    element.addEventListener("click", run);
    return element;
  };
  const typedName = () => nameInput.value.trim();
  const actions = [
    button(text.save, "save", () => {
      if (!typedName()) return show({message: text.needName});
      const list = saved();
      const existing = list.find((s) => s.name === typedName());
      if (shippedScenarios().some((s) => s.name === typedName())) return show({message: text.readOnly});
      const scenario: Scenario = {
        ...existing,
        name: uniqueName(typedName(), existing ? [] : takenNames()),
        values: currentValues()
      };
      writeSaved(existing ? list.map((s) => (s === existing ? scenario : s)) : [...list, scenario]);
      writeStorage("session", ACTIVE_KEY, scenario.name);
      rerender({message: text.savedAs(scenario.name)});
    }),
    button(text.rename, "rename", () => {
      const scenario = selected();
      if (!scenario) return show({message: text.chooseFirst});
      if (scenario.shipped) return show({message: text.readOnly});
      if (!typedName()) return show({message: text.needName});
      const name = uniqueName(
        typedName(),
        takenNames().filter((n) => n !== scenario.name)
      );
      writeSaved(saved().map((s) => (s.name === scenario.name ? {...s, name} : s)));
      writeStorage("session", ACTIVE_KEY, name);
      rerender({message: text.renamed(name)});
    }),
    button(text.duplicate, "duplicate", () => {
      const scenario = selected();
      if (!scenario) return show({message: text.chooseFirst});
      const name = uniqueName(
        typedName() && typedName() !== scenario.name ? typedName() : scenarioLabel(scenario, lang),
        takenNames()
      );
      const {shipped, ...copy} = scenario;
      void shipped;
      writeSaved([...saved(), {...copy, name, title: undefined}]);
      writeStorage("session", ACTIVE_KEY, name);
      rerender({message: text.savedAs(name)});
    }),
    button(text.remove, "delete", () => {
      const scenario = selected();
      if (!scenario) return show({message: text.chooseFirst});
      if (scenario.shipped) return show({message: text.readOnly});
      writeSaved(saved().filter((s) => s.name !== scenario.name));
      writeStorage("session", ACTIVE_KEY, null);
      rerender({message: text.removed(scenario.name)});
    }),
    button(text.link, "link", () => {
      const scenario = selected() ?? {name: typedName() || "shared", values: currentValues()};
      linkOutput.value = `${location.origin}${location.pathname}${scenarioLinkSearch(scenario)}`;
      linkOutput.hidden = false;
      linkOutput.select();
      navigator.clipboard?.writeText(linkOutput.value).then(
        () => show({message: text.copied}),
        () => {} // the link stays selected in the box to copy by hand
      );
    }),
    button(text.exportOne, "export", () => {
      const scenario = selected() ?? {name: typedName() || "scenario", values: currentValues()};
      download(exportScenarios([scenario]), `${fileNameOf(scenario.name)}.json`);
    }),
    button(text.exportAll, "export-all", () => download(exportScenarios(allScenarios()), "scenarios.json"))
  ];
  // The file picker is made on click and never joins the page, so the page's own file inputs (the watchlist's price file) stay the only ones.
  const importFile = async (fileInput: HTMLInputElement) => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const {scenarios: read, problems} = parseScenarioFile(await file.text());
    const list = saved();
    const taken = takenNames();
    for (const scenario of read) {
      const same = allScenarios().find((s) => s.name === scenario.name && sameValues(s.values, scenario.values));
      if (same) continue;
      const name = uniqueName(scenario.name, taken);
      taken.push(name);
      list.push({...scenario, name});
    }
    writeSaved(list);
    rerender({message: text.imported(read.length), problems});
  };
  const importButton = button(text.importFile, "import", () => {
    const fileInput = make("input", {type: "file", accept: ".json,application/json"});
    fileInput.addEventListener("change", () => void importFile(fileInput));
    fileInput.click();
  });

  const menu = make("details", {className: "deck-scenario-menu"});
  const summary = make("summary", {}, "⋯");
  summary.setAttribute("aria-label", text.menu);
  summary.title = text.menu;
  const panel = make(
    "div",
    {className: "deck-scenario-panel"},
    make("label", {}, `${text.name} `, nameInput),
    make("div", {className: "deck-scenario-actions"}, ...actions, importButton),
    linkOutput,
    about,
    statusBox
  );
  menu.append(summary, panel);
  const label = make("label", {htmlFor: select.id, className: "deck-scenario-label"}, text.label);
  const wasOpen = slot.querySelector<HTMLDetailsElement>(".deck-scenario-menu")?.open ?? false;
  menu.open = wasOpen || Boolean(status);
  slot.replaceChildren(label, select, menu);
  describe();
  show(status);
}

/** Once an input moves away from the chosen scenario, the switcher says "current inputs" again rather than a name that no longer holds. */
function forgetActiveIfChanged(page: ScenarioPage): void {
  const name = readStorage("session", ACTIVE_KEY);
  if (name === null) return;
  const active = allScenarios().find((scenario) => scenario.name === name);
  if (active && sameValues(pageValues(active.values, page), valuesFromSearch(currentSearch(), page).values)) return;
  writeStorage("session", ACTIVE_KEY, null);
  const select = document.getElementById("deck-scenario-select") as HTMLSelectElement | null;
  if (select) select.value = "";
}

let installed = false;

/** Installs scenarios on a page: pending inputs, a scenario link, back/forward, the memory of this page's inputs, the switcher. */
export function installScenarios(): void {
  if (installed || typeof document === "undefined") return;
  installed = true;
  const page = currentPage();
  let status: Status | null = null;
  const link = scenarioFromLink(location.search);
  if (page) applyPending(page);
  if (link) {
    const lang = getLang();
    const known = allScenarios().find((s) => s.name === link.scenario.name);
    const bare = Object.keys(link.scenario.values).length === 0;
    if (known && (bare || sameValues(known.values, link.scenario.values))) {
      applyScenario(known); // a short link naming a shipped or saved scenario
    } else {
      applyScenario(link.scenario);
      const save = make("button", {type: "button", className: "deck-scenario-save-link"}, TEXT[lang].saveFromLink);
      save.dataset.scenarioAction = "save-link";
      save.addEventListener("click", () => {
        const name = uniqueName(
          link.scenario.name,
          allScenarios().map((s) => s.name)
        );
        writeSaved([...savedScenarios(), {...link.scenario, name}]);
        writeStorage("session", ACTIVE_KEY, name);
        const slot = document.querySelector<HTMLElement>("[data-deck-scenarios]");
        if (slot) renderSwitcher(slot, getLang(), {message: TEXT[getLang()].savedAs(name)});
      });
      status = {message: TEXT[lang].fromLink(link.scenario.name), problems: link.problems, action: save};
    }
  }
  if (page) {
    // Back and forward steps (and a pasted query) go through the page's own URL handling.
    addEventListener("popstate", () => applySearch(location.search, scenarioParams(page)));
    for (const param of scenarioParams(page)) watchParam(param, () => rememberSoon(page));
    addEventListener("pagehide", rememberNow);
  }
  const slot = document.querySelector<HTMLElement>("[data-deck-scenarios]");
  if (!slot) return;
  let first = true;
  watchLang((lang) => {
    renderSwitcher(slot, lang, first ? status : null);
    first = false;
  });
  changeListeners.add(() => {
    if (!slot.contains(document.activeElement)) renderSwitcher(slot, getLang(), null);
  });
}
