"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import type { TaskDto } from "@/lib/schemas/task";

import { importantTokens } from "./analysis";
import { CopyButton } from "../copy-button";
import { useImagineResult } from "./use-imagine-result";

const imagineClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-xl bg-violet-600 px-3.5 text-sm font-semibold text-white hover:bg-violet-700 disabled:cursor-not-allowed disabled:opacity-50 aria-busy:opacity-100";

/** The prompts of a finished describe (four) or shorten (five) as cards, each with "Imagine this" and "Copy". */
export function TaskResults({ task }: { task: TaskDto }) {
  const t = useTranslations("results");
  const errorText = useErrorText();
  const run = useImagineResult(task);
  const prompts = task.results?.prompts ?? [];
  if (prompts.length === 0) return null;
  const shorten = task.action === "SHORTEN";
  const tokens = shorten ? importantTokens(task.finalPrompt) : null;
  const canReference = !shorten && task.image !== null;

  return (
    <section aria-labelledby="results-title" data-testid="task-results" className="space-y-3">
      <h2 id="results-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {shorten ? t("shortened") : t("described")}
      </h2>
      {tokens ? (
        <div data-testid="important-tokens" className="space-y-1 rounded-xl bg-zinc-100 p-3 dark:bg-zinc-900">
          <h3 className="text-xs font-semibold text-zinc-500 dark:text-zinc-400">{t("tokens")}</h3>
          <p className="text-sm break-words whitespace-pre-wrap">{tokens.replace(/\*\*/g, "")}</p>
        </div>
      ) : null}
      <ol className="space-y-3">
        {prompts.map((prompt, i) => (
          <ResultCard
            key={`${i}-${prompt}`}
            index={i + 1}
            prompt={prompt}
            canReference={canReference}
            busy={run.pending !== null}
            pressed={run.pending === i + 1}
            onImagine={(withImage) => void run.imagine(i + 1, prompt, withImage)}
          />
        ))}
      </ol>
      <p
        aria-live="polite"
        data-testid="results-feedback"
        className="text-sm font-medium text-red-700 dark:text-red-400"
      >
        {run.imageFailed ? t("imageFailed") : run.error ? errorText(run.error) : null}
      </p>
    </section>
  );
}

interface CardProps {
  index: number;
  prompt: string;
  canReference: boolean;
  busy: boolean;
  pressed: boolean;
  onImagine: (withImage: boolean) => void;
}

function ResultCard({ index, prompt, canReference, busy, pressed, onImagine }: CardProps) {
  const t = useTranslations("results");
  const [withImage, setWithImage] = useState(false);
  return (
    <li
      data-testid="result-card"
      data-index={index}
      aria-label={t("card", { index })}
      className="space-y-3 rounded-xl border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex gap-2">
        <span className="text-sm font-semibold text-violet-700 tabular-nums dark:text-violet-300">
          {index}
        </span>
        <p data-testid="result-prompt" className="min-w-0 text-sm leading-relaxed break-words">
          {prompt}
        </p>
      </div>
      {canReference ? (
        <label className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={withImage}
            onChange={(event) => setWithImage(event.target.checked)}
            className="size-5 accent-violet-600"
          />
          {t("useImage")}
        </label>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          onClick={() => onImagine(withImage)}
          disabled={busy}
          aria-busy={pressed || undefined}
          className={imagineClass}
        >
          {t("imagine")}
        </button>
        <CopyButton text={prompt} label={t("copy")} />
      </div>
    </li>
  );
}
