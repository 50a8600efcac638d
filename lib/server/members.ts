import "server-only";

import { AppError } from "@/lib/errors";
import { type CreateMemberInput, type MemberDto, MeDto, type UpdateMemberInput } from "@/lib/schemas/account";
import { clipDisplayName } from "@/lib/schemas/display-name";
import { audit } from "@/lib/server/audit";
import { createAccount } from "@/lib/server/auth/accounts";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";
import { dailyUsageOf, startOfUtcDay } from "@/lib/server/limits";

/** The signed-in member as the account menu shows them: who, their e-mail, and today's usage against the limit. */
export async function getMe(viewer: Viewer): Promise<MeDto> {
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { email: true } });
  if (!user) throw new AppError("unauthenticated", "Sign in to use the studio.");
  return MeDto.parse({ ...viewer, email: user.email, usage: await dailyUsageOf(viewer.id) });
}

export async function listMembers(): Promise<MemberDto[]> {
  const [users, today] = await Promise.all([
    db.user.findMany({ orderBy: { createdAt: "asc" } }),
    db.task.groupBy({
      by: ["authorId"],
      where: { createdAt: { gte: startOfUtcDay(new Date()) } },
      _count: { _all: true },
    }),
  ]);
  const used = new Map(today.map((row) => [row.authorId, row._count._all]));
  return users.map((user) => ({
    id: user.id,
    name: clipDisplayName(user.name),
    email: user.email,
    role: user.role === "admin" ? "admin" : "member",
    dailyLimit: user.dailyLimit,
    disabled: user.disabled,
    usedToday: used.get(user.id) ?? 0,
    createdAt: user.createdAt.toISOString(),
  }));
}

/** Names and ids only: what every member needs for the "by member" filter and avatars. */
export async function listMemberRefs(): Promise<{ id: string; name: string }[]> {
  const users = await db.user.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
  return users.map((user) => ({ id: user.id, name: clipDisplayName(user.name) }));
}

export async function createMember(input: Required<CreateMemberInput>, admin: Viewer): Promise<MemberDto> {
  const user = await createAccount(input);
  await audit(admin, "member.created", user.id, {
    email: input.email,
    role: input.role,
    dailyLimit: input.dailyLimit,
  });
  const created = (await listMembers()).find((m) => m.id === user.id);
  if (!created) throw new AppError("internal", "The new member could not be read back.");
  return created;
}

export async function updateMember(id: string, input: UpdateMemberInput, admin: Viewer): Promise<MemberDto> {
  const user = await db.user.findUnique({ where: { id } });
  if (!user) throw new AppError("not_found", `No member with id "${id}".`);
  const losesAdmin = user.role === "admin" && (input.role === "member" || input.disabled === true);
  if (losesAdmin) {
    const admins = await db.user.count({ where: { role: "admin", disabled: false } });
    if (admins <= 1)
      throw new AppError(
        "conflict",
        "The studio needs at least one active admin; make someone else admin first.",
      );
  }
  if (id === admin.id && input.disabled)
    throw new AppError("conflict", "You cannot disable your own account.");
  await db.user.update({
    where: { id },
    data: {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.role !== undefined ? { role: input.role } : {}),
      ...(input.dailyLimit !== undefined ? { dailyLimit: input.dailyLimit } : {}),
      ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
    },
  });
  // A disabled member is signed out everywhere at once, not when their sessions expire.
  if (input.disabled) await db.session.deleteMany({ where: { userId: id } });
  await audit(admin, "member.updated", id, { ...input });
  const updated = (await listMembers()).find((m) => m.id === id);
  if (!updated) throw new AppError("internal", "The member could not be read back.");
  return updated;
}
