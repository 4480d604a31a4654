// What `npm run build` does to dist/ after Framework's build, in this order: the site's modules
// minified (scripts/minify.ts), then each page's modules bundled (scripts/bundle-pages.ts).
// bench/load.ts finishes its shell site the same way, so the two cannot drift apart.
import {bundlePages} from "./bundle-pages.js";
import {minifySiteModules} from "./minify.js";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Minifies, then bundles, the built site in `dist`; a failing step throws, named. */
export async function finishBuild(dist: string): Promise<{
  minified: Awaited<ReturnType<typeof minifySiteModules>>;
  bundled: Awaited<ReturnType<typeof bundlePages>>;
}> {
  const minified = await minifySiteModules(dist).catch((error) => {
    throw new Error(`Minifying the site's modules failed: ${message(error)}`);
  });
  const bundled = await bundlePages(dist).catch((error) => {
    throw new Error(`Bundling the pages' modules failed: ${message(error)}`);
  });
  return {minified, bundled};
}
