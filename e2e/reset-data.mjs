// Runs before the e2e server starts: every run begins with an empty e2e data folder (its own SQLite file,
// images and simulator state). Refuses any data folder or database outside e2e/.artifacts so it can never touch
// ./data, a developer's database or a production one.
import { rmSync } from "node:fs";
import path from "node:path";

import { e2eDatabaseProblem } from "./local-database.mjs";
import { loadDotEnv } from "../scripts/env-file.mjs";

// The server started next reads .env the same way; check the database it will really open.
loadDotEnv();
const problem = e2eDatabaseProblem({
  dataDir: process.env.DATA_DIR,
  databaseUrl: process.env.DATABASE_URL,
  root: process.cwd(),
});
if (problem) {
  console.error(`reset-data: refusing to clear anything. ${problem}`);
  process.exit(1);
}
rmSync(path.resolve(process.env.DATA_DIR), { recursive: true, force: true });
