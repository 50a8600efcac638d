"use client";

import { useState } from "react";

import type { TaskDto } from "@/lib/schemas/task";

export interface TaskSelection {
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
}

/**
 * Which of `tasks` are selected. Ids are kept as chosen, but `selected` lists only tasks still in the list, so
 * tasks that leave it (deleted, restored or purged elsewhere) leave the selection too.
 */
export function useTaskSelection(tasks: readonly TaskDto[]) {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return {
    isSelected: (id: string) => ids.has(id),
    toggle,
    selected: tasks.filter((task) => ids.has(task.id)),
    selectAll: () => setIds(new Set(tasks.map((task) => task.id))),
    clear: () => setIds(new Set()),
  };
}
