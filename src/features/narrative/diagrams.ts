// The report's concept diagrams, drawn as SVG from its text because its images are lost: a
// flow (Fig. 1, 4), a tree (Fig. 2, 7), stacked layers (Fig. 6, 9), loops (Fig. 3, 8). Pure
// functions (spec, {width}) -> SVGSVGElement; the *Figure functions read the words from
// data/report_meta.csv in one language and wrap the drawing with figure(): caption with the
// figure number, accessible name, source, and the diagram's rows as a table and CSV.
// Colours come from CSS classes (src/style.css) so both themes apply.
import {figure, type Column} from "../../ui/figure.js";
import {
  drawnFigureSource,
  figureTitle,
  optionalReportText,
  reportList,
  reportText,
  type FactRow,
  type MetaRow
} from "../../lib/narrative.js";
import type {Lang} from "../../lib/lang.js";
import {linesWidth, wrapText} from "../../ui/text.js";
import {fillFacts} from "./prose.js";

const TEXT = {
  zh: {
    drawnFromText: "报告原图为图片，未随文本保存；此图据报告正文绘制，不含正文以外的内容。",
    traits: "特性",
    cost: "成本",
    driver: (i: unknown) => `驱动 ${i}`,
    drawnArchitecture: "报告原图为图片，未随文本保存；此图据报告正文绘制。正文把能力层、应用层及终端层合为一段：能力归入能力层，应用领域归入应用层，用户类型归入终端层。",
    notDescribedInThe: "报告正文未展开说明",
    drawnPlatform: "报告原图为图片，未随文本保存；此图据报告正文绘制。正文只展开了“平台化”，对“简易化”未作说明，故不作图。",
    notStatedInThe: "报告未述及",
    aspect: "方面",
    trendsSource: "报告 §2.2.3（行标题概括正文，单元格为报告原文）",
    imageLost: "报告原图为图片，未随文本保存；正文未给出足以绘图的内容，故只保留图题与来源。",
    source: "资料来源：",
    columns: {
      foundationModel: {order: "顺序", step: "环节", detail: "说明"},
      agi: {order: "顺序", element: "AGI 技术能够"},
      flywheel: {flywheel: "飞轮", order: "环节", step: "内容"},
      drivers: {stage: "环节", text: "内容"},
      architecture: {level: "层级（自下而上）", layer: "板块", contents: "包括"},
      modelTypes: {model: "模型", parent: "上级", detail: "特点"},
      platform: {trend: "趋势", text: "内容"},
      maas: {level: "层级（自下而上）", layer: "层", contents: "作用"}
    }
  },
  en: {
    drawnFromText: "The report's image is lost; this diagram is drawn from the report's text and adds nothing the text does not say.",
    traits: "Traits",
    cost: "Cost",
    driver: (i: unknown) => `Driver ${i}`,
    drawnArchitecture: "The report's image is lost; this diagram is drawn from its text. The text describes the capability, application and terminal layers in one paragraph: its capabilities are placed on the capability layer, its fields on the application layer and its kinds of user on the terminal layer.",
    notDescribedInThe: "not described in the report's text",
    drawnPlatform: "The report's image is lost; this diagram is drawn from its text. The text describes only platformisation; it says nothing more about simplification, so nothing is drawn for it.",
    notStatedInThe: "Not stated in the report",
    aspect: "Aspect",
    trendsSource: "report §2.2.3 (row labels summarise the text; cells are the report's words)",
    imageLost: "The report's image is lost, and its text does not say enough to draw it, so only the caption and source are kept.",
    source: "Source: ",
    columns: {
      foundationModel: {order: "Order", step: "Step", detail: "Detail"},
      agi: {order: "Order", element: "AGI technology can"},
      flywheel: {flywheel: "Flywheel", order: "Step", step: "What happens"},
      drivers: {stage: "Stage", text: "Content"},
      architecture: {level: "Level (bottom up)", layer: "Layer", contents: "Holds"},
      modelTypes: {model: "Model", parent: "Kind of", detail: "Traits"},
      platform: {trend: "Trend", text: "Content"},
      maas: {level: "Level (bottom up)", layer: "Layer", contents: "What it does"}
    }
  }
} satisfies Record<Lang, unknown>;

const SVG_NS = "http://www.w3.org/2000/svg";

export type DiagramOptions = {width: number; document?: Document};
export type Box = {title: string; details?: string[]};

type Ctx = {doc: Document; size: number; id: string};

let diagramCount = 0;

function context({width, document: doc = globalThis.document}: DiagramOptions): Ctx {
  // Type follows the width: legible on a phone, larger on a projector.
  return {doc, size: Math.round(Math.max(13, Math.min(17, width / 50))), id: `deck-diagram-${++diagramCount}`};
}

function node<K extends keyof SVGElementTagNameMap>(
  ctx: Ctx,
  name: K,
  attributes: Record<string, string | number> = {},
  children: (Node | null)[] = []
): SVGElementTagNameMap[K] {
  const element = ctx.doc.createElementNS(SVG_NS, name) as SVGElementTagNameMap[K];
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  for (const child of children) if (child) element.append(child);
  return element;
}

function svgRoot(ctx: Ctx, width: number, height: number, className: string, children: Node[]): SVGSVGElement {
  const marker = node(ctx, "marker", {
    id: `${ctx.id}-arrow`,
    viewBox: "0 0 10 10",
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: "auto-start-reverse"
  }, [node(ctx, "path", {d: "M0,0L10,5L0,10z", class: "deck-diagram-arrowhead"})]);
  const svg = node(ctx, "svg", {
    class: `deck-diagram ${className}`,
    width: Math.ceil(width),
    height: Math.ceil(height),
    viewBox: `0 0 ${Math.ceil(width)} ${Math.ceil(height)}`,
    "font-size": ctx.size
  }, [node(ctx, "defs", {}, [marker]), ...children]);
  return svg;
}

