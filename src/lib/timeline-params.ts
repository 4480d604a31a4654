// The timeline's filters, declared once and mirrored in the link: ?vendors=openai,xai&kinds=model,funding.
// A value naming an unknown vendor or kind is not valid: the page falls back to all, with a notice.
import {commaList, defineParam} from "./params.js";
import {EVENT_KINDS} from "./vocabulary.js";
import {COMPARED_VENDORS, type ComparedVendor, type EventKind} from "./vendors.js";

export const vendorsParam = defineParam<ComparedVendor[]>("vendors", commaList(COMPARED_VENDORS), [...COMPARED_VENDORS]);

export const kindsParam = defineParam<EventKind[]>("kinds", commaList(EVENT_KINDS), [...EVENT_KINDS]);
