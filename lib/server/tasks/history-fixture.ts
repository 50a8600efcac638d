import "server-only";

import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { seededRandom } from "@/lib/seeded-random";

// Test and bench support only (never imported by the app): a throwaway SQLite file with the real migrations,
// and a deterministic team history whose plain-JS copy lets callers compute the expected answers themselves.

/** Creates an empty database file with every migration applied, in order, the way `migrate deploy` would. */
export function createMigratedDbFile(): { file: string; url: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mj-history-"));
  const file = path.join(dir, "history.db");
  const migrationsDir = path.resolve(import.meta.dirname, "../../../prisma/migrations");
  const sqlite = new Database(file);
  for (const name of readdirSync(migrationsDir)
    .filter((entry) => /^\d+_/.test(entry))
    .sort()) {
    sqlite.exec(readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
  }
  sqlite.close();
  return { file, url: `file:${file}`, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface SeedTask {
  id: string;
  authorId: string;
  action: string;
  status: string;
  prompt: string;
  finalPrompt: string | null;
  promptEn: string | null;
  createdAt: Date;
  deletedAt: Date | null;
}

export interface SeededHistory {
  userIds: string[];
  tasks: SeedTask[];
  /** userId -> starred task ids. */
  favorites: Map<string, Set<string>>;
  collectionId: string;
  collectionTaskIds: Set<string>;
  /** The newest createdAt of the seed; days run backwards from it. */
  end: Date;
}

const DAY_MS = 86_400_000;
// End on a fixed UTC midnight so day boundaries are easy to reason about in tests.
const SEED_END = Date.UTC(2026, 10, 28);
const ACTIONS = [
  "IMAGINE",
  "IMAGINE",
  "IMAGINE",
  "UPSCALE",
  "UPSCALE",
  "VARIATION",
  "REROLL",
  "ZOOM",
  "PAN",
  "DESCRIBE",
  "BLEND",
  "SHORTEN",
  "SWAP_FACE",
];
const STATUSES = [
  "succeeded",
  "succeeded",
  "succeeded",
  "succeeded",
  "succeeded",
  "succeeded",
  "failed",
  "cancelled",
  "running",
  "queued",
  "submitted",
  "modal",
];
const SUBJECTS = [
  "a red fox in the snow",
  "城市夜景 霓虹灯 雨夜",
  "portrait of an old sailor",
  "山水画 水墨 远山",
  "cyberpunk street market",
  'a cat wearing a "tiny" hat',
  "watercolor lighthouse at dawn",
  "猫咪 在 窗台 上 睡觉",
  "isometric city block",
  "macro shot of dew on a leaf",
];
const PARAMS = ["", " --ar 16:9", " --ar 2:3 --v 6", " --stylize 250", " --niji 6 --ar 9:16", " --q 2"];
// Words a user may type that mean something in FTS5 syntax; they must be searched for literally.
const RARE = [
  "NEAR(fox sailor)",
  "AND",
  "OR",
  "-minus",
  "prefix*",
  "^caret",
  "don't",
  "50% off",
  "snake_case",
];

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)] as T;

function buildTasks(count: number, userIds: string[], random: () => number): SeedTask[] {
  const tasks: SeedTask[] = [];
  const spanMs = 60 * DAY_MS;
  for (let i = 0; i < count; i++) {
    // Ids are random (not time-ordered) so ties on createdAt really exercise the id tie-break.
    const id = `t${Math.floor(random() * 36 ** 8)
      .toString(36)
      .padStart(8, "0")}${i.toString(36)}`;
    const previous = tasks.at(-1);
    // Every 40th task shares its predecessor's millisecond; a few sit exactly on day boundaries.
    let createdAt = new Date(SEED_END - 1 - Math.floor(random() * spanMs));
    if (previous && i % 40 === 0) createdAt = previous.createdAt;
    if (i % 997 === 0) createdAt = new Date(SEED_END - (1 + (i % 50)) * DAY_MS);
    if (i % 991 === 0) createdAt = new Date(SEED_END - (1 + (i % 50)) * DAY_MS - 1);
    const subject = pick(random, SUBJECTS);
    const rare = i % 211 === 0 ? ` ${pick(random, RARE)}` : "";
    const prompt = `${subject}${rare}${pick(random, PARAMS)}`;
    const status = pick(random, STATUSES);
    tasks.push({
      id,
      authorId: pick(random, userIds),
      action: pick(random, ACTIONS),
      status,
      prompt,
      finalPrompt: status === "succeeded" ? `${prompt} --seed ${i}` : null,
      promptEn: /[\u4e00-\u9fff]/.test(subject) && i % 3 === 0 ? "translated chinese landscape" : null,
      createdAt,
      deletedAt: i % 53 === 0 ? new Date(createdAt.getTime() + 60_000) : null,
    });
  }
  return tasks;
}

/**
 * The text the Prisma better-sqlite3 adapter writes for a DateTime (its default "iso8601" format). Seeding with
 * the same text keeps raw inserts comparable with rows Prisma writes; the integration test checks the two agree.
 */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** `count` tasks from 4 authors over ~60 days, with stars and one collection: the same data for every seed. */
export function buildHistory(count: number, seed = 42): SeededHistory {
  const random = seededRandom(seed);
  const userIds = ["u_ada", "u_bo", "u_chen", "u_dee"];
  const tasks = buildTasks(count, userIds, random);
  const favorites = new Map<string, Set<string>>(userIds.map((id) => [id, new Set<string>()]));
  for (const task of tasks) {
    if (random() < 0.04) favorites.get(pick(random, userIds))?.add(task.id);
  }
  const collectionId = "c_moodboard";
  const collectionTaskIds = new Set(tasks.filter((_, i) => i % 29 === 0).map((task) => task.id));
  return { userIds, tasks, favorites, collectionId, collectionTaskIds, end: new Date(SEED_END) };
}

/**
 * Seeds buildHistory(count, seed) into a SQLite file. Written with better-sqlite3 in one transaction (Prisma's
 * createMany takes ~12 s for 10,000 rows; this takes well under one). history-fixture-pg.ts does PostgreSQL.
 */
export function seedHistory(file: string, count: number, seed = 42): SeededHistory {
  const history = buildHistory(count, seed);
  const { userIds, tasks, favorites, collectionId, collectionTaskIds } = history;
  const ts = sqliteTimestamp;
  const now = ts(history.end);

  const sqlite = new Database(file);
  const insertUser = sqlite.prepare(
    `INSERT INTO "user" ("id", "name", "email", "role", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertTask = sqlite.prepare(
    `INSERT INTO "Task" ("id", "action", "status", "prompt", "finalPrompt", "promptEn", "authorId", "deletedAt",
       "createdAt", "submittedAt", "lastChangeAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertFavorite = sqlite.prepare(
    `INSERT INTO "Favorite" ("userId", "taskId", "createdAt") VALUES (?, ?, ?)`,
  );
  const insertItem = sqlite.prepare(
    `INSERT INTO "CollectionItem" ("collectionId", "taskId", "addedAt") VALUES (?, ?, ?)`,
  );
  sqlite.transaction(() => {
    for (const id of userIds)
      insertUser.run(id, id.slice(2), `${id}@example.test`, id === "u_ada" ? "admin" : "member", now, now);
    for (const t of tasks) {
      const created = ts(t.createdAt);
      const deleted = t.deletedAt ? ts(t.deletedAt) : null;
      insertTask.run(
        t.id,
        t.action,
        t.status,
        t.prompt,
        t.finalPrompt,
        t.promptEn,
        t.authorId,
        deleted,
        created,
        created,
        created,
        created,
      );
    }
    for (const [userId, ids] of favorites) for (const taskId of ids) insertFavorite.run(userId, taskId, now);
    sqlite
      .prepare(`INSERT INTO "Collection" ("id", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?)`)
      .run(collectionId, "Moodboard", now, now);
    for (const taskId of collectionTaskIds) insertItem.run(collectionId, taskId, now);
  })();
  sqlite.close();
  return history;
}