/** Lines of text, one tspan each, starting with the first baseline at `y`. */
function textLines(
  ctx: Ctx,
  lines: string[],
  x: number,
  y: number,
  {className = "", anchor = "middle", lineHeight = 1.3, size = ctx.size}: {className?: string; anchor?: string; lineHeight?: number; size?: number} = {}
): SVGTextElement {
  const text = node(ctx, "text", {x, y, "text-anchor": anchor, "font-size": size, class: className});
  lines.forEach((line, i) => {
    const tspan = node(ctx, "tspan", {x, dy: i === 0 ? 0 : size * lineHeight});
    tspan.textContent = line;
    text.append(tspan);
  });
  return text;
}

function arrow(ctx: Ctx, x1: number, y1: number, x2: number, y2: number): SVGPathElement {
  return node(ctx, "path", {d: `M${x1},${y1}L${x2},${y2}`, class: "deck-diagram-arrow", "marker-end": `url(#${ctx.id}-arrow)`});
}

// --- Boxes: a bold title and smaller detail lines, wrapped to the box's width ----------------

type BoxLayout = {box: Box; width: number; height: number; titleLines: string[]; detailLines: string[][]};

const PAD = 10;
/** A layer's tag below its name, in font sizes from the name's last baseline (a line is 1.3). */
const TAG_LINE = 1.55;
/**
 * Space between a box's detail items, in their font size: an item that wraps to two lines must
 * not read as one with the next ("neural-network architecture / Advanced optimisation").
 */
const DETAIL_GAP = 0.45;

function layoutBox(ctx: Ctx, box: Box, width: number): BoxLayout {
  const inner = Math.max(20, width - 2 * PAD);
  const titleLines = wrapText(box.title, inner, ctx.size);
  const detailLines = (box.details ?? []).map((d) => wrapText(d, inner, ctx.size * 0.85));
  const detailCount = detailLines.reduce((n, lines) => n + lines.length, 0);
  const small = ctx.size * 0.85;
  const detailHeight = detailCount * small * 1.35 + (detailLines.length - 1) * small * DETAIL_GAP;
  const height = 2 * PAD + titleLines.length * ctx.size * 1.3 + (detailCount ? 6 + detailHeight : 0);
  return {box, width, height, titleLines, detailLines};
}

function drawBox(ctx: Ctx, layout: BoxLayout, x: number, y: number, height = layout.height, className = ""): SVGGElement {
  const g = node(ctx, "g", {class: `deck-diagram-box ${className}`.trim()});
  g.append(node(ctx, "rect", {x, y, width: layout.width, height, rx: 6}));
  const contentHeight = layout.height - 2 * PAD;
  let baseline = y + (height - contentHeight) / 2 + ctx.size;
  const cx = x + layout.width / 2;
  g.append(textLines(ctx, layout.titleLines, cx, baseline, {className: "deck-diagram-title"}));
  baseline += layout.titleLines.length * ctx.size * 1.3 + 6 - ctx.size * 0.15;
  const small = ctx.size * 0.85;
  for (const lines of layout.detailLines) {
    g.append(textLines(ctx, lines, cx, baseline, {className: "deck-diagram-detail", size: small, lineHeight: 1.35}));
    baseline += lines.length * small * 1.35 + small * DETAIL_GAP;
  }
  return g;
}

// --- Flow: steps left to right (top to bottom on a narrow screen); a step may be a group ----

export type FlowStep = Box | {group: Box[]};
export type FlowSpec = {steps: FlowStep[]; footer?: string};

const isGroup = (step: FlowStep): step is {group: Box[]} => "group" in step;

export function flowDiagram(spec: FlowSpec, options: DiagramOptions): SVGSVGElement {
  const ctx = context(options);
  const {width} = options;
  const n = spec.steps.length;
  const gap = 30;
  const columnWidth = (width - (n - 1) * gap) / n;
  const children: Node[] = [];
  let height: number;
  if (columnWidth >= 120) {
    const columns = spec.steps.map((step) => (isGroup(step) ? step.group : [step]).map((box) => layoutBox(ctx, box, columnWidth)));
    const columnHeight = (boxes: BoxLayout[]) => boxes.reduce((h, b) => h + b.height, 0) + (boxes.length - 1) * 8;
    const rowHeight = Math.max(...columns.map(columnHeight));
    columns.forEach((boxes, i) => {
      const x = i * (columnWidth + gap);
      const extra = (rowHeight - columnHeight(boxes)) / boxes.length;
      let y = 0;
      for (const box of boxes) {
        const h = box.height + extra;
        children.push(drawBox(ctx, box, x, y, h, boxes.length > 1 ? "deck-diagram-box-group" : ""));
        if (i < n - 1 && boxes.length > 1) children.push(arrow(ctx, x + columnWidth, y + h / 2, x + columnWidth + gap - 2, rowHeight / 2));
        y += h + 8;
      }
      if (i < n - 1 && boxes.length === 1) children.push(arrow(ctx, x + columnWidth + 2, rowHeight / 2, x + columnWidth + gap - 2, rowHeight / 2));
    });
    height = rowHeight;
  } else {
    let y = 0;
    spec.steps.forEach((step, i) => {
      const boxes = isGroup(step) ? step.group : [step];
      const side = boxes.length > 1 && width / boxes.length >= 100;
      const boxWidth = side ? (width - (boxes.length - 1) * 8) / boxes.length : width;
      const layouts = boxes.map((box) => layoutBox(ctx, box, boxWidth));
      if (side) {
        const h = Math.max(...layouts.map((l) => l.height));
        layouts.forEach((l, j) => children.push(drawBox(ctx, l, j * (boxWidth + 8), y, h, "deck-diagram-box-group")));
        y += h;
      } else {
        layouts.forEach((l, j) => {
          children.push(drawBox(ctx, l, 0, y, l.height, boxes.length > 1 ? "deck-diagram-box-group" : ""));
          y += l.height + (j < layouts.length - 1 ? 8 : 0);
        });
      }
      if (i < n - 1) {
        children.push(arrow(ctx, width / 2, y + 2, width / 2, y + gap - 2));
        y += gap;
      }
    });
    height = y;
  }
  if (spec.footer) {
    const lines = wrapText(spec.footer, width - 2 * PAD, ctx.size);
    const footerHeight = 2 * PAD + lines.length * ctx.size * 1.3;
    const y = height + 14;
    children.push(node(ctx, "rect", {x: 0, y, width, height: footerHeight, rx: 6, class: "deck-diagram-band"}));
    children.push(textLines(ctx, lines, width / 2, y + PAD + ctx.size * 0.95, {className: "deck-diagram-title"}));
    height = y + footerHeight;
  }
  return svgRoot(ctx, width, height + 2, "deck-diagram-flow", children);
}

