// The timeline's filters, declared once and mirrored in the link: ?vendors=openai,xai&kinds=model,funding.
// A value naming an unknown vendor or kind is not valid: the page falls back to all, with a notice.
import {z} from "zod";
import {EVENT_KINDS} from "./schema.js";
import {defineParam} from "../site/state.js";
import {COMPARED_VENDORS, type ComparedVendor, type EventKind} from "./vendors.js";

/** A comma list of values from `allowed`, read in `allowed`'s order without repeats; empty means none. */
export function commaListSchema<T extends string>(allowed: readonly T[]): z.ZodType<T[]> {
  return z.string().transform((raw, ctx) => {
    const items = raw
      .split(",")
      .map((item) => item.trim())
      .filter((item) => item !== "");
    const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (unknown.length) {
      ctx.addIssue({code: "custom", message: `not one of ${allowed.join(", ")}: ${unknown.join(", ")}`});
      return z.NEVER;
    }
    return allowed.filter((value) => items.includes(value));
  });
}

export const vendorsParam = defineParam<ComparedVendor[]>("vendors", commaListSchema(COMPARED_VENDORS), [
  ...COMPARED_VENDORS
]);

export const kindsParam = defineParam<EventKind[]>("kinds", commaListSchema(EVENT_KINDS), [...EVENT_KINDS]);
