// Team memory for TanStack Query: presets and saved prompts, the admins' profile codes, and the upstream's
// balance (admins only), each with one key factory and its queryOptions.
import { queryOptions, useMutation } from "@tanstack/react-query";
import { z } from "zod";

import { apiFetch } from "@/lib/api-client";
import type { CreatePresetInput } from "@/lib/schemas/team-memory";
import {
  type CreateProfileCodeInput,
  PresetDto,
  PresetListDto,
  ProfileCodeDto,
  ProfileCodeListDto,
  UpstreamBalanceDto,
  type UpdatePresetInput,
} from "@/lib/schemas/team-memory";

const Ok = z.object({ ok: z.boolean() });

export const presetKeys = {
  all: ["presets"] as const,
  list: () => [...presetKeys.all, "list"] as const,
};

export const profileCodeKeys = {
  all: ["profile-codes"] as const,
  list: () => [...profileCodeKeys.all, "list"] as const,
};

export const upstreamBalanceKeys = {
  all: ["upstream-balance"] as const,
};

export const presetQueries = {
  list: () =>
    queryOptions({
      queryKey: presetKeys.list(),
      queryFn: ({ signal }) => apiFetch("/api/presets", { signal }, PresetListDto),
      select: (data) => data.items,
    }),
};

export const profileCodeQueries = {
  list: () =>
    queryOptions({
      queryKey: profileCodeKeys.list(),
      queryFn: ({ signal }) => apiFetch("/api/profile-codes", { signal }, ProfileCodeListDto),
      select: (data) => data.items,
    }),
};

export const upstreamBalanceQueries = {
  current: () =>
    queryOptions({
      queryKey: upstreamBalanceKeys.all,
      queryFn: ({ signal }) => apiFetch("/api/admin/upstream-balance", { signal }, UpstreamBalanceDto),
      // The server caches a minute per upstream; asking more often would only read that cache.
      staleTime: 60_000,
    }),
};

const presetPath = (id: string) => `/api/presets/${encodeURIComponent(id)}`;

export function useCreatePreset() {
  return useMutation({
    // The body as the browser builds it: the server fills the defaults.
    mutationFn: (input: z.input<typeof CreatePresetInput>) =>
      apiFetch("/api/presets", { method: "POST", body: input }, PresetDto),
    onSuccess: (_preset, _input, _ctx, { client }) =>
      void client.invalidateQueries({ queryKey: presetKeys.all }),
  });
}

export function useUpdatePreset() {
  return useMutation({
    mutationFn: ({ id, ...input }: UpdatePresetInput & { id: string }) =>
      apiFetch(presetPath(id), { method: "PATCH", body: input }, PresetDto),
    onSuccess: (_preset, _input, _ctx, { client }) =>
      void client.invalidateQueries({ queryKey: presetKeys.all }),
  });
}

export function useDeletePreset() {
  return useMutation({
    mutationFn: (id: string) => apiFetch(presetPath(id), { method: "DELETE" }, Ok),
    onSuccess: (_result, _id, _ctx, { client }) =>
      void client.invalidateQueries({ queryKey: presetKeys.all }),
  });
}

export function useCreateProfileCode() {
  return useMutation({
    mutationFn: (input: CreateProfileCodeInput) =>
      apiFetch("/api/admin/profile-codes", { method: "POST", body: input }, ProfileCodeDto),
    onSuccess: (_code, _input, _ctx, { client }) =>
      void client.invalidateQueries({ queryKey: profileCodeKeys.all }),
  });
}

export function useDeleteProfileCode() {
  return useMutation({
    mutationFn: (id: string) =>
      apiFetch(`/api/admin/profile-codes/${encodeURIComponent(id)}`, { method: "DELETE" }, Ok),
    onSuccess: (_result, _id, _ctx, { client }) =>
      void client.invalidateQueries({ queryKey: profileCodeKeys.all }),
  });
}
