// What `npm run build` does to dist/ after Framework's build: each page's modules bundled, and
// minified as they are (scripts/bundle-pages.ts); then each page's start-up tables preloaded from
// its head (scripts/preload-data.ts); then every module marked for compiling whole, off the main
// thread (scripts/compile-hints.ts). Framework copies the site's own modules unminified; a page
// loads only its bundle, so the bundle is where they are minified.
// bench/load.ts finishes its shell site the same way, so the two cannot drift apart.
import {bundlePages} from "./bundle-pages.js";
import {markEagerCompile} from "./compile-hints.js";
import {preloadPagesData} from "./preload-data.js";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Bundles the built site in `dist`, preloads its pages' start-up data and marks its modules for eager compiling; a failing step throws, named. */
export async function finishBuild(
  dist: string
): Promise<{bundled: Awaited<ReturnType<typeof bundlePages>>; preloaded: ReturnType<typeof preloadPagesData>; hinted: number}> {
  const bundled = await bundlePages(dist).catch((error) => {
    throw new Error(`Bundling the pages' modules failed: ${message(error)}`);
  });
  let preloaded: ReturnType<typeof preloadPagesData>;
  try {
    preloaded = preloadPagesData(dist);
  } catch (error) {
    throw new Error(`Preloading the pages' data failed: ${message(error)}`);
  }
  let hinted: number;
  try {
    hinted = markEagerCompile(dist);
  } catch (error) {
    throw new Error(`Marking the modules for eager compiling failed: ${message(error)}`);
  }
  return {bundled, preloaded, hinted};
}
