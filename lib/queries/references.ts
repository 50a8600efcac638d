// References domain for TanStack Query: stored reference images (POST /api/references) and how style /
// character / omni references can reach Midjourney right now.
import { queryOptions, useMutation } from "@tanstack/react-query";

import { apiFetch } from "@/lib/api-client";
import { type CreateReferenceInput, ReferenceCapabilities, ReferenceDto } from "@/lib/schemas/reference";

export const referenceKeys = {
  all: ["references"] as const,
  capabilities: () => [...referenceKeys.all, "capabilities"] as const,
};

export const referenceQueries = {
  capabilities: () =>
    queryOptions({
      queryKey: referenceKeys.capabilities(),
      queryFn: ({ signal }) => apiFetch("/api/references/capabilities", { signal }, ReferenceCapabilities),
      // It changes when a submit learns the upstream cannot upload: re-read on focus, not on a timer.
      staleTime: 30_000,
    }),
};

export function createReference(input: CreateReferenceInput): Promise<ReferenceDto> {
  return apiFetch("/api/references", { method: "POST", body: input }, ReferenceDto);
}

export function useCreateReference() {
  return useMutation({ mutationFn: createReference });
}
