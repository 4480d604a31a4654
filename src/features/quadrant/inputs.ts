// The intelligence-vs-price page's own inputs, for values Observable Inputs has no widget for:
// a token mix, vendors to hide, what-if price changes, rows left out of a fit. Each is an
// element with a `value` and "input" events, so state.bindParam binds it to its URL parameter.
import {formatMix, setChange, type Mix, type PriceChange} from "../../lib/economics.js";
import type {ModelComparison, OpenaiModel, Vendor} from "../../lib/schema.js";
import type {Lang} from "../../lib/lang.js";
import {setAttributes, setText} from "../../ui/slot.js";
import {describeChange, formatFactor, openaiName, vendorName} from "./format.js";

const TEXT = {
  zh: {
    // mixInput
    mixShare: "输入 tokens 占比",
    mixLabel: "价格混合（输入:输出 tokens）",
    mixValue: (mix: string, inputPercent: number) => `${mix}（输入占 ${inputPercent}%）`,
    // vendorFilter
    vendors: "厂商",
    // scenarioInput
    scenarioTarget: "调整谁的价格",
    vendorGroup: "厂商（其全部模型）",
    modelGroup: "单个模型",
    priceChange: "价格变动（%）",
    examplePreset: (vendor: string) => `示例：${vendor} 价格减半`,
    resetScenario: "重置情景",
    scenarioLabel: "情景：假设价格变动",
    removeChange: "移除",
    // fitRowsInput
    fitRows: "参与拟合的报告图表 12 价格",
    // nameSliders
    slider: "（滑块）"
  },
  en: {
    // mixInput
    mixShare: "Share of input tokens",
    mixLabel: "Price mix (input:output tokens)",
    mixValue: (mix: string, inputPercent: number) => `${mix} (${inputPercent}% input)`,
    // vendorFilter
    vendors: "Vendors",
    // scenarioInput
    scenarioTarget: "Whose prices change",
    vendorGroup: "Vendor (all its models)",
    modelGroup: "One model",
    priceChange: "Price change (%)",
    examplePreset: (vendor: string) => `Example: ${vendor} halves its prices`,
    resetScenario: "Reset scenario",
    scenarioLabel: "What-if price change",
    removeChange: "Remove",
    // fitRowsInput
    fitRows: "Fig. 12 prices in the fit",
    // nameSliders
    slider: " (slider)"
  }
} satisfies Record<Lang, unknown>;

type ValueElement<T> = HTMLElement & {value: T};

function make<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  Object.assign(element, props);
  element.append(...children);
  return element;
}

function withValue<T>(element: HTMLElement, get: () => T, set: (value: T) => void): ValueElement<T> {
  Object.defineProperty(element, "value", {get, set, configurable: true});
  return element as ValueElement<T>;
}

