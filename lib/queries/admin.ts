// Admin domain for TanStack Query: members, invites and the audit log, with their mutations.
import { queryOptions, useMutation } from "@tanstack/react-query";
import { z } from "zod";

import { apiFetch } from "@/lib/api-client";
import {
  type CreateInviteInput,
  CreatedInviteDto,
  type CreateMemberInput,
  InviteDto,
  MemberDto,
  type UpdateMemberInput,
} from "@/lib/schemas/account";
import { AuditListDto } from "@/lib/schemas/reports";

import { memberKeys } from "./organize";

const MemberListDto = z.object({ items: z.array(MemberDto) });
const InviteListDto = z.object({ items: z.array(InviteDto) });

export const adminKeys = {
  all: ["admin"] as const,
  members: () => [...adminKeys.all, "members"] as const,
  invites: () => [...adminKeys.all, "invites"] as const,
  audit: () => [...adminKeys.all, "audit"] as const,
};

export const adminQueries = {
  members: () =>
    queryOptions({
      queryKey: adminKeys.members(),
      queryFn: ({ signal }) => apiFetch("/api/admin/members", { signal }, MemberListDto),
      select: (data) => data.items,
    }),
  invites: () =>
    queryOptions({
      queryKey: adminKeys.invites(),
      queryFn: ({ signal }) => apiFetch("/api/admin/invites", { signal }, InviteListDto),
      select: (data) => data.items,
    }),
  audit: () =>
    queryOptions({
      queryKey: adminKeys.audit(),
      queryFn: ({ signal }) => apiFetch("/api/admin/audit", { signal }, AuditListDto),
      select: (data) => data.items,
      // Every admin action adds an entry; an open page should not show a stale log.
      staleTime: 0,
    }),
};

const memberPath = (id: string) => `/api/admin/members/${encodeURIComponent(id)}`;
const invitePath = (id: string) => `/api/admin/invites/${encodeURIComponent(id)}`;

export function useCreateMember() {
  return useMutation({
    mutationFn: (input: CreateMemberInput) =>
      apiFetch("/api/admin/members", { method: "POST", body: input }, MemberDto),
    onSuccess: (_member, _input, _ctx, { client }) => {
      void client.invalidateQueries({ queryKey: adminKeys.all });
      // The gallery's "by member" filter lists names too.
      void client.invalidateQueries({ queryKey: memberKeys.all });
    },
  });
}

export function useUpdateMember(id: string) {
  return useMutation({
    mutationFn: (input: UpdateMemberInput) =>
      apiFetch(memberPath(id), { method: "PATCH", body: input }, MemberDto),
    onSuccess: (member, _input, _ctx, { client }) => {
      client.setQueryData<z.infer<typeof MemberListDto>>(adminKeys.members(), (data) =>
        data ? { items: data.items.map((m) => (m.id === member.id ? member : m)) } : data,
      );
      void client.invalidateQueries({ queryKey: adminKeys.audit() });
    },
  });
}

export function useCreateInvite() {
  return useMutation({
    mutationFn: (input: CreateInviteInput) =>
      apiFetch("/api/admin/invites", { method: "POST", body: input }, CreatedInviteDto),
    onSuccess: (_invite, _input, _ctx, { client }) => {
      void client.invalidateQueries({ queryKey: adminKeys.invites() });
      void client.invalidateQueries({ queryKey: adminKeys.audit() });
    },
  });
}

export function useRevokeInvite() {
  return useMutation({
    mutationFn: (id: string) => apiFetch(invitePath(id), { method: "DELETE" }, InviteDto),
    onSuccess: (_invite, _id, _ctx, { client }) => {
      void client.invalidateQueries({ queryKey: adminKeys.invites() });
      void client.invalidateQueries({ queryKey: adminKeys.audit() });
    },
  });
}
