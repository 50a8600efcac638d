"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";

import { IDENTITY_VIEW, type Size, type View } from "./geometry";
import { canRedo, canUndo, clearShapes, type History, pushShape, redo, undo } from "./history";
import { MaskCanvas } from "./mask-canvas";
import { MaskToolbar } from "./mask-toolbar";
import type { Shape } from "./shapes";
import type { MaskTool } from "./use-mask-pointer";

interface Props {
  imageUrl: string;
  natural: Size;
  onNaturalSize: (size: Size) => void;
  history: History<Shape>;
  onHistory: (update: (h: History<Shape>) => History<Shape>) => void;
}

/** Typing in the prompt keeps the text field's own undo; the mask's shortcuts apply everywhere else. */
function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Vary (Region)'s mask editor. The shapes live with the caller, which exports them when the dialog is submitted. */
export function MaskEditor({ imageUrl, natural, onNaturalSize, history, onHistory }: Props) {
  const t = useTranslations("dialogs");
  const [tool, setTool] = useState<MaskTool>("brush");
  const [brushSize, setBrushSize] = useState(32);
  const [view, setView] = useState<View>(IDENTITY_VIEW);

  const onCommit = useCallback((shape: Shape) => onHistory((h) => pushShape(h, shape)), [onHistory]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextField(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === "z") {
        e.preventDefault();
        onHistory(e.shiftKey ? redo : undo);
      } else if (key === "y") {
        e.preventDefault();
        onHistory(redo);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onHistory]);

  return (
    <div className="space-y-3">
      <MaskToolbar
        tool={tool}
        setTool={setTool}
        brushSize={brushSize}
        setBrushSize={setBrushSize}
        canUndo={canUndo(history)}
        canRedo={canRedo(history)}
        canClear={history.present.length > 0}
        zoomed={view.scale > 1}
        onUndo={() => onHistory(undo)}
        onRedo={() => onHistory(redo)}
        onClear={() => onHistory(clearShapes)}
        onResetView={() => setView(IDENTITY_VIEW)}
      />
      <MaskCanvas
        imageUrl={imageUrl}
        imageAlt={t("imageAlt")}
        natural={natural}
        shapes={history.present}
        tool={tool}
        brushSize={brushSize}
        view={view}
        setView={setView}
        onCommit={onCommit}
        onNaturalSize={onNaturalSize}
      />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("maskHint")}</p>
    </div>
  );
}