// --- Tree: a root over its children (an indented list on a narrow screen) -------------------

export type TreeNode = Box & {children?: TreeNode[]};

function leafCount(tree: TreeNode): number {
  return tree.children?.length ? tree.children.reduce((n, c) => n + leafCount(c), 0) : 1;
}

function depth(tree: TreeNode): number {
  return 1 + Math.max(0, ...(tree.children ?? []).map(depth));
}

export function treeDiagram(root: TreeNode, options: DiagramOptions): SVGSVGElement {
  const ctx = context(options);
  const {width} = options;
  const gap = 12;
  const leaves = leafCount(root);
  const leafWidth = (width - (leaves - 1) * gap) / leaves;
  const children: Node[] = [];
  let height = 0;
  if (leafWidth >= 110) {
    // Tiered: every level in a row, each node centred over its leaves.
    const levels = depth(root);
    const placed: {layout: BoxLayout; x: number; level: number; parent: number | null}[] = [];
    const place = (tree: TreeNode, firstLeaf: number, level: number, parent: number | null) => {
      const span = leafCount(tree);
      const nodeWidth = Math.min(span * leafWidth + (span - 1) * gap, Math.max(leafWidth, width * 0.4));
      const center = (firstLeaf + span / 2) * (leafWidth + gap) - gap / 2;
      const index = placed.push({layout: layoutBox(ctx, tree, nodeWidth), x: center - nodeWidth / 2, level, parent}) - 1;
      let leaf = firstLeaf;
      for (const child of tree.children ?? []) {
        place(child, leaf, level + 1, index);
        leaf += leafCount(child);
      }
    };
    place(root, 0, 0, null);
    const levelHeights = Array.from({length: levels}, (_, level) =>
      Math.max(...placed.filter((p) => p.level === level).map((p) => p.layout.height))
    );
    const levelGap = 34;
    const levelY = levelHeights.map((_, level) => levelHeights.slice(0, level).reduce((y, h) => y + h + levelGap, 0));
    for (const p of placed) {
      if (p.parent !== null) {
        const parent = placed[p.parent];
        const px = parent.x + parent.layout.width / 2;
        const py = levelY[parent.level] + levelHeights[parent.level];
        const cx = p.x + p.layout.width / 2;
        const cy = levelY[p.level];
        const mid = py + levelGap / 2;
        children.push(node(ctx, "path", {d: `M${px},${py}V${mid}H${cx}V${cy - 2}`, class: "deck-diagram-arrow", "marker-end": `url(#${ctx.id}-arrow)`}));
      }
    }
    for (const p of placed) children.push(drawBox(ctx, p.layout, p.x, levelY[p.level], levelHeights[p.level], `deck-diagram-level-${p.level}`));
    height = levelY[levels - 1] + levelHeights[levels - 1];
  } else {
    // Indented: one node a row, children indented under their parent.
    const indent = 22;
    let y = 0;
    const walk = (tree: TreeNode, level: number, parentX: number | null, parentBottom: number) => {
      const x = level * indent;
      const layout = layoutBox(ctx, tree, width - x);
      if (parentX !== null) {
        children.push(node(ctx, "path", {d: `M${parentX},${parentBottom}V${y + layout.height / 2}H${x - 2}`, class: "deck-diagram-arrow", "marker-end": `url(#${ctx.id}-arrow)`}));
      }
      children.push(drawBox(ctx, layout, x, y, layout.height, `deck-diagram-level-${level}`));
      const bottom = y + layout.height;
      y += layout.height + 10;
      for (const child of tree.children ?? []) walk(child, level + 1, x + 10, bottom);
    };
    walk(root, 0, null, 0);
    height = y - 10;
  }
  return svgRoot(ctx, width, height + 2, "deck-diagram-tree", children);
}

// --- Layers: horizontal bands, the first on top; items as chips ------------------------------

export type Layer = {name: string; items: string[]; tag?: string};
export type LayerSpec = {layers: Layer[]; links?: {after: number; label: string}[]};

