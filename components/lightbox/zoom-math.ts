// Zoom and pan of the lightbox image as pure arithmetic (scale about a point, keep the image on screen), so the
// pointer handling in use-zoom-pan.ts stays about events.

export interface View {
  scale: number;
  x: number;
  y: number;
}

export const FIT: View = { scale: 1, x: 0, y: 0 };
export const MAX_SCALE = 6;
/** Where a double-click or double-tap zooms to. */
export const DOUBLE_TAP_SCALE = 2.5;

/**
 * The view scaled to `scale` about a point given relative to the stage's centre, so the pixel under the pointer
 * (or between two fingers) stays under it.
 */
export function zoomAbout(view: View, scale: number, point: { x: number; y: number }, stage: Size): View {
  const next = Math.min(MAX_SCALE, Math.max(1, scale));
  const ratio = next / view.scale;
  return clampView(
    { scale: next, x: point.x - (point.x - view.x) * ratio, y: point.y - (point.y - view.y) * ratio },
    stage,
  );
}

export interface Size {
  width: number;
  height: number;
}

/** Keeps a zoomed image covering the stage's middle: it can be panned to its edges, never beyond them. */
export function clampView(view: View, stage: Size): View {
  if (view.scale <= 1) return FIT;
  const maxX = ((view.scale - 1) * stage.width) / 2;
  const maxY = ((view.scale - 1) * stage.height) / 2;
  return {
    scale: view.scale,
    x: Math.min(maxX, Math.max(-maxX, view.x)),
    y: Math.min(maxY, Math.max(-maxY, view.y)),
  };
}

/** A horizontal swipe long and straight enough to mean "next" or "previous", else null. */
export function swipeDirection(dx: number, dy: number, width: number): "next" | "previous" | null {
  const enough = Math.max(48, width * 0.15);
  if (Math.abs(dx) < enough || Math.abs(dx) < Math.abs(dy) * 1.5) return null;
  return dx < 0 ? "next" : "previous";
}
