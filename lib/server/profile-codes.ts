import "server-only";

import { randomBytes } from "node:crypto";

import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  type CreateProfileCodeInput,
  MAX_PROFILE_CODES,
  ProfileCodeDto,
  ProfileKind,
} from "@/lib/schemas/team-memory";
import { audit } from "@/lib/server/audit";
import type { Viewer } from "@/lib/server/auth/viewer";
import { db } from "@/lib/server/db";

// Named personalization profiles and moodboards: admins keep the list, every member picks from it in the params
// panel (which writes `--p <code>` into the prompt).

function toDto(row: {
  id: string;
  name: string;
  code: string;
  kind: string;
  note: string | null;
}): ProfileCodeDto {
  return ProfileCodeDto.parse({
    id: row.id,
    name: row.name,
    code: row.code,
    kind: ProfileKind.catch("personalization").parse(row.kind),
    note: row.note,
  });
}

export async function listProfileCodes(): Promise<ProfileCodeDto[]> {
  const rows = await db.profileCode.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    take: MAX_PROFILE_CODES,
  });
  return rows.map(toDto);
}

export async function createProfileCode(
  input: CreateProfileCodeInput,
  viewer: Viewer,
): Promise<ProfileCodeDto> {
  if ((await db.profileCode.count()) >= MAX_PROFILE_CODES) {
    throw new AppError("conflict", `The list holds ${MAX_PROFILE_CODES} codes already; delete one first.`);
  }
  try {
    const row = await db.profileCode.create({
      data: {
        id: `c${Date.now().toString(36)}${randomBytes(4).toString("hex")}`,
        name: input.name,
        code: input.code,
        kind: input.kind,
        note: input.note || null,
        createdById: viewer.id,
      },
    });
    await audit(viewer, "profileCode.created", row.id, { name: row.name, code: row.code, kind: row.kind });
    return toDto(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", `The code "${input.code}" is on the list already.`);
    }
    throw error;
  }
}

export async function deleteProfileCode(id: string, viewer: Viewer): Promise<void> {
  const row = await db.profileCode.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", `No code with id "${id}".`);
  await db.profileCode.delete({ where: { id } });
  await audit(viewer, "profileCode.deleted", id, { name: row.name, code: row.code });
}
