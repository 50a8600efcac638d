"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";

import type { ImageRefDto } from "@/lib/schemas/task";

import type { Size } from "./mask-editor/geometry";
import { emptyHistory, type History } from "./mask-editor/history";
import { MaskEditor } from "./mask-editor/mask-editor";
import { type CanvasLike, exportMask, hasPaint, type Shape } from "./mask-editor/shapes";
import type { ModalPayload } from "./use-dialog-actions";

const browserCanvas = (): CanvasLike => document.createElement("canvas");

/** Vary (Region): paint what to repaint over the parent's image, optionally change the prompt. */
export function VaryRegionForm(props: {
  formId: string;
  image: ImageRefDto | null;
  initialPrompt: string;
  onSubmit: (payload: ModalPayload) => void;
}) {
  const t = useTranslations("dialogs");
  const id = useId();
  const [prompt, setPrompt] = useState(props.initialPrompt);
  const [history, setHistory] = useState<History<Shape>>(emptyHistory);
  const [loadedSize, setLoadedSize] = useState<Size | null>(null);
  const [problem, setProblem] = useState<"maskEmpty" | "maskNotReady" | null>(null);
  const { image } = props;
  // The server checks the mask against the stored image's size, so the DTO's size wins over what the browser decoded.
  const natural: Size | null =
    image?.width && image.height ? { width: image.width, height: image.height } : loadedSize;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!natural) return setProblem("maskNotReady");
    if (!hasPaint(history.present)) return setProblem("maskEmpty");
    setProblem(null);
    const trimmed = prompt.trim();
    props.onSubmit({
      mask: exportMask(history.present, natural, browserCanvas),
      ...(trimmed ? { prompt: trimmed } : {}),
    });
  }

  return (
    <form id={props.formId} onSubmit={onSubmit} className="space-y-4">
      {image ? (
        <MaskEditor
          imageUrl={image.url}
          natural={natural ?? { width: 1024, height: 1024 }}
          onNaturalSize={setLoadedSize}
          history={history}
          onHistory={(update) => {
            setProblem(null);
            setHistory(update);
          }}
        />
      ) : (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">{t("noImage")}</p>
      )}
      {problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {t(problem)}
        </p>
      ) : null}
      <div className="space-y-1.5">
        <label htmlFor={id} className="text-sm font-medium">
          {t("promptOptional")}
        </label>
        <textarea
          id={id}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          rows={3}
          className="w-full rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
    </form>
  );
}
