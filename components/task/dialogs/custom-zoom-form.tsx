"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useId, useState } from "react";

import type { ModalPayload } from "./use-dialog-actions";
import {
  formatZoom,
  parseZoomInput,
  readZoom,
  withZoom,
  ZOOM_DEFAULT,
  ZOOM_MAX,
  ZOOM_MIN,
  ZOOM_STEP,
  zoomProblem,
} from "./zoom-prompt";

const boxClass =
  "rounded-lg border border-zinc-300 bg-white px-3 py-2 text-base sm:text-sm dark:border-zinc-700 dark:bg-zinc-900";

/** Custom Zoom: the prompt with `--zoom X`, edited either as text or with the slider/number box kept in sync. */
export function CustomZoomForm(props: {
  formId: string;
  initialPrompt: string;
  onSubmit: (payload: ModalPayload) => void;
}) {
  const t = useTranslations("dialogs");
  const ids = useId();
  const [prompt, setPrompt] = useState(() => {
    const zoom = parseZoomInput(String(readZoom(props.initialPrompt) ?? ""));
    return withZoom(props.initialPrompt, zoom ?? ZOOM_DEFAULT);
  });
  const [zoomText, setZoomText] = useState(() => formatZoom(readZoom(prompt) ?? ZOOM_DEFAULT));
  const zoom = parseZoomInput(zoomText);
  // The prompt is what is sent, so its problem wins; a bad number box is a problem even while the prompt is fine.
  const problem = zoomProblem(prompt) ?? (zoom === null ? "range" : null);

  function changeZoom(text: string) {
    setZoomText(text);
    const value = parseZoomInput(text);
    if (value !== null) setPrompt((p) => withZoom(p, value));
  }

  function changePrompt(text: string) {
    setPrompt(text);
    const value = readZoom(text);
    setZoomText(value === null || Number.isNaN(value) ? "" : String(value));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Checked here too: the server would refuse it, and the upstream would bill a job that then fails.
    if (problem) return;
    props.onSubmit({ prompt: prompt.trim() });
  }

  const errorId = `${ids}-error`;
  return (
    <form id={props.formId} onSubmit={onSubmit} noValidate className="space-y-4">
      <div className="space-y-1.5">
        <label htmlFor={`${ids}-prompt`} className="text-sm font-medium">
          {t("prompt")}
        </label>
        <textarea
          id={`${ids}-prompt`}
          value={prompt}
          onChange={(e) => changePrompt(e.target.value)}
          rows={4}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          className={`${boxClass} w-full`}
        />
      </div>
      <div className="space-y-1.5">
        <label htmlFor={`${ids}-zoom`} className="text-sm font-medium">
          {t("zoom")}
        </label>
        <div className="flex items-center gap-3">
          <input
            type="range"
            aria-label={t("zoom")}
            min={ZOOM_MIN}
            max={ZOOM_MAX}
            step={ZOOM_STEP}
            value={zoom ?? ZOOM_DEFAULT}
            onChange={(e) => changeZoom(formatZoom(Number(e.target.value)))}
            className="h-11 min-w-0 flex-1 accent-violet-600"
          />
          <input
            id={`${ids}-zoom`}
            type="number"
            inputMode="decimal"
            min={ZOOM_MIN}
            max={ZOOM_MAX}
            step={ZOOM_STEP}
            value={zoomText}
            onChange={(e) => changeZoom(e.target.value)}
            aria-invalid={zoom === null}
            aria-describedby={problem ? errorId : `${ids}-hint`}
            className={`${boxClass} w-24 shrink-0`}
          />
        </div>
        <p id={`${ids}-hint`} className="text-xs text-zinc-500 dark:text-zinc-400">
          {t("zoomHint")}
        </p>
        {problem ? (
          <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
            {t(problem === "missing" ? "zoomMissing" : "zoomRange")}
          </p>
        ) : null}
      </div>
    </form>
  );
}
