"use client";

import { useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useState } from "react";

import { VIEWER_KEY } from "@/lib/queries/tasks";

/** The signed-in member as the browser knows them: enough to label "mine" and show admin-only controls. */
export interface ClientViewer {
  id: string;
  name: string;
  role: "admin" | "member";
}

const ViewerContext = createContext<ClientViewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: ClientViewer; children: ReactNode }) {
  const client = useQueryClient();
  // Cache reducers (outside React) need the viewer to place live tasks into "mine" lists.
  useState(() => client.setQueryData(VIEWER_KEY, viewer));
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

/** Inside the studio layout the viewer always exists; elsewhere this throws to catch misuse early. */
export function useViewer(): ClientViewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer() outside the signed-in studio layout");
  return viewer;
}

/** Members delete only their own tasks; admins anyone's (the server enforces the same rule). */
export function canManageTask(viewer: ClientViewer, task: { author: { id: string } | null }): boolean {
  return viewer.role === "admin" || task.author?.id === viewer.id;
}
