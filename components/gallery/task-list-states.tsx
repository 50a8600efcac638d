"use client";

import type { ReactNode } from "react";

import { ListEmpty, ListStates } from "@/components/ui/list-states";

import { GallerySkeleton } from "./gallery-skeleton";

/** The list's own messages: `loading`, `loadFailed` with `{message}`, and `retry`. */
type TaskListWords = (key: "loading" | "loadFailed" | "retry", values?: { message: string }) => string;

interface Props {
  words: TaskListWords;
  query: { isPending: boolean; error: unknown; refetch: () => Promise<unknown> };
  taskCount: number;
  /** Said in a dashed box where the grid would be, when there are no tasks. */
  emptyText: string;
  children: ReactNode;
}

/**
 * The states of a page-sized task grid (the gallery, the trash): skeleton tiles while loading, a panel with
 * "try again" when nothing could be loaded (tiles already shown stay on a failed refetch), the empty box.
 */
export function TaskListStates({ words, query, taskCount, emptyText, children }: Props) {
  return (
    <ListStates
      words={words}
      query={query}
      keepsData={taskCount > 0}
      retry={words("retry")}
      skeleton={<GallerySkeleton label={words("loading")} />}
      empty={taskCount === 0 ? <ListEmpty>{emptyText}</ListEmpty> : null}
    >
      {children}
    </ListStates>
  );
}
