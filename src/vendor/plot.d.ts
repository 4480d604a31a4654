// Observable Plot, and the few d3 functions the site's charts use beside it, as one tree-shaken
// module. Plot imports the whole of d3, so through Framework's npm resolution every page that
// draws a Plot chart loaded all of d3 (geo, force, zoom, brush, contour, hierarchy…): about
// 170 KB gzip. `src/build/plot-bundle.ts` bundles exactly the names below into `plot.js`
// (generated at build, dev and test time; not committed) and a chart page loads about 90 KB.
//
// These lines are both the types the site's modules see and the bundle's entry: to use another
// Plot mark or d3 function, add its name here (the type check fails until you do).
export {axisY, barX, dot, legend, line, link, plot, pointer, rect, rectX, ruleX, ruleY, scale, text, tip} from "@observablehq/plot";
export type * from "@observablehq/plot";
export {max, min, range, scaleUtc, utcFormat, utcMonth, utcYear} from "d3";
