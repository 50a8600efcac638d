// A single-machine studio's SQLite database as `npm start` leaves it (migrated by scripts/migrate.mjs, so with
// Prisma's _prisma_migrations), filled through the SQLite Prisma client with a small team history, for the
// tests of scripts/db-copy-to-postgres.mjs.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { PrismaClient } from "@/lib/generated/prisma/client";
import { sealSecret } from "@/lib/server/crypto/secret-box";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const OLD_SECRET = "the-old-install-secret-0123456789abcdef";
export const UPSTREAM_KEY = "sk-upstream-key-kept-across";
/** Tasks beyond the named ones: enough that the child and its parent land in different copy batches. */
export const FILLER_TASKS = 520;
export const CHINESE_PROMPT = "城市夜景 霓虹灯 雨夜 --ar 16:9";

/** Runs a project script with `env` on top of a clean copy of the environment; returns its exit code and output. */
export function runScript(script: string, args: string[], env: Record<string, string | undefined>) {
  const result = spawnSync("node", [path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, STUDIO_SECRET: undefined, ...env },
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A migrated, empty studio database in its own data folder (with a generated studio-secret file). */
export function createStudioDb(): { dir: string; file: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mj-copy-"));
  const file = path.join(dir, "studio.db");
  const migrated = runScript("migrate.mjs", [], { DATABASE_URL: `file:${file}`, DATA_DIR: dir });
  if (migrated.status !== 0) throw new Error(`migrate failed: ${migrated.output}`);
  writeFileSync(path.join(dir, "studio-secret"), OLD_SECRET, { mode: 0o600 });
  return { dir, file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sqliteClient(file: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: file }) });
}

const at = (iso: string) => new Date(iso);

/** Members, lineage, stars, a collection, an invite, a sealed setting, audit entries and a deleted task. */
export async function fillHistory(db: PrismaClient): Promise<void> {
  const stamp = at("2026-11-02T08:15:30.123Z");
  await db.user.create({
    data: {
      id: "u_admin",
      name: "管理员 Ada",
      email: "ada@example.test",
      role: "admin",
      emailVerified: true,
    },
  });
  await db.user.create({ data: { id: "u_bo", name: "Bo", email: "bo@example.test", dailyLimit: 25 } });
  await db.user.create({ data: { id: "u_gone", name: "Gone", email: "gone@example.test", disabled: true } });
  await db.account.create({
    data: {
      id: "a_admin",
      accountId: "u_admin",
      providerId: "credential",
      userId: "u_admin",
      password: "scrypt$16384$8$1$c2FsdA$aGFzaA",
    },
  });
  await db.session.create({
    data: {
      id: "s_admin",
      token: "tok_admin",
      userId: "u_admin",
      expiresAt: at("2026-12-30T00:00:00.999Z"),
      ipAddress: "10.0.0.7",
      userAgent: "Firefox",
    },
  });
  await db.verification.create({
    data: { id: "v1", identifier: "reset:bo", value: "x", expiresAt: at("2026-12-08T00:00:00.001Z") },
  });
  const task = (id: string, data: Record<string, unknown>) =>
    db.task.create({
      data: { id, action: "IMAGINE", status: "succeeded", prompt: "a red fox", authorId: "u_admin", ...data },
    });
  await task("t_root", {
    prompt: CHINESE_PROMPT,
    finalPrompt: `${CHINESE_PROMPT} --v 6`,
    promptEn: "city night scene, neon, rainy night",
    upstreamId: "1712345678901234567",
    buttons: JSON.stringify([{ customId: "MJ::JOB::upsample::1::abc", label: "U1", emoji: "", style: 2 }]),
    rawUpstream: JSON.stringify({ id: "1712345678901234567", progress: "100%", 说明: "完成" }),
    submittedAt: stamp,
    startedAt: at("2026-11-02T08:15:31.001Z"),
    finishedAt: at("2026-11-02T08:16:02.999Z"),
    imagePath: "tasks/t_root/original-ab12.png",
    imageBytes: 1_234_567,
    imageWidth: 2048,
    imageHeight: 1152,
    createdAt: stamp,
  });
  // The child is written before the task that ends up as its parent (re-pointed below): the copy must order
  // rows by lineage, not by when they were written.
  await task("t_child", { action: "UPSCALE", parentId: "t_root", customId: "MJ::JOB::upsample::1::abc" });
  // More tasks than one INSERT batch holds (PostgreSQL checks a foreign key at the end of each statement).
  await db.task.createMany({
    data: Array.from({ length: FILLER_TASKS }, (_, i) => ({
      id: `t_fill_${String(i).padStart(3, "0")}`,
      action: "IMAGINE",
      status: "succeeded",
      prompt: `filler ${i}`,
      authorId: "u_bo",
    })),
  });
  await task("t_parent_late", { action: "VARIATION", parentId: "t_root", authorId: "u_bo" });
  await db.task.update({ where: { id: "t_child" }, data: { parentId: "t_parent_late", buttonLabel: "U1" } });
  await task("t_grandchild", {
    action: "ZOOM",
    parentId: "t_child",
    status: "failed",
    failCode: "BANNED_PROMPT",
  });
  await task("t_deleted", {
    prompt: "猫咪 在 窗台 上 睡觉",
    deletedAt: at("2026-11-20T10:00:00.500Z"),
    deletedById: "u_admin",
    authorId: "u_gone",
  });
  await task("t_orphan_author", { authorId: null, status: "running", progress: 42, queuePosition: 0 });
  await db.favorite.create({ data: { userId: "u_bo", taskId: "t_root" } });
  await db.favorite.create({ data: { userId: "u_admin", taskId: "t_grandchild" } });
  await db.collection.create({
    data: { id: "c_mood", name: "情绪板 Moodboard", coverTaskId: "t_root", createdById: "u_admin" },
  });
  await db.collectionItem.create({
    data: { collectionId: "c_mood", taskId: "t_root", addedById: "u_admin" },
  });
  await db.collectionItem.create({ data: { collectionId: "c_mood", taskId: "t_child", addedById: "u_bo" } });
  await db.invite.create({
    data: {
      id: "i1",
      tokenHash: "f".repeat(64),
      createdById: "u_admin",
      expiresAt: at("2026-12-10T00:00:00Z"),
      usedAt: at("2026-11-03T09:00:00.010Z"),
      usedById: "u_bo",
    },
  });
  await db.setting.create({
    data: { key: "upstream", value: JSON.stringify({ apiKey: sealSecret(UPSTREAM_KEY, OLD_SECRET) }) },
  });
  await db.auditLog.create({
    data: {
      id: "l1",
      actorId: "u_admin",
      actorName: "Ada",
      action: "member.invite",
      detail: JSON.stringify({ role: "member", note: "新成员" }),
    },
  });
  await db.auditLog.create({
    data: { id: "l2", actorName: "Ada", action: "task.delete", target: "t_deleted" },
  });
  await db.signInFailure.create({ data: { key: "email:bo@example.test" } });
}