export function layerDiagram(spec: LayerSpec, options: DiagramOptions): SVGSVGElement {
  const ctx = context(options);
  const {width} = options;
  const wide = width >= 480;
  const labelWidth = wide ? Math.max(96, Math.min(190, width * 0.2)) : width;
  const chipSize = ctx.size * 0.92;
  const chipGap = 6;
  const children: Node[] = [];
  let y = 0;
  spec.layers.forEach((layer, i) => {
    const chipsX = wide ? labelWidth + 10 : PAD;
    const chipsWidth = (wide ? width - labelWidth - 10 : width) - PAD;
    const nameLines = wrapText(layer.name, labelWidth - 2 * PAD, ctx.size);
    const tagLines = layer.tag ? [layer.tag] : [];
    // Chips flow left to right and wrap; a chip wider than the band wraps its own text.
    const chips: {x: number; y: number; w: number; h: number; lines: string[]}[] = [];
    let cx = 0;
    let cy = 0;
    let rowHeight = 0;
    for (const item of layer.items) {
      const lines = wrapText(item, chipsWidth - 2 * 8, chipSize);
      const w = Math.min(chipsWidth, linesWidth(lines, chipSize) + 2 * 8);
      const h = lines.length * chipSize * 1.3 + 10;
      if (cx > 0 && cx + w > chipsWidth) {
        cx = 0;
        cy += rowHeight + chipGap;
        rowHeight = 0;
      }
      chips.push({x: cx, y: cy, w, h, lines});
      cx += w + chipGap;
      rowHeight = Math.max(rowHeight, h);
    }
    const chipsHeight = cy + rowHeight;
    // The tag (the core layer's "Core") sits a little further below the name than a line of it:
    // at 1.3 a bold name and its tag touch on a 1920 px screen, where the diagram's type is largest.
    const tagOffset = ctx.size * TAG_LINE;
    const nameHeight = nameLines.length * ctx.size * 1.3 + tagLines.length * tagOffset;
    const bandHeight = wide ? Math.max(nameHeight, chipsHeight) + 2 * PAD : nameHeight + chipsHeight + 3 * PAD;
    const g = node(ctx, "g", {class: `deck-diagram-layer${layer.tag ? " deck-diagram-emphasis" : ""}`});
    g.append(node(ctx, "rect", {x: 0, y, width, height: bandHeight, rx: 6, class: "deck-diagram-band"}));
    if (wide) g.append(node(ctx, "line", {x1: labelWidth, y1: y + 6, x2: labelWidth, y2: y + bandHeight - 6, class: "deck-diagram-rule"}));
    const nameX = wide ? labelWidth / 2 : PAD;
    const nameY = wide ? y + (bandHeight - nameHeight) / 2 + ctx.size : y + PAD + ctx.size;
    g.append(textLines(ctx, nameLines, nameX, nameY, {className: "deck-diagram-title", anchor: wide ? "middle" : "start"}));
    if (layer.tag) {
      g.append(textLines(ctx, tagLines, nameX, nameY + (nameLines.length - 1) * ctx.size * 1.3 + tagOffset, {className: "deck-diagram-tag", anchor: wide ? "middle" : "start"}));
    }
    const chipsTop = wide ? y + (bandHeight - chipsHeight) / 2 : y + PAD + nameHeight + PAD / 2;
    for (const chip of chips) {
      const x = chipsX + chip.x;
      const top = chipsTop + chip.y;
      g.append(node(ctx, "rect", {x, y: top, width: chip.w, height: chip.h, rx: 4, class: "deck-diagram-chip"}));
      g.append(textLines(ctx, chip.lines, x + chip.w / 2, top + 5 + chipSize * 0.95, {size: chipSize, className: "deck-diagram-chip-text"}));
    }
    children.push(g);
    y += bandHeight;
    const link = spec.links?.find((l) => l.after === i);
    if (link && i < spec.layers.length - 1) {
      const lines = wrapText(link.label, width / 2 - 30, ctx.size * 0.85);
      const linkHeight = Math.max(34, lines.length * ctx.size * 0.85 * 1.3 + 14);
      const x = width / 2;
      children.push(arrow(ctx, x, y + 2, x, y + linkHeight - 2));
      children.push(textLines(ctx, lines, x + 10, y + (linkHeight - lines.length * ctx.size * 0.85 * 1.3) / 2 + ctx.size * 0.8, {
        anchor: "start",
        size: ctx.size * 0.85,
        className: "deck-diagram-detail"
      }));
      y += linkHeight;
    } else if (i < spec.layers.length - 1) {
      y += 6;
    }
  });
  return svgRoot(ctx, width, y + 2, "deck-diagram-layers", children);
}

// --- Loop: nodes around an ellipse, arrows between them, a label in the middle ---------------

export type LoopSpec = {nodes: string[]; center: string; centerDetail?: string};

