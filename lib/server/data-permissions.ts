import "server-only";

import { chmodSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

import { env } from "@/env.mjs";
import { databaseKind, sqliteFileFromUrl } from "@/lib/db-url";

// The data folder holds the database (password hashes, sessions, the sealed upstream key), the generated
// secrets and every image. Installs from before the umask in scripts/start.mjs, or a folder copied in from
// elsewhere, may be readable by every local user; tightening at each start fixes them.

const SQLITE_SIDE_FILES = ["", "-wal", "-shm", "-journal"];

function tryChmod(file: string, mode: number, problems: string[]): void {
  try {
    chmodSync(file, mode);
  } catch (error) {
    // A missing file is normal (no WAL yet); anything else is reported but never stops the server.
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") problems.push(`${file}: ${String(error)}`);
  }
}

/**
 * DATA_DIR becomes 0700 and the files directly in it 0600, plus the SQLite file (and its WAL/journal)
 * wherever DATABASE_URL points (PostgreSQL keeps its own files). Best effort: returns what could not be changed
 * instead of throwing.
 */
export function tightenDataPermissions(
  dataDir = path.resolve(process.cwd(), env.DATA_DIR),
  databaseUrl = env.DATABASE_URL,
): string[] {
  const problems: string[] = [];
  tryChmod(dataDir, 0o700, problems);
  let names: string[] = [];
  try {
    names = readdirSync(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") problems.push(`${dataDir}: ${String(error)}`);
  }
  for (const name of names) {
    const file = path.join(dataDir, name);
    try {
      if (statSync(file).isFile()) tryChmod(file, 0o600, problems);
    } catch {
      // Vanished between listing and stat: nothing to protect.
    }
  }
  try {
    if (databaseKind(databaseUrl) !== "sqlite") return problems;
    const database = sqliteFileFromUrl(databaseUrl);
    for (const suffix of SQLITE_SIDE_FILES) tryChmod(`${database}${suffix}`, 0o600, problems);
  } catch (error) {
    problems.push(String(error));
  }
  return problems;
}
