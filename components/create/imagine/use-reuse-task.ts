"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";

import { taskQueries } from "@/lib/queries/tasks";
import type { TaskDetailDto } from "@/lib/schemas/task";

/**
 * "Reuse" (`/?reuse=<taskId>`): once the task is read, hands it to `apply` (prompt with its parameters, speed,
 * references) exactly once, then drops the parameter so a reload does not overwrite what was edited since.
 */
export function useReuseTask(taskId: string | undefined, apply: (task: TaskDetailDto) => void): boolean {
  const query = useQuery({ ...taskQueries.detail(taskId ?? ""), enabled: Boolean(taskId) });
  const done = useRef(false);
  const latest = useRef(apply);
  useEffect(() => {
    latest.current = apply;
  });
  useEffect(() => {
    if (!query.data || done.current) return;
    done.current = true;
    latest.current(query.data);
    const url = new URL(window.location.href);
    url.searchParams.delete("reuse");
    window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
  }, [query.data]);
  return Boolean(taskId) && query.isPending;
}