function loopGroup(outer: Ctx, spec: LoopSpec, width: number): {g: SVGGElement; height: number} {
  const ctx = {...outer, size: outer.size * 0.92}; // a loop's boxes are small: slightly smaller type
  const n = spec.nodes.length;
  // The first node on top (two nodes: left and right), the rest clockwise.
  const angles = spec.nodes.map((_, i) => -Math.PI / 2 + (i * 2 * Math.PI) / n - (n === 2 ? Math.PI / 2 : 0));
  // Boxes level with each other must fit side by side, with room for an arrow, at any height.
  let boxWidth = Math.min(170, width * (n <= 2 ? 0.42 : 0.36));
  angles.forEach((a, i) =>
    angles.forEach((b, j) => {
      const c = Math.abs(Math.cos(a) - Math.cos(b));
      if (j > i && Math.abs(Math.sin(a) - Math.sin(b)) < 0.05 && c > 0) boxWidth = Math.min(boxWidth, ((c * width) / 2 - 30) / (1 + c / 2));
    })
  );
  const layouts = spec.nodes.map((title) => layoutBox(ctx, {title}, boxWidth));
  const boxHeight = Math.max(...layouts.map((l) => l.height));
  const rx = width / 2 - boxWidth / 2 - 2;
  // The centre label: as wide as the boxes beside it (those near the midline) allow.
  const beside = angles.filter((a) => Math.abs(Math.sin(a)) <= 0.55).map((a) => Math.abs(Math.cos(a)));
  const centerWidth = Math.max(60, beside.length ? 2 * (rx * Math.min(...beside) - boxWidth / 2) - 16 : Math.min(rx * 1.3, width * 0.6));
  const centerLines = wrapText(spec.center, centerWidth, outer.size * 1.05);
  const centerDetailLines = spec.centerDetail ? wrapText(spec.centerDetail, centerWidth, outer.size * 0.8) : [];
  const centerHeight = centerLines.length * outer.size * 1.4 + centerDetailLines.length * outer.size * 0.8 * 1.3;
  const centerHalfWidth = Math.max(linesWidth(centerLines, outer.size * 1.05), linesWidth(centerDetailLines, outer.size * 0.8)) / 2 + 6;
  // Grow the vertical radius until no two boxes overlap and no box covers the centre label.
  let ry = n === 2 ? boxHeight / 2 + 34 : boxHeight / 2 + centerHeight / 2 + 16;
  const overlaps = (r: number) =>
    angles.some((a, i) => {
      const offMidline = Math.abs(Math.sin(a)) >= 0.05;
      if (offMidline && Math.abs(rx * Math.cos(a)) < boxWidth / 2 + centerHalfWidth && Math.abs(r * Math.sin(a)) < boxHeight / 2 + centerHeight / 2 + 6) return true;
      return angles.some((b, j) => {
        if (j <= i) return false;
        const dx = Math.abs(rx * Math.cos(a) - rx * Math.cos(b));
        const dy = Math.abs(r * Math.sin(a) - r * Math.sin(b));
        const level = Math.abs(Math.sin(a) - Math.sin(b)) < 0.05; // already clear side by side
        return !level && dx < boxWidth + 8 && dy < boxHeight + 10;
      });
    });
  while (overlaps(ry) && ry < 2000) ry += 4;
  const cx = width / 2;
  const cy = ry + boxHeight / 2 + 2;
  const g = node(ctx, "g", {class: "deck-diagram-loop"});
  // Arrows follow the ellipse between neighbouring boxes (clockwise), leaving the boxes clear.
  for (let i = 0; i < n; i++) {
    const a = angles[i];
    const b = i === n - 1 ? angles[0] + 2 * Math.PI : angles[i + 1];
    const clear = (angle: number, towards: number) => {
      let t = angle;
      const step = (towards - angle) / 200;
      const inBox = (u: number) =>
        Math.abs(rx * Math.cos(u) - rx * Math.cos(angle)) < boxWidth / 2 + 4 && Math.abs(ry * Math.sin(u) - ry * Math.sin(angle)) < boxHeight / 2 + 4;
      while (inBox(t) && Math.abs(t - angle) < Math.abs(towards - angle)) t += step;
      return t;
    };
    const start = clear(a, b);
    const end = clear(b, a);
    const p = (u: number) => `${cx + rx * Math.cos(u)},${cy + ry * Math.sin(u)}`;
    if (end <= start) {
      // Neighbours too close for an arc: a straight arrow from box edge to box edge.
      const [x1, y1] = [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
      const [x2, y2] = [cx + rx * Math.cos(b), cy + ry * Math.sin(b)];
      const edge = (x: number, y: number, dx: number, dy: number, gap: number) => {
        const scale = Math.min(Math.abs((boxWidth / 2 + gap) / (dx || 1e-9)), Math.abs((boxHeight / 2 + gap) / (dy || 1e-9)));
        return [x + dx * scale, y + dy * scale];
      };
      const [sx, sy] = edge(x1, y1, x2 - x1, y2 - y1, 2);
      const [ex, ey] = edge(x2, y2, x1 - x2, y1 - y2, 3);
      g.append(arrow(ctx, sx, sy, ex, ey));
      continue;
    }
    const large = end - start > Math.PI ? 1 : 0;
    g.append(node(ctx, "path", {d: `M${p(start)}A${rx},${ry} 0 ${large} 1 ${p(end)}`, class: "deck-diagram-arrow deck-diagram-cycle", "marker-end": `url(#${ctx.id}-arrow)`}));
  }
  layouts.forEach((layout, i) => {
    const x = cx + rx * Math.cos(angles[i]) - boxWidth / 2;
    const y = cy + ry * Math.sin(angles[i]) - boxHeight / 2;
    g.append(drawBox(ctx, layout, x, y, boxHeight));
  });
  const top = cy - centerHeight / 2 + outer.size * 1.05;
  g.append(textLines(ctx, centerLines, cx, top, {className: "deck-diagram-center", size: outer.size * 1.05, lineHeight: 1.3}));
  if (centerDetailLines.length) {
    g.append(textLines(ctx, centerDetailLines, cx, top + centerLines.length * outer.size * 1.4, {className: "deck-diagram-detail", size: outer.size * 0.8}));
  }
  return {g, height: cy * 2};
}

export type LoopPanel = LoopSpec & {title: string; subtitle?: string; note?: string};

/** One loop or two side by side (stacked on a narrow screen) joined by a labelled arrow. */
export function loopDiagram(panels: LoopPanel[], options: DiagramOptions & {join?: string}): SVGSVGElement {
  const ctx = context(options);
  const {width} = options;
  const gap = panels.length > 1 ? Math.max(70, Math.min(110, width * 0.09)) : 0;
  const side = panels.length > 1 && (width - gap) / panels.length >= 300;
  const panelWidth = side ? Math.min(460, (width - gap) / panels.length) : Math.min(460, width);
  const children: Node[] = [];
  const blocks = panels.map((panel) => {
    const titleLines = wrapText(panel.subtitle ? `${panel.title} · ${panel.subtitle}` : panel.title, panelWidth, ctx.size * 1.1);
    const loop = loopGroup(ctx, panel, panelWidth);
    const noteLines = panel.note ? wrapText(panel.note, panelWidth - 2 * PAD, ctx.size * 0.95) : [];
    // The first line's ascent (CJK fonts' is tall) stays inside the drawing: its baseline sits 1.2 em down.
    const titleHeight = titleLines.length * ctx.size * 1.1 * 1.3 + ctx.size * 1.1 * 0.2 + 8;
    const noteHeight = noteLines.length ? noteLines.length * ctx.size * 0.95 * 1.3 + 2 * PAD + 8 : 0;
    return {panel, titleLines, loop, noteLines, titleHeight, noteHeight, height: titleHeight + loop.height + noteHeight};
  });
  const rowHeight = Math.max(...blocks.map((b) => b.height));
  const totalWidth = side ? panels.length * panelWidth + (panels.length - 1) * gap : panelWidth;
  const left = (width - totalWidth) / 2;
  let y = 0;
  blocks.forEach((block, i) => {
    const x = side ? left + i * (panelWidth + gap) : left;
    const top = side ? 0 : y;
    const g = node(ctx, "g", {class: "deck-diagram-panel", transform: `translate(${x},${top})`});
    g.append(textLines(ctx, block.titleLines, panelWidth / 2, ctx.size * 1.1 * 1.2, {className: "deck-diagram-heading", size: ctx.size * 1.1}));
    const loop = block.loop.g;
    loop.setAttribute("transform", `translate(0,${block.titleHeight})`);
    g.append(loop);
    if (block.noteLines.length) {
      // Notes line up at the foot of the row when the panels stand side by side.
      const noteTop = (side ? rowHeight - block.noteHeight : block.titleHeight + block.loop.height) + 8;
      g.append(node(ctx, "rect", {x: 0, y: noteTop, width: panelWidth, height: block.noteHeight - 8, rx: 6, class: "deck-diagram-band"}));
      g.append(textLines(ctx, block.noteLines, panelWidth / 2, noteTop + PAD + ctx.size * 0.9, {className: "deck-diagram-title", size: ctx.size * 0.95}));
    }
    children.push(g);
    if (i < blocks.length - 1) {
      const joinLines = options.join ? wrapText(options.join, side ? gap - 8 : width / 2, ctx.size * 0.9) : [];
      if (side) {
        const mid = block.titleHeight + block.loop.height / 2;
        const ax = x + panelWidth + 6;
        children.push(node(ctx, "path", {d: `M${ax},${mid}H${ax + gap - 12}`, class: "deck-diagram-arrow deck-diagram-join", "marker-end": `url(#${ctx.id}-arrow)`}));
        children.push(textLines(ctx, joinLines, ax + (gap - 12) / 2, mid - 10 - (joinLines.length - 1) * ctx.size * 0.9 * 1.3, {className: "deck-diagram-detail", size: ctx.size * 0.9}));
      } else {
        const bottom = y + block.height;
        const joinHeight = 46;
        children.push(node(ctx, "path", {d: `M${width / 2},${bottom + 4}V${bottom + joinHeight - 4}`, class: "deck-diagram-arrow deck-diagram-join", "marker-end": `url(#${ctx.id}-arrow)`}));
        children.push(textLines(ctx, joinLines, width / 2 + 12, bottom + joinHeight / 2 + ctx.size * 0.35, {anchor: "start", className: "deck-diagram-detail", size: ctx.size * 0.9}));
        y = bottom + joinHeight;
      }
    } else if (!side) {
      y += block.height;
    }
  });
  return svgRoot(ctx, width, (side ? rowHeight : y) + 2, "deck-diagram-loops", children);
}

// --- The report's figures --------------------------------------------------------------------

export type NarrativeData = {report_meta: MetaRow[]; facts: FactRow[]};
type FigureOptions = DiagramOptions & {lang: Lang};
type Row = Record<string, string>;

/** A figure's table columns, in the order of its labels. */
function columnsFor(labels: Record<string, string>): Column<Row>[] {
  return Object.entries(labels).map(([key, label]) => ({key, label}));
}

function drawnFigure(
  data: NarrativeData,
  number: number,
  section: string,
  chart: Element,
  rows: Row[],
  columns: Column<Row>[],
  fileName: string,
  lang: Lang,
  note?: string
): HTMLElement {
  const element = figure({
    lang,
    title: figureTitle(data.report_meta, number, lang),
    chart,
    rows,
    columns,
    source: drawnFigureSource(data.report_meta, number, section, lang),
    fileName,
    note: note ?? TEXT[lang].drawnFromText
  });
  element.classList.add("deck-figure-diagram");
  element.dataset.figure = String(number);
  element.id = `fig-${number}`;
  return element;
}

/** Fig. 1: what a foundation model is — data, pre-training, little or no fine-tuning, many uses. */
export function foundationModelFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const steps = ["data", "model", "tuning", "uses"].map((part) => ({
    title: reportText(m, `diagram.foundation.${part}`, lang),
    details: reportList(m, `diagram.foundation.${part}.detail`, lang)
  }));
  const traits = reportList(m, "diagram.foundation.traits", lang);
  const chart = flowDiagram({steps, footer: traits.join(" · ")}, {width, document});
  const rows = [
    ...steps.map((s, i) => ({order: String(i + 1), step: s.title, detail: s.details.join(lang === "zh" ? "；" : "; ")})),
    {order: "", step: TEXT[lang].traits, detail: traits.join(lang === "zh" ? "、" : ", ")}
  ];
  const columns = columnsFor(TEXT[lang].columns.foundationModel);
  return drawnFigure(data, 1, "§1.1", chart, rows, columns, "fig-1-foundation-model", lang);
}

