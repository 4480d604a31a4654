// Which pages a scenario holds inputs of, and the link parameter that names one. Apart from
// scenario.ts (which checks every page's parameters, and so loads them all) so that the bootstrap
// can tell whether a page must wait for scenarios before its cells read their inputs, without
// loading those checks on every page. Pure.

/** The pages whose inputs a scenario holds (scenario.ts gives each its parameters). */
export const SCENARIO_PAGE_NAMES = ["quadrant", "watchlist", "timeline"] as const;
export type ScenarioPage = (typeof SCENARIO_PAGE_NAMES)[number];

/** The link parameter naming a scenario: `?scenario=NAME&minIq=60…`. */
export const SCENARIO_LINK_PARAM = "scenario";

/** Which page a path is (`/quadrant`, `/quadrant.html`, `/sub/quadrant.html`), if it has scenario inputs. */
export function scenarioPageOf(pathname: string): ScenarioPage | null {
  const last =
    pathname
      .split("/")
      .pop()
      ?.replace(/\.html$/, "") ?? "";
  return (SCENARIO_PAGE_NAMES as readonly string[]).includes(last) ? (last as ScenarioPage) : null;
}
