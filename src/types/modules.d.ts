// @observablehq/inputs ships no types; the components use it through these few signatures.
declare module "@observablehq/inputs" {
  type Input<T = unknown> = HTMLElement & {value: T};
  export function table(data: unknown[], options?: Record<string, unknown>): Input<unknown[]>;
  export function range(extent?: [number, number], options?: Record<string, unknown>): Input<number>;
  export function select<T = unknown>(data: T[] | Map<string, T>, options?: Record<string, unknown>): Input<T>;
  export function checkbox<T = unknown>(data: T[] | Map<string, T>, options?: Record<string, unknown>): Input<T[]>;
  export function radio<T = unknown>(data: T[] | Map<string, T>, options?: Record<string, unknown>): Input<T>;
  export function toggle(options?: Record<string, unknown>): Input<boolean>;
  export function search<T = unknown>(data: T[], options?: Record<string, unknown>): Input<T[]>;
  export function text(options?: Record<string, unknown>): Input<string>;
  export function number(extent?: [number, number], options?: Record<string, unknown>): Input<number>;
  export function button(content?: unknown, options?: Record<string, unknown>): Input<unknown>;
  export function file(options?: Record<string, unknown>): Input<unknown>;
  export function form(inputs: unknown, options?: Record<string, unknown>): Input<unknown>;
  export function bind<T extends HTMLElement>(target: T, source: HTMLElement): T;
}

// htl 0.3 ships no types: tagged templates that return DOM nodes, interpolations escaped.
declare module "htl" {
  export function html(strings: TemplateStringsArray, ...values: unknown[]): HTMLElement | DocumentFragment | Text;
  export function svg(strings: TemplateStringsArray, ...values: unknown[]): SVGElement | DocumentFragment;
}
