import "server-only";

import { randomBytes } from "node:crypto";

import { clipDisplayName } from "@/lib/schemas/display-name";
import { AuditListDto } from "@/lib/schemas/reports";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

/** Admin actions worth a record. Details never carry secrets: say "key changed", not the key. */
export type AuditAction =
  | "setup.completed"
  | "member.created"
  | "member.updated"
  | "invite.created"
  | "invite.revoked"
  | "invite.accepted"
  | "settings.upstream.updated"
  | "settings.upstream.tested"
  | "task.deleted"
  | "task.restored"
  | "task.purged"
  | "collection.deleted"
  | "preset.updated"
  | "preset.deleted"
  | "profileCode.created"
  | "profileCode.deleted";

export async function audit(
  actor: Pick<Viewer, "id" | "name">,
  action: AuditAction,
  target: string | null,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db.auditLog.create({
    data: {
      id: `${Date.now().toString(36)}${randomBytes(4).toString("hex")}`,
      actorId: actor.id,
      actorName: clipDisplayName(actor.name),
      action,
      target,
      detail: JSON.stringify(detail),
    },
  });
}

/** The newest admin actions for the admin page (at most 200). */
export async function listAuditEntries(): Promise<AuditListDto> {
  const rows = await db.auditLog.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  return AuditListDto.parse({
    items: rows.map((row) => ({
      id: row.id,
      actorName: clipDisplayName(row.actorName),
      action: row.action,
      target: row.target,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
      createdAt: row.createdAt.toISOString(),
    })),
  });
}