function emit(element: HTMLElement) {
  element.dispatchEvent(new Event("input", {bubbles: true}));
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Input and output tokens: a slider of the input share and the usual presets. */
export function mixInput({lang}: {lang: Lang}): ValueElement<Mix> {
  let mix: Mix = {input: 3, output: 1};
  const range = make("input", {type: "range", min: "0", max: "100", step: "5", name: "mix-share"});
  range.setAttribute("aria-label", TEXT[lang].mixShare);
  const output = make("output", {className: "qx-input-value"});
  const presets = make("span", {className: "qx-presets"});
  const root = make("div", {className: "qx-input qx-mix"}, make("span", {className: "qx-input-label"}, TEXT[lang].mixLabel));
  root.append(make("div", {className: "qx-input-row"}, range, output), presets);
  for (const preset of [
    {input: 1, output: 1},
    {input: 3, output: 1},
    {input: 10, output: 1},
    {input: 1, output: 3}
  ]) {
    const button = make("button", {type: "button", className: "qx-chip"}, formatMix(preset));
    button.dataset.mix = formatMix(preset);
    button.addEventListener("click", () => {
      element.value = preset;
      emit(element);
    });
    presets.append(button);
  }
  const show = () => {
    const share = (100 * mix.input) / (mix.input + mix.output);
    range.value = String(share);
    setText(output, TEXT[lang].mixValue(formatMix(mix), Math.round(share)));
    for (const button of presets.querySelectorAll<HTMLElement>("button")) setAttributes(button, {"aria-pressed": String(button.dataset.mix === formatMix(mix))});
  };
  const element = withValue<Mix>(
    root,
    () => mix,
    (value) => {
      mix = value;
      show();
    }
  );
  range.addEventListener("input", (event) => {
    event.stopPropagation();
    const share = Math.round(range.valueAsNumber);
    const divisor = gcd(share, 100 - share) || 1;
    element.value = {input: share / divisor, output: (100 - share) / divisor};
    emit(element);
  });
  show();
  return element;
}

/** Vendors as checkboxes (checked = shown); the value is the hidden ones, so "all" needs no list. */
export function vendorFilter(vendors: readonly Vendor[], {lang, present}: {lang: Lang; present: ReadonlySet<string>}): ValueElement<string[]> {
  const root = make("fieldset", {className: "qx-input qx-vendors"}, make("legend", {className: "qx-input-label"}, TEXT[lang].vendors));
  const boxes = new Map<string, HTMLInputElement>();
  for (const vendor of [...vendors].sort((a, b) => a.order - b.order)) {
    if (!present.has(vendor.id)) continue;
    const box = make("input", {type: "checkbox", checked: true, value: vendor.id});
    boxes.set(vendor.id, box);
    root.append(make("label", {className: "qx-check"}, box, vendorName(vendors, vendor.id, lang)));
  }
  return withValue<string[]>(
    root,
    () => [...boxes].filter(([, box]) => !box.checked).map(([id]) => id),
    (hidden) => {
      for (const [id, box] of boxes) box.checked = !hidden.includes(id);
    }
  );
}

/** What-if price changes: pick a vendor or a model, slide its price change; chips list what is active. */
export function scenarioInput({
  lang,
  vendors,
  models
}: {
  lang: Lang;
  vendors: readonly Vendor[];
  models: readonly ModelComparison[];
}): ValueElement<PriceChange[]> {
  let changes: PriceChange[] = [];
  const select = make("select", {name: "what-if-target"});
  select.setAttribute("aria-label", TEXT[lang].scenarioTarget);
  const vendorGroup = make("optgroup", {label: TEXT[lang].vendorGroup});
  const present = new Set(models.map((m) => m.vendor));
  for (const vendor of [...vendors].sort((a, b) => a.order - b.order)) {
    if (present.has(vendor.id)) vendorGroup.append(make("option", {value: `vendor:${vendor.id}`}, vendorName(vendors, vendor.id, lang)));
  }
  const modelGroup = make("optgroup", {label: TEXT[lang].modelGroup});
  for (const model of models) {
    if (model.input_usd_per_mtok != null && model.output_usd_per_mtok != null) modelGroup.append(make("option", {value: `model:${model.id}`}, model.model));
  }
  select.append(vendorGroup, modelGroup);
  const range = make("input", {type: "range", min: "-90", max: "100", step: "5", value: "0", name: "what-if-change"});
  range.setAttribute("aria-label", TEXT[lang].priceChange);
  const output = make("output", {className: "qx-input-value"});
  const chips = make("div", {className: "qx-chips"});
  const presetTarget = vendors.find((v) => v.id === "anthropic" && present.has(v.id));
  const preset = presetTarget
    ? make("button", {type: "button", className: "qx-chip qx-preset"}, TEXT[lang].examplePreset(vendorName(vendors, presetTarget.id, lang)))
    : null;
  const reset = make("button", {type: "button", className: "qx-reset-scenario"}, TEXT[lang].resetScenario);
  const root = make(
    "div",
    {className: "qx-input qx-scenario"},
    make("span", {className: "qx-input-label"}, TEXT[lang].scenarioLabel),
    make("div", {className: "qx-input-row"}, select),
    make("div", {className: "qx-input-row"}, range, output),
    chips
  );
  if (preset) root.append(preset);
  root.append(reset);

  const target = (): {kind: PriceChange["kind"]; id: string} => {
    const [kind, id] = select.value.split(/:(.*)/s);
    return {kind: kind as PriceChange["kind"], id};
  };
  const show = () => {
    const {kind, id} = target();
    const factor = changes.find((c) => c.kind === kind && c.id === id)?.factor ?? 1;
    range.value = String(Math.round((factor - 1) * 100));
    output.textContent = formatFactor(factor, lang);
    chips.replaceChildren(
      ...changes.map((change) => {
        const remove = make("button", {type: "button", className: "qx-chip-remove"}, "×");
        remove.setAttribute("aria-label", TEXT[lang].removeChange);
        remove.addEventListener("click", () => {
          element.value = changes.filter((c) => c !== change);
          emit(element);
        });
        return make("span", {className: "qx-chip qx-chip-scenario"}, describeChange(change, vendors, models, lang), remove);
      })
    );
    reset.disabled = changes.length === 0;
  };
  const element = withValue<PriceChange[]>(
    root,
    () => changes,
    (value) => {
      changes = value;
      show();
    }
  );
  select.addEventListener("input", (event) => {
    event.stopPropagation();
    show();
  });
  select.addEventListener("change", (event) => event.stopPropagation());
  range.addEventListener("input", (event) => {
    event.stopPropagation();
    const factor = Math.round((1 + range.valueAsNumber / 100) * 1000) / 1000;
    element.value = setChange(changes, {...target(), factor});
    emit(element);
  });
  preset?.addEventListener("click", () => {
    select.value = `vendor:${presetTarget!.id}`;
    element.value = setChange(changes, {kind: "vendor", id: presetTarget!.id, factor: 0.5});
    emit(element);
  });
  reset.addEventListener("click", () => {
    element.value = [];
    emit(element);
  });
  show();
  return element;
}

/** Fig. 12 rows in the price-decline fit (checked = in); the value is the ones left out. */
export function fitRowsInput(rows: readonly OpenaiModel[], {lang}: {lang: Lang}): ValueElement<string[]> {
  const root = make("fieldset", {className: "qx-input qx-fit-rows"}, make("legend", {className: "qx-input-label"}, TEXT[lang].fitRows));
  const boxes = new Map<string, HTMLInputElement>();
  for (const row of rows) {
    if (row.input_usd_per_mtok == null || row.output_usd_per_mtok == null) continue;
    const box = make("input", {type: "checkbox", checked: true, value: row.id});
    boxes.set(row.id, box);
    root.append(make("label", {className: "qx-check"}, box, openaiName(row.name, lang)));
  }
  return withValue<string[]>(
    root,
    () => [...boxes].filter(([, box]) => !box.checked).map(([id]) => id),
    (excluded) => {
      for (const [id, box] of boxes) box.checked = !excluded.includes(id);
    }
  );
}

/** Sets an input's value as if the reader had: its "input" event lets Framework and the URL binding follow. */
export function setInputValue<T>(input: HTMLElement & {value: T}, value: T): void {
  input.value = value;
  input.dispatchEvent(new Event("input", {bubbles: true}));
}

/**
 * Names the slider beside an Observable Inputs number box: Inputs labels the box (`<label for>`)
 * and leaves its range unnamed, so a screen reader would announce a bare slider. The slider takes
 * the control's label, in the reader's language. Returns the control.
 */
export function nameSliders<T extends HTMLElement>(control: T, lang: Lang): T {
  const label = control.querySelector("label")?.textContent?.trim();
  for (const range of control.querySelectorAll<HTMLInputElement>('input[type="range"]:not([aria-label])'))
    if (label) range.setAttribute("aria-label", `${label}${TEXT[lang].slider}`);
  return control;
}
