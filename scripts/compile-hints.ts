// Chromium compiles a script's functions lazily: each on the main thread, the first time it is
// called. A page of this site calls most of the code it loads before its first chart appears:
// Framework's runtime, the page's bundle and Plot. A file that begins with the magic comment
// `//# allFunctionsCalledOnLoad` (explicit compile hints, Chromium 136 and later) is compiled
// whole instead, on the background thread that streams it from the network, while the page is
// still being parsed. This step puts the comment at the top of every module in dist/; browsers
// that do not know it read a comment. Measured in docs/performance.md ("Compile hints").
import {readFileSync, readdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** Every `.js` file under `folder`. */
function scripts(folder: string): string[] {
  return readdirSync(folder, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && entry.name.endsWith(".js"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Puts the compile hint first in every module of the built site; returns how many files it marked (a file already marked is left as it is). */
export function markEagerCompile(dist: string): number {
  let marked = 0;
  for (const file of scripts(dist)) {
    const source = readFileSync(file, "utf8");
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, `${COMPILE_HINT}\n${source}`);
    marked++;
  }
  return marked;
}