/** Fig. 2: AGI and the elements the report's text names. */
export function agiFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const elements = reportList(m, "diagram.agi.elements", lang);
  const chart = treeDiagram({title: reportText(m, "diagram.agi.root", lang), children: elements.map((title) => ({title}))}, {width, document});
  const rows = elements.map((element, i) => ({order: String(i + 1), element}));
  const columns = columnsFor(TEXT[lang].columns.agi);
  return drawnFigure(data, 2, "§1.1", chart, rows, columns, "fig-2-agi", lang);
}

/** Fig. 3: the data flywheel evolving into the wisdom flywheel, with the ~1% cost from facts.csv. */
export function flywheelFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const wheel = (kind: "data" | "wisdom"): LoopPanel => ({
    title: reportText(m, `diagram.flywheel.${kind}`, lang),
    subtitle: reportText(m, `diagram.flywheel.${kind}.system`, lang),
    nodes: reportList(m, `diagram.flywheel.${kind}.steps`, lang),
    center: reportText(m, `diagram.flywheel.${kind}.center`, lang),
    centerDetail: optionalReportText(m, `diagram.flywheel.${kind}.driver`, lang) ?? undefined,
    note: fillFacts(reportText(m, `diagram.flywheel.${kind}.cost`, lang), data.facts, lang)
  });
  const panels = [wheel("data"), wheel("wisdom")];
  const chart = loopDiagram(panels, {width, document, join: reportText(m, "diagram.flywheel.shift", lang)});
  const rows = panels.flatMap((panel) => [
    ...panel.nodes.map((step, i) => ({flywheel: panel.title, order: String(i + 1), step})),
    {flywheel: panel.title, order: TEXT[lang].cost, step: panel.note ?? ""}
  ]);
  const columns = columnsFor(TEXT[lang].columns.flywheel);
  return drawnFigure(data, 3, "§1.2", chart, rows, columns, "fig-3-flywheels", lang);
}

