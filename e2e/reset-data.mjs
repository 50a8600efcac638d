// Runs before the e2e server starts: every run begins with an empty e2e data folder (its own SQLite file,
// images and simulator state). Refuses any folder outside e2e/.artifacts so it can never touch ./data.
import { rmSync } from "node:fs";
import path from "node:path";

const dir = path.resolve(process.env.DATA_DIR ?? "");
if (!dir.includes(`${path.sep}e2e${path.sep}.artifacts${path.sep}`)) {
  console.error(`reset-data: refusing to clear ${dir}`);
  process.exit(1);
}
rmSync(dir, { recursive: true, force: true });
