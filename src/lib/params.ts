// URL parameters, declared once: every input a reader can tweak has a name, a parser of the
// URL's text, a default and a format, so any view is a link. Pure (no DOM, no zod): the
// browser checks a few URL values with the small parsers below instead of shipping a schema
// library; a bad or hostile value falls back to the default with a notice, never an exception.

export type Param<T> = {
  readonly name: string;
  /** Reads the URL's text into a value; undefined when the text is not a valid value. */
  readonly parse: (raw: string) => T | undefined;
  readonly defaultValue: T;
  /** How the value is written in the URL (parse must read it back). */
  readonly format: (value: T) => string;
  readonly equals: (a: T, b: T) => boolean;
};

export type Notice = {param: string; given: string; fallback: string};

const registry = new Map<string, Param<unknown>>();

function defaultFormat(value: unknown): string {
  return Array.isArray(value) ? value.join(",") : String(value);
}

/** Declares a URL-mirrored input. Declaring a name again returns the first declaration (a module may be evaluated again on hot reload). */
export function defineParam<T>(
  name: string,
  parse: (raw: string) => T | undefined,
  defaultValue: T,
  {
    format = defaultFormat,
    equals = (a: T, b: T) => format(a) === format(b)
  }: {format?: (value: T) => string; equals?: (a: T, b: T) => boolean} = {}
): Param<T> {
  if (!/^[a-z][a-zA-Z0-9_.-]*$/.test(name)) throw new Error(`invalid parameter name: ${name}`);
  const existing = registry.get(name);
  if (existing) return existing as Param<T>;
  const param: Param<T> = {name, parse, defaultValue, format, equals};
  registry.set(name, param as Param<unknown>);
  return param;
}

/** Every parameter declared so far (a presenter window syncs them all). */
export function declaredParams(): Param<unknown>[] {
  return [...registry.values()];
}

/** Reads a parameter from a query string; a bad value gives the default and a notice. */
export function readParam<T>(param: Param<T>, search: string): {value: T; notice?: Notice} {
  const raw = new URLSearchParams(search).get(param.name);
  if (raw === null) return {value: param.defaultValue};
  let value: T | undefined;
  try {
    value = param.parse(raw);
  } catch {
    value = undefined; // a parser that throws on odd text is a bad value, not a broken page
  }
  if (value !== undefined) return {value};
  return {value: param.defaultValue, notice: {param: param.name, given: raw, fallback: param.format(param.defaultValue)}};
}

/** The query string with `param` set to `value` (removed when it is the default). */
export function writeParam<T>(param: Param<T>, value: T, search: string): string {
  const query = new URLSearchParams(search);
  if (param.equals(value, param.defaultValue)) query.delete(param.name);
  else query.set(param.name, param.format(value));
  return queryString(query);
}

/** The query as text; commas and colons stay as typed (they are legal there) so shared links stay readable. */
export function queryString(query: URLSearchParams): string {
  const text = query.toString().replace(/%2C/gi, ",").replace(/%3A/gi, ":");
  return text ? `?${text}` : "";
}

// --- Parsers: small, strict, and never longer than the value they read --------------------

/** One of `allowed`, exactly. */
export function oneOf<T extends string>(allowed: readonly T[]): (raw: string) => T | undefined {
  return (raw) => (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

/** A plain decimal (digits, optionally a fraction; no sign, exponent or spaces) within [min, max], or (min, max] when `above`. */
export function decimal({min, max, above = false}: {min: number; max: number; above?: boolean}): (raw: string) => number | undefined {
  return (raw) => {
    if (!/^\d+(\.\d+)?$/.test(raw)) return undefined;
    const value = Number(raw);
    const inRange = (above ? value > min : value >= min) && value <= max;
    return Number.isFinite(value) && inRange ? value : undefined;
  };
}

/** Text matching `pattern` (anchor it), read by `read`. */
export function matching<T = string>(pattern: RegExp, read: (raw: string) => T = (raw) => raw as T): (raw: string) => T | undefined {
  return (raw) => (pattern.test(raw) ? read(raw) : undefined);
}

/** A comma list of values from `allowed`, read in `allowed`'s order without repeats; empty means none; an unknown item makes it invalid. */
export function commaList<T extends string>(allowed: readonly T[]): (raw: string) => T[] | undefined {
  return (raw) => {
    const items = raw
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    if (items.some((item) => !(allowed as readonly string[]).includes(item))) return undefined;
    return allowed.filter((value) => items.includes(value));
  };
}

/** Lowercase ids (as in data/), comma separated: "openai,meta". */
export const idList = matching(/^[a-z0-9][a-z0-9.-]*(,[a-z0-9][a-z0-9.-]*)*$/, (raw) => raw.split(","));
