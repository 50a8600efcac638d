// The editor (Edit / Retexture) for TanStack Query: whether the upstream offers it, as learnt by the server.
import { queryOptions } from "@tanstack/react-query";

import { apiFetch } from "@/lib/api-client";
import { EditorCapabilities } from "@/lib/schemas/editor";

export const editorKeys = {
  all: ["editor"] as const,
  capabilities: () => [...editorKeys.all, "capabilities"] as const,
};

export const editorQueries = {
  capabilities: () =>
    queryOptions({
      queryKey: editorKeys.capabilities(),
      queryFn: ({ signal }) => apiFetch("/api/editor/capabilities", { signal }, EditorCapabilities),
      // It changes when a submit learns the upstream lacks the endpoint (the form re-reads it then).
      staleTime: 30_000,
    }),
};
