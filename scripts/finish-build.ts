// What `npm run build` does to dist/ after Framework's build: each page's modules bundled, and
// minified as they are (scripts/bundle-pages.ts). Framework copies the site's own modules
// unminified; a page loads only its bundle, so the bundle is where they are minified.
// bench/load.ts finishes its shell site the same way, so the two cannot drift apart.
import {bundlePages} from "./bundle-pages.js";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Bundles the built site in `dist`; a failing step throws, named. */
export async function finishBuild(dist: string): Promise<{bundled: Awaited<ReturnType<typeof bundlePages>>}> {
  const bundled = await bundlePages(dist).catch((error) => {
    throw new Error(`Bundling the pages' modules failed: ${message(error)}`);
  });
  return {bundled};
}
