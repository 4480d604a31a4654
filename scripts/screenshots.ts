// `npx tsx scripts/screenshots.ts [path…]`: screenshots of the built site in Debian's
// Chromium, in both languages, at a laptop's 1280×800 and a projector's 1920×1080, into
// screenshots/ (not committed). For looking at what a presenter will see.
import {mkdirSync} from "node:fs";
import {builtPages, launch, open, serve} from "../tests/browser/harness.js";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : builtPages();
const sizes = [
  {width: 1280, height: 800},
  {width: 1920, height: 1080}
];
mkdirSync("screenshots", {recursive: true});
const {server, origin} = await serve();
const browser = await launch();
for (const size of sizes) {
  const context = await browser.newContext({viewport: size});
  for (const path of paths) {
    for (const lang of ["zh", "en"]) {
      const [route, query = ""] = path.split("?");
      const {page, problems} = await open(context, origin, `${route}?lang=${lang}${query ? `&${query}` : ""}`);
      const name = `screenshots/${route.replace(/\W+/g, "_") || "_"}${query ? `_${query.replace(/\W+/g, "_")}` : ""}-${lang}-${size.width}.png`;
      await page.screenshot({path: name, fullPage: process.env.FULL === "1"});
      const issues = [...problems.consoleErrors, ...problems.failedRequests, ...problems.externalRequests];
      console.log(`${name}${issues.length ? `  PROBLEMS: ${issues.join(" | ")}` : ""}`);
      await page.close();
    }
  }
  await context.close();
}
await browser.close();
server.close();
