import "server-only";

import pg from "pg";

import { buildHistory, type SeededHistory } from "./history-fixture";

// The PostgreSQL twin of history-fixture.ts's seedHistory: the same deterministic history, written with `pg` in
// one transaction using unnest() (one statement per table instead of 10,000 inserts).

/**
 * ISO-8601 in UTC. Cast to timestamp (without time zone) PostgreSQL drops the "Z" and keeps the UTC wall time,
 * exactly what Prisma stores. (A Date bound directly would be sent in the process's local time zone.)
 */
const utc = (date: Date | null): string | null => date?.toISOString() ?? null;

export async function seedHistoryPostgres(url: string, count: number, seed = 42): Promise<SeededHistory> {
  const history = buildHistory(count, seed);
  const { userIds, tasks, favorites, collectionId, collectionTaskIds } = history;
  const now = utc(history.end);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "user" ("id", "name", "email", "role", "createdAt", "updatedAt")
       SELECT id, substr(id, 3), id || '@example.test', CASE WHEN id = 'u_ada' THEN 'admin' ELSE 'member' END,
         $2::timestamp, $2::timestamp
       FROM unnest($1::text[]) AS u(id)`,
      [userIds, now],
    );
    const column = <K extends keyof SeededHistory["tasks"][number]>(key: K) => tasks.map((task) => task[key]);
    await client.query(
      `INSERT INTO "Task" ("id", "action", "status", "prompt", "finalPrompt", "promptEn", "authorId", "deletedAt",
         "createdAt", "submittedAt", "lastChangeAt", "updatedAt")
       SELECT id, action, status, prompt, fp, pe, author, deleted::timestamp,
         created::timestamp, created::timestamp, created::timestamp, created::timestamp
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[]) AS t(id, action, status, prompt, fp, pe, author, deleted, created)`,
      [
        column("id"),
        column("action"),
        column("status"),
        column("prompt"),
        column("finalPrompt"),
        column("promptEn"),
        column("authorId"),
        tasks.map((task) => utc(task.deletedAt)),
        tasks.map((task) => utc(task.createdAt)),
      ],
    );
    const stars = [...favorites].flatMap(([userId, ids]) => [...ids].map((taskId) => [userId, taskId]));
    await client.query(
      `INSERT INTO "Favorite" ("userId", "taskId", "createdAt")
       SELECT u, t, $3::timestamp FROM unnest($1::text[], $2::text[]) AS f(u, t)`,
      [stars.map(([userId]) => userId), stars.map(([, taskId]) => taskId), now],
    );
    await client.query(
      `INSERT INTO "Collection" ("id", "name", "createdAt", "updatedAt") VALUES ($1, 'Moodboard', $2, $2)`,
      [collectionId, now],
    );
    await client.query(
      `INSERT INTO "CollectionItem" ("collectionId", "taskId", "addedAt")
       SELECT $1, t, $3::timestamp FROM unnest($2::text[]) AS i(t)`,
      [collectionId, [...collectionTaskIds], now],
    );
    await client.query("COMMIT");
    // The state autovacuum reaches soon after a real import: statistics for the planner, and the GIN indexes'
    // pending lists merged (rows inserted since the last vacuum sit in an unsorted list every search reads
    // through, which also makes the planner shy away from the trigram indexes).
    await client.query(`VACUUM ANALYZE`);
  } finally {
    await client.end();
  }
  return history;
}
