// The reader's two languages. Pure: the type every layer shares, and the rule for which
// language a page starts in (the head script that prevents a flash runs the same rule).

export const LANGS = ["zh", "en"] as const;
export type Lang = (typeof LANGS)[number];
