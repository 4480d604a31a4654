// Which element a key belongs to, shared by present mode and the bootstrap's present-key trigger.

/** A control: reached with Tab it keeps the arrow keys (present.ts); used with the mouse it gives them back. */
export const CONTROL = "input, select, textarea, button, [role=slider], [tabindex]";

/** Where keys type text: a letter typed there (P) is text, not a command. */
const TEXT_ENTRY =
  'textarea, [contenteditable], input:not([type]), input[type="text"], input[type="search"], input[type="number"]';

/** Whether `target` is a place that takes typed text. */
export function isTyping(target: EventTarget | null): boolean {
  return !!(target as Element | null)?.closest?.(TEXT_ENTRY);
}