/** Fig. 4: the three drivers, the models, and the industries they empower. */
export function driversFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const wheels = reportList(m, "diagram.drivers.wheels", lang);
  const model = {title: reportText(m, "diagram.drivers.model", lang), details: [reportText(m, "diagram.drivers.model.detail", lang)]};
  const outcome = {title: reportText(m, "diagram.drivers.outcome", lang), details: [reportText(m, "diagram.drivers.outcome.detail", lang)]};
  const chart = flowDiagram({steps: [{group: wheels.map((title) => ({title}))}, model, outcome]}, {width, document});
  const rows = [
    ...wheels.map((w, i) => ({stage: TEXT[lang].driver(i + 1), text: w})),
    {stage: model.title, text: model.details[0]},
    {stage: outcome.title, text: outcome.details[0]}
  ];
  const columns = columnsFor(TEXT[lang].columns.drivers);
  return drawnFigure(data, 4, "§2.1", chart, rows, columns, "fig-4-three-drivers", lang);
}

const ARCHITECTURE_LAYERS = ["terminal", "application", "capability", "technology", "base"] as const;

/** Fig. 6: the five-layer technical architecture, the technology layer marked as the core. */
export function architectureFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const layers = ARCHITECTURE_LAYERS.map((id) => ({
    name: reportText(m, `diagram.architecture.${id}`, lang),
    items: reportList(m, `diagram.architecture.${id}.items`, lang),
    tag: id === "technology" ? reportText(m, "diagram.architecture.core", lang) : undefined
  }));
  const chart = layerDiagram({layers}, {width, document});
  const rows = layers.map((layer, i) => ({
    level: String(layers.length - i),
    layer: layer.name + (layer.tag ? `（${layer.tag}）` : ""),
    contents: layer.items.join(lang === "zh" ? "；" : "; ")
  }));
  const columns = columnsFor(TEXT[lang].columns.architecture);
  const note = TEXT[lang].drawnArchitecture;
  return drawnFigure(data, 6, "§2.1", chart, rows, columns, "fig-6-architecture", lang, note);
}

/** Fig. 7: general-purpose versus specialised models, and the two kinds of specialised model. */
export function modelTypesFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const box = (id: string): TreeNode => ({title: reportText(m, `diagram.models.${id}`, lang), details: reportList(m, `diagram.models.${id}.detail`, lang)});
  const tree: TreeNode = {
    title: reportText(m, "diagram.models.root", lang),
    children: [box("general"), {...box("specialised"), children: [box("domain"), box("industry")]}]
  };
  const chart = treeDiagram(tree, {width, document});
  const rows: Row[] = [];
  const walk = (n: TreeNode, parent: string) => {
    rows.push({model: n.title, parent, detail: (n.details ?? []).join(lang === "zh" ? "；" : "; ")});
    for (const child of n.children ?? []) walk(child, n.title);
  };
  walk(tree, "");
  const columns = columnsFor(TEXT[lang].columns.modelTypes);
  return drawnFigure(data, 7, "§2.2.1", chart, rows, columns, "fig-7-general-specialised", lang);
}

