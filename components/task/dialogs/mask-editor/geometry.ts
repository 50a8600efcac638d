// Pure geometry of the mask editor: screen → image coordinates, pinch-zoom/pan of the view, lasso closing.

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
/** The on-screen box of the (possibly zoomed) image, as getBoundingClientRect reports it. */
export interface Box extends Size {
  left: number;
  top: number;
}
/** CSS transform of the image layer inside its viewport: translate(x, y) scale(scale), origin top-left. */
export interface View {
  scale: number;
  x: number;
  y: number;
}

export const IDENTITY_VIEW: View = { scale: 1, x: 0, y: 0 };
export const MAX_SCALE = 6;

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * A pointer position in the image's natural pixels. The box already includes zoom and pan (it is the transformed
 * element's rect), so this one scaling is all that maps display strokes onto the exported mask.
 */
export function clientToImage(client: Point, box: Box, natural: Size): Point {
  return {
    x: ((client.x - box.left) / box.width) * natural.width,
    y: ((client.y - box.top) / box.height) * natural.height,
  };
}

/** Display length (brush size in CSS px) → natural pixels at the current on-screen size. */
export function displayToNaturalLength(length: number, box: Size, natural: Size): number {
  return (length * natural.width) / box.width;
}

/** Keeps the zoomed layer covering its viewport: no empty gutters, never smaller than fit. */
export function clampView(view: View, viewport: Size): View {
  const scale = clamp(view.scale, 1, MAX_SCALE);
  return {
    scale,
    x: clamp(view.x, viewport.width * (1 - scale), 0),
    y: clamp(view.y, viewport.height * (1 - scale), 0),
  };
}

export interface Pinch {
  a: Point;
  b: Point;
}

const mid = (p: Pinch): Point => ({ x: (p.a.x + p.b.x) / 2, y: (p.a.y + p.b.y) / 2 });
const span = (p: Pinch): number => Math.hypot(p.a.x - p.b.x, p.a.y - p.b.y);

/**
 * Two-finger gesture: the content point under the starting midpoint follows the fingers' midpoint, and the
 * scale follows the fingers' distance. Points are relative to the viewport's top-left corner.
 */
export function pinchView(start: View, from: Pinch, to: Pinch, viewport: Size): View {
  const d0 = span(from);
  const scale = clamp(d0 > 0 ? (start.scale * span(to)) / d0 : start.scale, 1, MAX_SCALE);
  const m0 = mid(from);
  const m1 = mid(to);
  const content = { x: (m0.x - start.x) / start.scale, y: (m0.y - start.y) / start.scale };
  return clampView({ scale, x: m1.x - content.x * scale, y: m1.y - content.y * scale }, viewport);
}

/** Mouse-wheel zoom around the cursor (desktop counterpart of the pinch). */
export function zoomAt(start: View, at: Point, factor: number, viewport: Size): View {
  return pinchView(
    start,
    { a: at, b: { x: at.x + 100, y: at.y } },
    { a: at, b: { x: at.x + 100 * factor, y: at.y } },
    viewport,
  );
}

/** Drops points closer than `minGap` to the last kept one: a shaky hand should not make huge paths. */
export function appendPoint(points: readonly Point[], p: Point, minGap: number): Point[] {
  const last = points.at(-1);
  if (last && Math.hypot(last.x - p.x, last.y - p.y) < minGap) return points as Point[];
  return [...points, p];
}

/** A lasso fills only when it encloses something: at least three distinct points; the path closes itself. */
export function closeLasso(points: readonly Point[]): Point[] | null {
  if (points.length < 3) return null;
  const first = points[0]!;
  const last = points.at(-1)!;
  const closed = first.x === last.x && first.y === last.y ? [...points] : [...points, first];
  return polygonArea(closed) > 1 ? closed : null;
}

/** Shoelace area (absolute), used to reject degenerate lassos (a straight line). */
export function polygonArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const q = points[(i + 1) % points.length]!;
    sum += p.x * q.y - q.x * p.y;
  }
  return Math.abs(sum) / 2;
}

/** Normalises a drag into a rectangle inside the image, whatever the drag direction. */
export function rectFromDrag(
  a: Point,
  b: Point,
  natural: Size,
): { x: number; y: number; w: number; h: number } {
  const x0 = clamp(Math.min(a.x, b.x), 0, natural.width);
  const y0 = clamp(Math.min(a.y, b.y), 0, natural.height);
  const x1 = clamp(Math.max(a.x, b.x), 0, natural.width);
  const y1 = clamp(Math.max(a.y, b.y), 0, natural.height);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
