import "server-only";

import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import type { SimTask } from "./types";

// Persistence of simulated tasks: a JSON column keyed by id, plus the status as a column so the scheduler can
// read only the unfinished ones. Kept apart from the studio's own database on purpose: it plays a remote server.

const ACTIVE_STATUSES = ["NOT_START", "SUBMITTED", "IN_PROGRESS"] as const;

export interface SimStore {
  readonly dataDir: string;
  readonly imagesDir: string;
  get(id: string): SimTask | null;
  getMany(ids: readonly string[]): SimTask[];
  has(id: string): boolean;
  /** Tasks the scheduler still has to move (queued or running). */
  listActive(): SimTask[];
  /** Newest first. */
  listRecent(limit: number): SimTask[];
  save(task: SimTask): void;
  saveMany(tasks: readonly SimTask[]): void;
  /** A random secret created on first use and kept, so signed image URLs survive restarts. */
  secret(): string;
  close(): void;
}

export function openStore(dataDir: string): SimStore {
  fs.mkdirSync(dataDir, { recursive: true });
  const imagesDir = path.join(dataDir, "simulator-images");
  fs.mkdirSync(imagesDir, { recursive: true });

  const db = new Database(path.join(dataDir, "simulator.db"));
  db.pragma("journal_mode = WAL");
  db.exec(`
    CREATE TABLE IF NOT EXISTS sim_tasks (
      id TEXT PRIMARY KEY,
      status TEXT NOT NULL,
      submit_time INTEGER NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS sim_tasks_status ON sim_tasks (status);
    CREATE INDEX IF NOT EXISTS sim_tasks_submit_time ON sim_tasks (submit_time);
    CREATE TABLE IF NOT EXISTS sim_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `);

  const getStmt = db.prepare<[string], { data: string }>("SELECT data FROM sim_tasks WHERE id = ?");
  const activeStmt = db.prepare<[], { data: string }>(
    `SELECT data FROM sim_tasks WHERE status IN (${ACTIVE_STATUSES.map((s) => `'${s}'`).join(",")})`,
  );
  const recentStmt = db.prepare<[number], { data: string }>(
    "SELECT data FROM sim_tasks ORDER BY submit_time DESC, id DESC LIMIT ?",
  );
  const upsertStmt = db.prepare<[string, string, number, string]>(
    `INSERT INTO sim_tasks (id, status, submit_time, data) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET status = excluded.status, data = excluded.data`,
  );
  const metaGet = db.prepare<[string], { value: string }>("SELECT value FROM sim_meta WHERE key = ?");
  const metaSet = db.prepare<[string, string]>("INSERT OR IGNORE INTO sim_meta (key, value) VALUES (?, ?)");

  const decode = (row: { data: string } | undefined): SimTask | null =>
    row ? (JSON.parse(row.data) as SimTask) : null;
  const save = (task: SimTask) => {
    upsertStmt.run(task.id, task.status, task.submitTime, JSON.stringify(task));
  };
  const saveMany = db.transaction((tasks: readonly SimTask[]) => tasks.forEach(save));

  return {
    dataDir,
    imagesDir,
    get: (id) => decode(getStmt.get(id)),
    getMany: (ids) => ids.map((id) => decode(getStmt.get(id))).filter((t): t is SimTask => t !== null),
    has: (id) => getStmt.get(id) !== undefined,
    listActive: () => activeStmt.all().map((row) => JSON.parse(row.data) as SimTask),
    listRecent: (limit) => recentStmt.all(limit).map((row) => JSON.parse(row.data) as SimTask),
    save,
    saveMany: (tasks) => {
      if (tasks.length > 0) saveMany(tasks);
    },
    secret: () => {
      metaSet.run("url_secret", randomBytes(32).toString("hex"));
      return metaGet.get("url_secret")?.value ?? "";
    },
    close: () => db.close(),
  };
}
