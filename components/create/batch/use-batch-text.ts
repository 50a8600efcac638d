"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";

import { expandPromptText } from "@/lib/prompt-batch";
import type { BotType } from "@/lib/schemas/task";

import { paramState } from "../params/model-state";

export interface BatchText {
  /** The text stands for several prompts (groups or several lines), or fails to expand. */
  isBatch: boolean;
  /** The prompts it expands to (empty when it does not expand). */
  prompts: string[];
  /** Why it cannot be sent, in the member's language (a brace, too many jobs, a parameter error). */
  problem: string | null;
}

/**
 * The composer's view of a permutation prompt or a pasted list: expanded with the same code the server runs,
 * so "N jobs" and the confirmation show exactly what will be queued. Parameters are checked per expanded
 * prompt: `{--ar 1:1, --ar 16:9}` is two valid prompts even though the raw text is not one.
 */
export function useBatchText(text: string, bot: BotType, hasImages: boolean): BatchText {
  const t = useTranslations("batches");
  return useMemo(() => {
    const expanded = expandPromptText(text);
    if (expanded.ok) {
      if (expanded.prompts.length < 2) return { isBatch: false, prompts: expanded.prompts, problem: null };
      const wrong = expanded.prompts.filter((p) => paramState(p, bot, hasImages).errors.length > 0);
      const problem = wrong[0] ? t("paramErrors", { count: wrong.length, prompt: wrong[0] }) : null;
      return { isBatch: true, prompts: expanded.prompts, problem };
    }
    const { error } = expanded;
    if (error.kind === "empty") return { isBatch: false, prompts: [], problem: null };
    const problem =
      error.kind === "too_many"
        ? t("tooMany", { count: error.count, max: error.max })
        : t(error.char === "{" ? "unclosed" : "unopened", { line: error.line, column: error.column });
    return { isBatch: true, prompts: [], problem };
  }, [text, bot, hasImages, t]);
}
