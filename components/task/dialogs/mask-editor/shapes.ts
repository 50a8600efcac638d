// Mask shapes in the image's natural pixels, and how they are painted: once tinted for the on-screen overlay, once
// black/white for the PNG the upstream gets. Both go through renderShapes, so what you see is what is sent.
import type { Point, Size } from "./geometry";

export type Shape =
  | { kind: "stroke"; erase: boolean; size: number; points: Point[] }
  | { kind: "rect"; x: number; y: number; w: number; h: number }
  | { kind: "lasso"; points: Point[] };

/** The subset of CanvasRenderingContext2D used here (a fake records calls in tests). */
export type PaintContext = Pick<
  CanvasRenderingContext2D,
  | "beginPath"
  | "moveTo"
  | "lineTo"
  | "arc"
  | "closePath"
  | "fill"
  | "stroke"
  | "fillRect"
  | "clearRect"
  | "drawImage"
  | "fillStyle"
  | "strokeStyle"
  | "lineWidth"
  | "lineCap"
  | "lineJoin"
  | "globalCompositeOperation"
>;

function paintStroke(ctx: PaintContext, shape: Extract<Shape, { kind: "stroke" }>): void {
  const [first, ...rest] = shape.points;
  if (!first) return;
  ctx.beginPath();
  if (rest.length === 0) {
    // A tap paints a dot: a zero-length line would draw nothing.
    ctx.arc(first.x, first.y, shape.size / 2, 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.lineWidth = shape.size;
  ctx.lineCap = "round";
  ctx.lineJoin = "round";
  ctx.moveTo(first.x, first.y);
  for (const p of rest) ctx.lineTo(p.x, p.y);
  ctx.stroke();
}

/** Paints the shapes in `color` on a context whose coordinate system is the image's natural pixels. */
export function renderShapes(ctx: PaintContext, shapes: readonly Shape[], color: string): void {
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  for (const shape of shapes) {
    // The eraser removes paint from the mask layer instead of painting black, so it also works on the overlay.
    ctx.globalCompositeOperation = shape.kind === "stroke" && shape.erase ? "destination-out" : "source-over";
    if (shape.kind === "stroke") paintStroke(ctx, shape);
    else if (shape.kind === "rect") ctx.fillRect(shape.x, shape.y, shape.w, shape.h);
    else {
      const [first, ...rest] = shape.points;
      if (!first) continue;
      ctx.beginPath();
      ctx.moveTo(first.x, first.y);
      for (const p of rest) ctx.lineTo(p.x, p.y);
      ctx.closePath();
      ctx.fill();
    }
  }
  ctx.globalCompositeOperation = "source-over";
}

export const hasPaint = (shapes: readonly Shape[]): boolean =>
  shapes.some((s) => !(s.kind === "stroke" && s.erase));

export interface CanvasLike {
  width: number;
  height: number;
  getContext(type: "2d"): PaintContext | null;
  toDataURL(type: string): string;
}

/**
 * The upstream's mask: exactly the image's natural size, black = keep, white = repaint. White is painted on its own
 * transparent layer first so the eraser cuts back to transparency, then that layer goes onto black.
 */
export function exportMask(shapes: readonly Shape[], natural: Size, createCanvas: () => CanvasLike): string {
  const layer = createCanvas();
  layer.width = natural.width;
  layer.height = natural.height;
  const layerCtx = layer.getContext("2d");
  const out = createCanvas();
  out.width = natural.width;
  out.height = natural.height;
  const ctx = out.getContext("2d");
  if (!layerCtx || !ctx) throw new Error("Canvas 2D is not available");
  renderShapes(layerCtx, shapes, "#ffffff");
  ctx.fillStyle = "#000000";
  ctx.fillRect(0, 0, natural.width, natural.height);
  ctx.drawImage(layer as unknown as CanvasImageSource, 0, 0);
  return out.toDataURL("image/png");
}
