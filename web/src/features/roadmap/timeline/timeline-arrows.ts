// The dependency arrows of the on-screen timeline, virtualised with its rows: which arrows the rendered
// rows need, and each arrow's curve cut to the rows in view. A layer with every arrow of a large year,
// thousands of pixels tall, made painting each scroll frame take most of a second; with the arrows of
// the rendered rows drawn whole (most are long, and most of those dashed), still 70 ms.
// (The PNG export draws every arrow itself: timeline-png.ts.)

/** A dependency with the rows (indexes into the timeline's rows) its two ends are drawn on. */
export interface RowLink<T> {
  link: T;
  fromRow: number;
  toRow: number;
}

/**
 * The links with at least one end among the rendered rows `first` to `last` (overscan included). A
 * link with both ends outside is skipped even when it passes through the window: drawing those would
 * bring back most of the year's arrows as long vertical strokes that say nothing about which rows
 * they join.
 */
export function linksInWindow<T>(links: readonly RowLink<T>[], window: { first: number; last: number }): RowLink<T>[] {
  const inside = (row: number) => row >= window.first && row <= window.last;
  return links.filter((l) => inside(l.fromRow) || inside(l.toRow));
}

/**
 * The rows the arrow layer covers: those in view (`inView`, null before the first measure) and `margin`
 * more each side, so that the cuts stay off screen, within the rendered rows.
 */
export function layerRows(
  rendered: { first: number; last: number },
  inView: { startIndex: number; endIndex: number } | null,
  margin: number,
): { first: number; last: number } {
  return {
    first: Math.max(rendered.first, (inView?.startIndex ?? rendered.first) - margin),
    last: Math.min(rendered.last, (inView?.endIndex ?? rendered.last) + margin),
  };
}

export interface ArrowEnds {
  /** The predecessor's end (where the arrow leaves) and the successor's (where its head is), in list pixels. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ArrowShape {
  /** The arrow's curve, cut where it leaves the window. */
  path: string;
  /** The successor's end is in the window: the arrowhead goes at the end of `path`. */
  head: boolean;
  /** A chevron at each cut, pointing up or down to the row off the window ('' when nothing was cut). */
  cuts: string;
}

type Point = [number, number];

const round = (v: number) => Math.round(v * 10) / 10;
const at = ([x, y]: Point) => `${round(x)},${round(y)}`;
const mix = (a: Point, b: Point, t: number): Point => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];

/** The part of the cubic from t0 to t1 (de Casteljau, twice). */
function part(curve: [Point, Point, Point, Point], t0: number, t1: number): [Point, Point, Point, Point] {
  const split = ([p0, p1, p2, p3]: [Point, Point, Point, Point], t: number) => {
    const p01 = mix(p0, p1, t);
    const p12 = mix(p1, p2, t);
    const p23 = mix(p2, p3, t);
    const p012 = mix(p01, p12, t);
    const p123 = mix(p12, p23, t);
    const mid = mix(p012, p123, t);
    return { left: [p0, p01, p012, mid] as [Point, Point, Point, Point], right: [mid, p123, p23, p3] as typeof curve };
  };
  const head = t1 < 1 ? split(curve, t1).left : curve;
  return t0 > 0 ? split(head, t0 / t1).right : head;
}

/**
 * The arrow from (x1, y1) to (x2, y2), the timeline's S-curve (it leaves and enters its bars sideways),
 * limited to the window `top`..`bottom`: an end outside is cut where the curve crosses the edge, so
 * that what is on screen is exactly the whole arrow's stroke, and marked with a chevron towards the
 * row it goes to. Null when the arrow is entirely outside.
 */
export function arrowShape(
  { x1, y1, x2, y2 }: ArrowEnds,
  { top, bottom }: { top: number; bottom: number },
): ArrowShape | null {
  if ((y1 < top && y2 < top) || (y1 > bottom && y2 > bottom)) return null;
  const bend = Math.max(24, Math.abs(x2 - x1) / 2);
  const curve: [Point, Point, Point, Point] = [
    [x1, y1],
    [x1 + bend, y1],
    [x2 - bend, y2],
    [x2, y2],
  ];
  // The control points share the ends' heights, so the curve's height is y1 + (y2 - y1)·(3t² - 2t³),
  // monotonic in t; the parameter where it reaches `edge` inverts that smoothstep.
  const tAt = (edge: number) => 0.5 - Math.sin(Math.asin(1 - (2 * (edge - y1)) / (y2 - y1)) / 3);
  const edgeOf = (y: number) => (y < top ? top : y > bottom ? bottom : null);
  const fromEdge = edgeOf(y1);
  const toEdge = edgeOf(y2);
  const t0 = fromEdge === null ? 0 : tAt(fromEdge);
  const t1 = toEdge === null ? 1 : tAt(toEdge);
  const [p0, p1, p2, p3] = part(curve, t0, t1);
  const chevron = ([x]: Point, edge: number) => {
    // Drawn just inside the edge, pointing out of the window.
    const dir = edge === top ? -1 : 1;
    const tip = edge - dir;
    const arms = edge - 6 * dir;
    return `M${at([x - 4, arms])} L${at([x, tip])} L${at([x + 4, arms])}`;
  };
  const cuts = [fromEdge === null ? '' : chevron(p0, fromEdge), toEdge === null ? '' : chevron(p3, toEdge)];
  return {
    path: `M${at(p0)} C${at(p1)} ${at(p2)} ${at(p3)}`,
    head: toEdge === null,
    cuts: cuts.filter(Boolean).join(' '),
  };
}

/** The critical path's consecutive steps as "from>to" keys, between nodes (initiatives or milestones). */
export function criticalStepsOf(pathIds: readonly string[]): Set<string> {
  return new Set(pathIds.slice(1).map((id, k) => `${pathIds[k]}>${id}`));
}

/**
 * Whether a dependency is a step of the critical path: its two ends are consecutive on the path, as
 * nodes or as the initiatives they belong to. Both ends merely lying on the path is not enough (a
 * branch can join two path nodes without being the step between them). The screen and the PNG agree.
 */
export function isCriticalStep(
  d: { fromId: string; toId: string; fromInitiativeId: string; toInitiativeId: string },
  steps: Set<string>,
): boolean {
  return steps.has(`${d.fromId}>${d.toId}`) || steps.has(`${d.fromInitiativeId}>${d.toInitiativeId}`);
}
