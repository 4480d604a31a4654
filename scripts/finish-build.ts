// What `npm run build` does to dist/ after Framework's build: each page's modules bundled, and
// minified as they are (scripts/bundle-pages.ts); then each page's start-up tables preloaded from
// its head (scripts/preload-data.ts). Framework copies the site's own modules unminified; a page
// loads only its bundle, so the bundle is where they are minified.
// bench/load.ts finishes its shell site the same way, so the two cannot drift apart.
import {bundlePages} from "./bundle-pages.js";
import {preloadPagesData} from "./preload-data.js";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Bundles the built site in `dist` and preloads its pages' start-up data; a failing step throws, named. */
export async function finishBuild(
  dist: string
): Promise<{bundled: Awaited<ReturnType<typeof bundlePages>>; preloaded: ReturnType<typeof preloadPagesData>}> {
  const bundled = await bundlePages(dist).catch((error) => {
    throw new Error(`Bundling the pages' modules failed: ${message(error)}`);
  });
  let preloaded: ReturnType<typeof preloadPagesData>;
  try {
    preloaded = preloadPagesData(dist);
  } catch (error) {
    throw new Error(`Preloading the pages' data failed: ${message(error)}`);
  }
  return {bundled, preloaded};
}
