"use client";

import { useRef, useState } from "react";

import type { TaskDto } from "@/lib/schemas/task";

import { applyClick } from "./selection-range";

export interface TaskSelection {
  isSelected: (id: string) => boolean;
  /** `range`: a shift-click, which selects (or clears) from the last plain click to this one. */
  toggle: (id: string, range?: boolean) => void;
}

/**
 * Which of `tasks` are selected. Ids are kept as chosen, but `selected` lists only tasks still in the list, so
 * tasks that leave it (deleted, restored or purged elsewhere) leave the selection too.
 */
export function useTaskSelection(tasks: readonly TaskDto[]) {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set());
  // The anchor of shift-click ranges; a ref, since it never changes what is drawn.
  const anchor = useRef<{ id: string; selected: boolean } | null>(null);
  const toggle = (id: string, range = false) => {
    const order = tasks.map((task) => task.id);
    const result = applyClick(ids, order, anchor.current, id, range);
    anchor.current = result.anchor;
    setIds(result.selected);
  };
  return {
    isSelected: (id: string) => ids.has(id),
    toggle,
    selected: tasks.filter((task) => ids.has(task.id)),
    selectAll: () => setIds(new Set(tasks.map((task) => task.id))),
    clear: () => {
      anchor.current = null;
      setIds(new Set());
    },
  };
}
