// Admin settings domain for TanStack Query: key factory, query options and the save / test mutations.
import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";

import { apiFetch } from "@/lib/api-client";
import {
  ConnectionTestResultDto,
  type UpstreamSettingsInput,
  UpstreamSettingsDto,
} from "@/lib/schemas/admin-settings";

const SETTINGS_PATH = "/api/admin/settings";
const TEST_PATH = "/api/admin/settings/test";

export const adminSettingsKeys = {
  all: ["admin-settings"] as const,
  upstream: () => [...adminSettingsKeys.all, "upstream"] as const,
};

export const adminSettingsQueries = {
  upstream: () =>
    queryOptions({
      queryKey: adminSettingsKeys.upstream(),
      queryFn: ({ signal }) => apiFetch(SETTINGS_PATH, { signal }, UpstreamSettingsDto),
      // Another admin may change them; a settings page is cheap to refresh on focus.
      staleTime: 0,
    }),
};

/** Saves and puts the server's answer (the new public view) straight into the cache. */
export function useSaveUpstreamSettings() {
  const client = useQueryClient();
  return useMutation({
    // PATCH, because apiFetch has no PUT; the route treats both alike (absent fields are kept).
    mutationFn: (input: UpstreamSettingsInput) =>
      apiFetch(SETTINGS_PATH, { method: "PUT", body: input }, UpstreamSettingsDto),
    onSuccess: (view) => client.setQueryData(adminSettingsKeys.upstream(), view),
  });
}

/** `{}` tests what is saved; any given field is tried on top of it, unsaved. */
export function useTestUpstreamConnection() {
  return useMutation({
    mutationFn: (input: UpstreamSettingsInput) =>
      apiFetch(TEST_PATH, { method: "POST", body: input }, ConnectionTestResultDto),
  });
}
