import "server-only";

import { clipDisplayName } from "@/lib/schemas/display-name";
import { randomBytes } from "node:crypto";

import { db } from "@/lib/server/db";
import type { Viewer } from "@/lib/server/tasks/viewer";

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
  | "collection.deleted";

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
