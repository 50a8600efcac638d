// Loads ./.env (if any) into process.env for the helper scripts, the way Next does for the app itself,
// so `prisma migrate` and `next start` see the same DATABASE_URL.
import { existsSync } from "node:fs";
import path from "node:path";

export function loadDotEnv() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  // The database lives in the data folder unless DATABASE_URL says otherwise: DATA_DIR alone moves everything.
  process.env.DATABASE_URL ??= `file:${path.resolve(process.env.DATA_DIR ?? "data", "studio.db")}`;
  // The Prisma CLI would otherwise phone home for update checks; this machine may be air-gapped.
  process.env.CHECKPOINT_DISABLE = "1";
  process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
}
