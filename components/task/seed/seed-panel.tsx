"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRef } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { buttonClass } from "@/components/ui/button";
import { useTaskSeed } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

import { CopyButton } from "../copy-button";
import { reusePromptHref } from "../format";
import { promptWithSeed } from "./seed-prompt";

// Text results and face swaps are not Midjourney renders: they have no seed to ask for.
const WITHOUT_SEED: ReadonlySet<string> = new Set(["DESCRIBE", "SHORTEN", "SWAP_FACE"]);

/** "Show seed" on a finished image: asks once (the server keeps it), then offers copy and reuse. */
export function SeedPanel({ task }: { task: TaskDto }) {
  const t = useTranslations("seed");
  const errorText = useErrorText();
  const ask = useTaskSeed(task.id);
  // Reading a seed costs nothing but an upstream call; still, one tap = one request.
  const inFlight = useRef(false);
  if (task.status !== "succeeded" || !task.image || WITHOUT_SEED.has(task.action)) return null;
  const seed = task.seed ?? ask.data?.seed ?? null;

  function show() {
    if (inFlight.current) return;
    inFlight.current = true;
    ask.mutate(undefined, {
      onSettled: () => {
        inFlight.current = false;
      },
    });
  }

  return (
    <section aria-labelledby="seed-title" data-testid="seed-panel" className="space-y-2">
      <h2 id="seed-title" className="text-sm font-semibold text-zinc-500 dark:text-zinc-400">
        {t("heading")}
      </h2>
      {seed ? (
        <div className="flex flex-wrap items-center gap-2">
          <output
            data-testid="task-seed"
            className="rounded-lg bg-zinc-100 px-3 py-2 font-mono text-base tabular-nums dark:bg-zinc-900"
          >
            {seed}
          </output>
          <CopyButton text={seed} label={t("copy")} />
          <Link href={reusePromptHref(promptWithSeed(task.prompt, seed))} className={buttonClass("action")}>
            {t("reuse")}
          </Link>
        </div>
      ) : (
        <button
          type="button"
          onClick={show}
          disabled={ask.isPending}
          aria-busy={ask.isPending || undefined}
          className={buttonClass("action")}
        >
          {t("show")}
        </button>
      )}
      <p aria-live="polite" className="text-sm">
        {ask.isPending ? <span className="text-zinc-600 dark:text-zinc-400">{t("loading")}</span> : null}
        {ask.error ? (
          <span data-testid="seed-error" className="font-medium text-red-700 dark:text-red-400">
            {t("failed", { message: errorText(ask.error) })}
          </span>
        ) : null}
      </p>
    </section>
  );
}