/** Fig. 8: platformisation's loop between apps and the GPT platform; simplification is not described. */
export function platformFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const apps = `${reportText(m, "diagram.platform.apps", lang)}：${reportText(m, "diagram.platform.apps.detail", lang)}`;
  const gpt = `${reportText(m, "diagram.platform.gpt", lang)}：${reportText(m, "diagram.platform.gpt.detail", lang)}`;
  const colon = (s: string) => (lang === "zh" ? s : s.replace("：", ": "));
  const chart = loopDiagram(
    [
      {
        title: reportText(m, "term.platformisation", lang),
        nodes: [colon(apps), colon(gpt)],
        center: reportText(m, "diagram.platform.center", lang),
        note: reportText(m, "diagram.platform.migration", lang)
      }
    ],
    {width, document}
  );
  const rows = [
    {trend: reportText(m, "term.platformisation", lang), text: colon(apps)},
    {trend: reportText(m, "term.platformisation", lang), text: colon(gpt)},
    {trend: reportText(m, "term.platformisation", lang), text: reportText(m, "diagram.platform.migration", lang)},
    {trend: reportText(m, "term.simplification", lang), text: TEXT[lang].notDescribedInThe}
  ];
  const columns = columnsFor(TEXT[lang].columns.platform);
  const note = TEXT[lang].drawnPlatform;
  return drawnFigure(data, 8, "§2.2.2", chart, rows, columns, "fig-8-platformisation", lang, note);
}

const MAAS_LAYERS = ["application", "middle", "base"] as const;

/** Fig. 9: MaaS's three layers, the middle layer paying to use the base layer's interfaces. */
export function maasFigure(data: NarrativeData, {lang, width, document}: FigureOptions): HTMLElement {
  const m = data.report_meta;
  const layers = MAAS_LAYERS.map((id) => ({name: reportText(m, `diagram.maas.${id}`, lang), items: reportList(m, `diagram.maas.${id}.items`, lang)}));
  const link = reportText(m, "diagram.maas.link", lang);
  const chart = layerDiagram({layers, links: [{after: 1, label: link}]}, {width, document});
  const rows = layers.map((layer, i) => ({
    level: String(layers.length - i),
    layer: layer.name,
    contents: [...layer.items, ...(MAAS_LAYERS[i] === "middle" ? [link] : [])].join(lang === "zh" ? "；" : "; ")
  }));
  const columns = columnsFor(TEXT[lang].columns.maas);
  return drawnFigure(data, 9, "§2.2.3", chart, rows, columns, "fig-9-maas", lang);
}

const ADOPTION_ROWS = ["users", "pace", "form", "hurdles", "outlook"] as const;

/** MaaS on the consumer side versus the business/government side, row by row in the report's words. */
export function maasAdoptionFigure(data: NarrativeData, {lang}: {lang: Lang}): HTMLElement {
  const m = data.report_meta;
  const gap = TEXT[lang].notStatedInThe;
  const consumer = reportText(m, "term.consumer", lang);
  const business = reportText(m, "term.business-government", lang);
  const rows = ADOPTION_ROWS.map((id) => ({
    aspect: reportText(m, `compare.maas.${id}`, lang),
    consumer: optionalReportText(m, `compare.maas.${id}.consumer`, lang) ?? "",
    business: optionalReportText(m, `compare.maas.${id}.business-government`, lang) ?? ""
  }));
  const doc = globalThis.document;
  const grid = doc.createElement("div");
  grid.className = "deck-compare";
  grid.setAttribute("role", "table");
  const cell = (text: string, className: string, role: string, label?: string) => {
    const div = doc.createElement("div");
    div.className = className;
    div.setAttribute("role", role);
    if (label) div.dataset.label = label;
    div.textContent = text || gap;
    if (!text) div.classList.add("deck-gap");
    return div;
  };
  const header = doc.createElement("div");
  header.className = "deck-compare-row deck-compare-head";
  header.setAttribute("role", "row");
  header.append(cell(" ", "deck-compare-aspect", "columnheader"), cell(consumer, "deck-compare-side", "columnheader"), cell(business, "deck-compare-side", "columnheader"));
  grid.append(header);
  for (const row of rows) {
    const line = doc.createElement("div");
    line.className = "deck-compare-row";
    line.setAttribute("role", "row");
    line.append(cell(row.aspect, "deck-compare-aspect", "rowheader"), cell(row.consumer, "deck-compare-side", "cell", consumer), cell(row.business, "deck-compare-side", "cell", business));
    grid.append(line);
  }
  const columns: Column<Row>[] = [
    {key: "aspect", label: TEXT[lang].aspect},
    {key: "consumer", label: consumer},
    {key: "business", label: business}
  ];
  const element = figure({
    lang,
    title: reportText(m, "heading.maas-adoption", lang),
    chart: grid,
    rows,
    columns,
    source: TEXT[lang].trendsSource,
    fileName: "maas-consumer-vs-business"
  });
  element.classList.add("deck-figure-compare");
  element.id = "maas-adoption";
  // The grid is its own table: role=table, not an image.
  grid.setAttribute("role", "table");
  return element;
}

/** A figure whose image is lost and cannot be drawn from the text: its place, caption and source. */
export function lostFigure(data: NarrativeData, number: number, {lang}: {lang: Lang}): HTMLElement {
  const doc = globalThis.document;
  const element = doc.createElement("figure");
  element.className = "deck-figure deck-figure-lost";
  element.dataset.figure = String(number);
  element.id = `fig-${number}`;
  const title = figureTitle(data.report_meta, number, lang);
  element.setAttribute("aria-label", title);
  const caption = doc.createElement("figcaption");
  caption.textContent = title;
  const box = doc.createElement("div");
  box.className = "deck-lost";
  box.textContent = TEXT[lang].imageLost;
  const source = doc.createElement("p");
  source.className = "deck-source";
  source.textContent = `${TEXT[lang].source}${reportText(data.report_meta, `figure.${number}.source`, lang)}`;
  element.append(caption, box, source);
  return element;
}
