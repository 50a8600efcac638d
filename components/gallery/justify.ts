// Justified rows without JavaScript measuring: each tile is a flex item whose grow factor and basis are its
// aspect ratio (width / height). A row then fills the width and every tile in it keeps its ratio at the same
// height, because the free space is shared out in proportion to the ratios. The container's ::after takes the
// last row's free space, so that row keeps the target height instead of stretching. Pure, so it is unit-tested;
// the same markup renders on the server, so the first paint does not jump.
import type { CSSProperties } from "react";

import { controlsFromPrompt, parsePrompt } from "@/lib/params";
import { isTerminalStatus, type TaskDto } from "@/lib/schemas/task";

/** Midjourney accepts far wider ratios; beyond these a tile would be a sliver or a ribbon. */
export const MIN_TILE_ASPECT = 0.5;
export const MAX_TILE_ASPECT = 2.5;
/** Text cards (describe, shorten) need room for a few lines: a little wider than square. */
export const TEXT_CARD_ASPECT = 1.25;

type AspectSource = Pick<TaskDto, "thumbnail" | "image" | "results" | "status" | "prompt">;

export function clampAspect(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 0) return 1;
  return Math.min(MAX_TILE_ASPECT, Math.max(MIN_TILE_ASPECT, ratio));
}

function ratioOf(image: TaskDto["thumbnail"]): number | null {
  if (!image?.width || !image.height) return null;
  return image.width / image.height;
}

/** `--ar 16:9` of a prompt as a number, or null when it has none (or an unreadable one). */
export function promptAspect(prompt: string): number | null {
  const value = controlsFromPrompt(parsePrompt(prompt)).aspectRatio;
  const match = value ? /^(\d+):(\d+)$/.exec(value) : null;
  if (!match) return null;
  const ratio = Number(match[1]) / Number(match[2]);
  return Number.isFinite(ratio) && ratio > 0 ? ratio : null;
}

/**
 * The ratio a tile is drawn at. A stored image knows its size; a task still rendering takes the `--ar` it asked
 * for, so the tile does not change shape when it finishes; text results get a card (even a describe
 * that keeps its input image); everything else is square.
 */
export function tileAspect(task: AspectSource): number {
  if (task.results) return TEXT_CARD_ASPECT;
  const stored = ratioOf(task.thumbnail) ?? ratioOf(task.image);
  if (stored) return clampAspect(stored);
  if (!isTerminalStatus(task.status) || task.status === "succeeded") {
    const asked = promptAspect(task.prompt);
    if (asked) return clampAspect(asked);
  }
  return 1;
}

/**
 * How much taller than the target a row may grow. A row of few wide tiles (a text card and a portrait, then a
 * panorama that does not fit) would otherwise stretch to twice the height; capped, every tile in the row stops
 * at the same factor (so heights stay equal) and the row leaves space at its end instead. The grid sets the
 * factor per width (`--tile-row-growth`): a phone row is short, so one 3:2 image may fill it (about 1.7×);
 * this is the wide-screen default.
 */
export const MAX_ROW_GROWTH = 1.45;

/** Rounded so React's style strings stay short and stable between server and client. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * The flex item style of one tile. `--tile-row-h` (set by the grid per container width) is the target row
 * height; a tile never shrinks below its basis except when it alone is wider than the row.
 */
export function tileFlexStyle(aspect: number): CSSProperties {
  const ratio = round(aspect);
  return {
    flexGrow: ratio,
    flexBasis: `calc(var(--tile-row-h) * ${ratio})`,
    maxWidth: `calc(var(--tile-row-h) * ${ratio} * var(--tile-row-growth, ${MAX_ROW_GROWTH}))`,
  };
}

/** The CSS aspect-ratio of a tile's picture box. */
export function aspectRatioCss(aspect: number): string {
  return String(round(aspect));
}
