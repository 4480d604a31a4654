// The window event present mode (src/site/present.ts) sends when a page starts presenting. Apart
// from lib/deck.ts so that a page listening for it does not load the deck's packing.

/** Sent when a page starts presenting: what waits to be seen (a figure drawn on visibility()) is needed now, since every slide is laid out and packed at once. */
export const PRESENT_EVENT = "deck-present-start";
