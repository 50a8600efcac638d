// A PostgreSQL database of the scale-out run's own, on the server TEST_DATABASE_URL points at: created empty for
// the run (the studios migrate it on start) and dropped at the end, so runs and other suites never share one.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface RunDatabase {
  /** The connection string the studio instances get as DATABASE_URL. */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** TEST_DATABASE_URL, or null: the scale-out specs skip without it. */
export function testDatabaseUrl(): string | null {
  return process.env.TEST_DATABASE_URL?.trim() || null;
}

async function onServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createRunDatabase(serverUrl: string): Promise<RunDatabase> {
  // Only [a-z0-9_]: the name goes into DDL, which takes no parameters.
  const name = `mj_e2e_${randomBytes(6).toString("hex")}`;
  await onServer(serverUrl, (client) =>
    client.query(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    // FORCE (PostgreSQL 13+): a studio killed mid-run may leave connections the server has not reaped yet.
    drop: () =>
      onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}
