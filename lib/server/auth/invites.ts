import "server-only";

import { createHash, randomBytes } from "node:crypto";

import { env } from "@/env.mjs";
import { AppError } from "@/lib/errors";
import type { Invite } from "@/lib/generated/prisma/client";
import type {
  AcceptInviteInput,
  CreateInviteInput,
  CreatedInviteDto,
  InviteDto,
} from "@/lib/schemas/account";
import { clipDisplayName } from "@/lib/schemas/display-name";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

import { createAccount } from "./accounts";

// Invite links carry a random token; only its sha256 is stored, so a leaked database cannot mint accounts.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function stateOf(invite: Invite, now = new Date()): InviteDto["state"] {
  if (invite.usedAt) return "used";
  if (invite.revokedAt) return "revoked";
  return invite.expiresAt <= now ? "expired" : "open";
}

function toInviteDto(invite: Invite, usedByName: string | null): InviteDto {
  return {
    id: invite.id,
    role: invite.role === "admin" ? "admin" : "member",
    dailyLimit: invite.dailyLimit,
    createdAt: invite.createdAt.toISOString(),
    expiresAt: invite.expiresAt.toISOString(),
    state: stateOf(invite),
    usedByName,
  };
}

/** The origin the admin's browser used, so the link works on the LAN address or domain they are on. */
export function requestOrigin(req: Request): string {
  const url = new URL(req.url);
  const host =
    (env.TRUST_PROXY && req.headers.get("x-forwarded-host")) || req.headers.get("host") || url.host;
  const proto =
    (env.TRUST_PROXY && req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim()) ||
    url.protocol.replace(":", "");
  return `${proto}://${host}`;
}

export async function createInvite(
  input: Required<CreateInviteInput>,
  admin: Viewer,
  origin: string,
): Promise<CreatedInviteDto> {
  const token = randomBytes(32).toString("base64url");
  const invite = await db.invite.create({
    data: {
      id: randomBytes(8).toString("hex"),
      tokenHash: hashToken(token),
      role: input.role,
      dailyLimit: input.dailyLimit,
      createdById: admin.id,
      expiresAt: new Date(Date.now() + input.expiresInDays * 24 * 60 * 60_000),
    },
  });
  return { ...toInviteDto(invite, null), url: `${origin}/invite/${token}` };
}

export async function listInvites(): Promise<InviteDto[]> {
  const invites = await db.invite.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  const userIds = invites.map((i) => i.usedById).filter((id): id is string => Boolean(id));
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, clipDisplayName(u.name)]));
  return invites.map((invite) =>
    toInviteDto(invite, invite.usedById ? (names.get(invite.usedById) ?? null) : null),
  );
}

export async function revokeInvite(id: string): Promise<InviteDto> {
  const invite = await db.invite.findUnique({ where: { id } });
  if (!invite) throw new AppError("not_found", `No invite with id "${id}".`);
  if (stateOf(invite) !== "open")
    throw new AppError("conflict", `This invite is already ${stateOf(invite)}.`);
  return toInviteDto(await db.invite.update({ where: { id }, data: { revokedAt: new Date() } }), null);
}

export async function findOpenInvite(token: string): Promise<Invite | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const invite = await db.invite.findUnique({ where: { tokenHash: hashToken(token) } });
  return invite && stateOf(invite) === "open" ? invite : null;
}

/** Uses the invite exactly once: the conditional update is the claim, so two tabs cannot both redeem it. */
export async function acceptInvite(
  token: string,
  input: AcceptInviteInput,
): Promise<{ id: string; name: string }> {
  const invite = await findOpenInvite(token);
  if (!invite)
    throw new AppError("not_found", "This invite link is not valid any more. Ask an admin for a new one.");
  const { count } = await db.invite.updateMany({
    where: { id: invite.id, usedAt: null, revokedAt: null },
    data: { usedAt: new Date() },
  });
  if (count === 0)
    throw new AppError("conflict", "This invite link was just used. Ask an admin for a new one.");
  try {
    const user = await createAccount({
      ...input,
      role: invite.role === "admin" ? "admin" : "member",
      dailyLimit: invite.dailyLimit,
    });
    await db.invite.update({ where: { id: invite.id }, data: { usedById: user.id } });
    return user;
  } catch (error) {
    // The account was not created (e.g. the e-mail is taken): give the link back so it can be retried.
    await db.invite.update({ where: { id: invite.id }, data: { usedAt: null } });
    throw error;
  }
}
