// Whether the page is presenting (src/site/present.ts sets the root's class), for code that lays
// out differently on the stage without loading present mode itself.

/** Present mode is on, or a presenting link's page is being made ready for it. */
export function presenting(): boolean {
  const root = document.documentElement.classList;
  return root.contains("deck-present") || root.contains("deck-present-loading");
}

/**
 * Calls `notify` with presenting() now and whenever it changes (present mode on or off). For
 * Generators.observe: returns the function that stops watching.
 */
export function watchPresenting(notify: (on: boolean) => void): () => void {
  let last = presenting();
  notify(last);
  const observer = new MutationObserver(() => {
    if (presenting() === last) return;
    last = presenting();
    notify(last);
  });
  observer.observe(document.documentElement, {attributes: true, attributeFilter: ["class"]});
  return () => observer.disconnect();
}
