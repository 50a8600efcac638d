"use client";

import { useTranslations } from "next-intl";

import { sendReference, sendToEditor } from "@/components/layout/studio-events";
import type { TaskDto } from "@/lib/schemas/task";
import { GRID_CELLS, gridCellFileName, gridCellUrl } from "@/lib/task-grid";

const ACTION_CLASS =
  "flex min-h-11 flex-1 items-center justify-center rounded-lg border border-zinc-300 px-2 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800";

/** The four images of a grid, cut on the server: each one to download alone, use as a reference, edit or retexture. */
export function GridCells({ task }: { task: TaskDto }) {
  const t = useTranslations("lightbox");
  const te = useTranslations("editor");
  // Each cell has the grid's shape (a 16:9 grid is four 16:9 images): reserve it so nothing jumps as they load.
  const { width, height } = task.image ?? { width: null, height: null };
  const aspectRatio = width && height ? `${width} / ${height}` : "1 / 1";
  return (
    <section aria-labelledby="lightbox-cells-title" className="space-y-2">
      <h3 id="lightbox-cells-title" className="text-sm font-semibold text-zinc-600 dark:text-zinc-400">
        {t("cellsTitle")}
      </h3>
      <ul className="grid grid-cols-2 gap-2">
        {GRID_CELLS.map((cell) => (
          <li key={cell} data-cell={cell} className="space-y-1.5">
            {/* eslint-disable-next-line @next/next/no-img-element -- our route serves the cut image as is */}
            <img
              src={gridCellUrl(task, cell)}
              alt={t("cellAlt", { cell })}
              loading="lazy"
              style={{ aspectRatio }}
              className="w-full rounded-lg bg-zinc-100 object-contain dark:bg-zinc-800"
            />
            <div className="flex gap-1.5">
              <a
                href={gridCellUrl(task, cell, { download: true })}
                download={gridCellFileName(task.prompt, task.id, cell)}
                aria-label={t("downloadCell", { cell })}
                className={ACTION_CLASS}
              >
                {t("download")}
              </a>
              <button
                type="button"
                aria-label={t("useCellAsReference", { cell })}
                onClick={() => sendReference({ taskId: task.id, cell })}
                className={ACTION_CLASS}
              >
                {t("useAsReference")}
              </button>
            </div>
            <div className="flex gap-1.5">
              <button
                type="button"
                aria-label={te("editCell", { cell })}
                onClick={() => sendToEditor({ taskId: task.id, cell, mode: "edit" })}
                className={ACTION_CLASS}
              >
                {te("openEdit")}
              </button>
              <button
                type="button"
                aria-label={te("retextureCell", { cell })}
                onClick={() => sendToEditor({ taskId: task.id, cell, mode: "retexture" })}
                className={ACTION_CLASS}
              >
                {te("openRetexture")}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
