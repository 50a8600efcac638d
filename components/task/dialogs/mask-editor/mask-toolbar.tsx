"use client";

import { useTranslations } from "next-intl";

import { cn } from "@/components/common/cn";
import { Icon } from "@/components/ui/icon";

import type { MaskTool } from "./use-mask-pointer";

export const BRUSH_MIN = 4;
export const BRUSH_MAX = 120;

const TOOLS: readonly MaskTool[] = ["brush", "eraser", "rectangle", "lasso"];
const ICONS: Record<MaskTool, string> = {
  brush: "M4 20c2 0 4-1 4-3a2 2 0 0 0-4 0M9 15 19 5a2 2 0 0 0-3-3L6 12",
  eraser: "M8 20h12M5 15l8-8 6 6-6 6H9l-4-4Z",
  rectangle: "M4 6h16v12H4z",
  lasso: "M12 5c5 0 8 2 8 5s-3 5-8 5-8-2-8-5 3-5 8-5Zm-5 9c-1 2 0 5 2 5",
};

const buttonClass =
  "inline-flex min-h-11 min-w-11 touch-manipulation items-center justify-center rounded-lg border border-zinc-300 bg-white px-2 text-sm font-medium hover:bg-zinc-50 disabled:opacity-40 aria-pressed:border-violet-600 aria-pressed:bg-violet-50 aria-pressed:text-violet-800 dark:border-zinc-700 dark:bg-zinc-900 dark:hover:bg-zinc-800 dark:aria-pressed:bg-violet-950 dark:aria-pressed:text-violet-200";

/** An icon-only button: named for screen readers (and the e2e tests), with the name as a tooltip. */
function IconButton({
  label,
  d,
  pressed,
  onClick,
  disabled,
}: {
  label: string;
  d: string;
  pressed?: boolean;
  onClick: () => void;
  disabled?: boolean;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onClick={onClick}
      disabled={disabled}
      className={buttonClass}
    >
      <Icon d={d} viewBox="0 0 24 24" className="pointer-events-none size-5" round />
    </button>
  );
}

interface Props {
  tool: MaskTool;
  setTool: (tool: MaskTool) => void;
  brushSize: number;
  setBrushSize: (size: number) => void;
  canUndo: boolean;
  canRedo: boolean;
  canClear: boolean;
  zoomed: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onClear: () => void;
  onResetView: () => void;
}

/** Tools, undo and redo are icon buttons; clearing and resetting the view say what they do in words. */
export function MaskToolbar(props: Props) {
  const t = useTranslations("dialogs");
  return (
    <div role="toolbar" aria-label={t("tools")} className="flex flex-wrap items-center gap-2">
      {TOOLS.map((tool) => (
        <IconButton
          key={tool}
          label={t(tool)}
          d={ICONS[tool]}
          pressed={props.tool === tool}
          onClick={() => props.setTool(tool)}
        />
      ))}
      <label
        className={cn(
          "flex min-h-11 min-w-40 flex-1 items-center gap-2 text-sm",
          props.tool !== "brush" && props.tool !== "eraser" && "opacity-50",
        )}
      >
        <span className="sr-only">{t("brushSize")}</span>
        <span aria-hidden className="size-2 rounded-full bg-current" />
        <input
          type="range"
          min={BRUSH_MIN}
          max={BRUSH_MAX}
          value={props.brushSize}
          onChange={(e) => props.setBrushSize(Number(e.target.value))}
          className="min-w-0 flex-1 accent-violet-600"
        />
        <span aria-hidden className="size-4 rounded-full bg-current" />
      </label>
      <div className="flex gap-2">
        <IconButton
          label={t("undo")}
          d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3"
          onClick={props.onUndo}
          disabled={!props.canUndo}
        />
        <IconButton
          label={t("redo")}
          d="m15 14 5-5-5-5m5 5H10a6 6 0 0 0 0 12h3"
          onClick={props.onRedo}
          disabled={!props.canRedo}
        />
        <button type="button" className={buttonClass} onClick={props.onClear} disabled={!props.canClear}>
          {t("clear")}
        </button>
        {props.zoomed ? (
          <button type="button" className={buttonClass} onClick={props.onResetView}>
            {t("resetView")}
          </button>
        ) : null}
      </div>
    </div>
  );
}
