"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { useErrorText } from "@/components/common/use-error-text";
import { useAdoptTask } from "@/lib/queries/tasks";
import type { TaskDto } from "@/lib/schemas/task";

/**
 * Shown on a task whose submit answer was lost and that the studio could not find upstream by itself: the
 * person pastes the task id from the upstream's own history and the studio tracks that job. Never resubmits.
 */
export function FindUpstreamJob({
  task,
}: {
  task: Pick<TaskDto, "id" | "status" | "failCode" | "upstreamId">;
}) {
  const t = useTranslations("findIt");
  const errorText = useErrorText();
  const adopt = useAdoptTask(task.id);
  const [upstreamId, setUpstreamId] = useState("");
  if (task.status !== "failed" || task.failCode !== "SUBMIT_UNCERTAIN" || task.upstreamId) return null;
  const inputId = `find-it-${task.id}`;
  return (
    <form
      data-testid="find-upstream-job"
      className="space-y-2 rounded-xl border border-zinc-200 p-3 text-sm dark:border-zinc-800"
      onSubmit={(e) => {
        e.preventDefault();
        const id = upstreamId.trim();
        if (id && !adopt.isPending) adopt.mutate({ upstreamId: id });
      }}
    >
      <label htmlFor={inputId} className="block font-medium">
        {t("label")}
      </label>
      <p className="text-zinc-600 dark:text-zinc-400">{t("hint")}</p>
      <div className="flex gap-2">
        <input
          id={inputId}
          value={upstreamId}
          onChange={(e) => setUpstreamId(e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          className="min-w-0 flex-1 rounded-lg border border-zinc-300 bg-transparent px-2 py-1 dark:border-zinc-700"
        />
        <button
          type="submit"
          disabled={adopt.isPending || upstreamId.trim() === ""}
          className="rounded-lg bg-zinc-900 px-3 py-1 text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900"
        >
          {t("submit")}
        </button>
      </div>
      {adopt.error ? (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {errorText(adopt.error)}
        </p>
      ) : null}
    </form>
  );
}
