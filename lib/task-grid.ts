// Which tasks' images are Midjourney's 2×2 grid of four, and how the browser addresses one of the four. Shared by
// the cells route (lib/server/cell-route.ts) and the lightbox, so both agree on which tasks have cells.
import type { TaskButtonDto, TaskDto } from "@/lib/schemas/task";

export const GRID_CELLS = [1, 2, 3, 4] as const;
export type GridCell = (typeof GRID_CELLS)[number];

/** Actions whose finished image is a grid of four (IMAGINE and everything that re-imagines a whole grid). */
const GRID_ACTIONS: ReadonlySet<string> = new Set([
  "IMAGINE",
  "VARIATION",
  "REROLL",
  "BLEND",
  "PAN",
  "ZOOM",
  "OUTPAINT",
]);

// U1–U4 on a grid: `MJ::JOB::upsample::<n>::<hash>` (mj-api.md 8). An upscale's own buttons are
// `upsample_v6_2x_subtle` and the like, never `upsample::<n>`.
const GRID_UPSCALE = /^MJ::JOB::upsample::([1-4])::/;
const GRID_VARY = /^MJ::JOB::variation::([1-4])::/;

export function isGridCell(value: number): value is GridCell {
  return Number.isInteger(value) && value >= 1 && value <= 4;
}

/**
 * Whether a task's stored image is a grid of four. The upstream's U1–U4 buttons say so best; a finished grid
 * action without any buttons (history from a proxy that omits them) counts too. An upscale (one image), a
 * describe (no image) or an unfinished task never does.
 */
export function isGridTask(task: Pick<TaskDto, "status" | "action" | "buttons">): boolean {
  if (task.status !== "succeeded") return false;
  const upscales = new Set(
    task.buttons.map((button) => GRID_UPSCALE.exec(button.customId)?.[1]).filter(Boolean),
  );
  if (upscales.size === 4) return true;
  return task.buttons.length === 0 && GRID_ACTIONS.has(task.action.toUpperCase());
}

/** The U<n> or V<n> button of a grid task, if the upstream offers it. */
export function gridButton(
  task: Pick<TaskDto, "buttons">,
  kind: "upscale" | "vary",
  cell: GridCell,
): TaskButtonDto | undefined {
  const pattern = kind === "upscale" ? GRID_UPSCALE : GRID_VARY;
  return task.buttons.find((button) => pattern.exec(button.customId)?.[1] === String(cell));
}

/**
 * The URL of one cell. It carries the stored original's version (`v`, from the image URL) so the browser may
 * cache it for good, exactly like the image URLs themselves.
 */
export function gridCellUrl(
  task: Pick<TaskDto, "id" | "image">,
  cell: GridCell,
  options: { download?: boolean } = {},
): string {
  const version = task.image ? new URL(task.image.url, "http://x").searchParams.get("v") : null;
  const query = new URLSearchParams();
  if (version) query.set("v", version);
  if (options.download) query.set("download", "1");
  const search = query.toString();
  return `/api/tasks/${encodeURIComponent(task.id)}/cells/${cell}${search ? `?${search}` : ""}`;
}

/** A download's file name: a few words of the prompt, the task and the cell (`red-fox-in-snow-t123-2.png`). */
export function gridCellFileName(prompt: string, taskId: string, cell: GridCell): string {
  const slug = promptSlug(prompt);
  return `${slug ? `${slug}-` : ""}${taskId}-${cell}.png`;
}

/** ASCII letters and digits of the prompt's first words, before any `--parameter`; at most 40 characters. */
export function promptSlug(prompt: string): string {
  const words = prompt.split(/\s--/)[0] ?? "";
  return words
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
