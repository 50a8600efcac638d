// Loads ./.env (if any) into process.env for the helper scripts, the way Next does for the app itself,
// so `prisma migrate` and `next start` see the same DATABASE_URL.
import { existsSync } from "node:fs";

export function loadDotEnv() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  process.env.DATABASE_URL ??= "file:./data/studio.db";
  // The Prisma CLI would otherwise phone home for update checks; this machine may be air-gapped.
  process.env.CHECKPOINT_DISABLE = "1";
  process.env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
}
