// The quadrant's charts place their labels by the site's one rule (src/ui/labels.ts) and measure
// text with the one measurer (src/ui/text.ts); this module only gathers both for them.
export {boxesOverlap, placeLabels, type Box, type Direction, type LabelRequest, type Obstacle, type PlacedLabel} from "../../ui/labels.js";
export {measureText, textWidth} from "../../ui/text.js";
