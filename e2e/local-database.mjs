// The e2e suite wipes its data folder and fills its database with throwaway accounts and tasks, so it may only
// ever run against a SQLite file it owns: one inside e2e/.artifacts. Anything else (a postgres:// URL, ./data,
// a path that climbs out with ../) could be a developer's or production database, and the suite refuses it.
import path from "node:path";

/** The folder every e2e file (data folder and database) must live in, relative to the project root. */
export const E2E_ARTIFACTS_DIR = path.join("e2e", ".artifacts");

/**
 * Why the e2e suite must not run with this data folder and database, or null when both are its own.
 * @param {{ dataDir: string | undefined, databaseUrl: string | undefined, root: string }} setup
 *   root is the folder relative paths resolve against (the project root the server starts in).
 * @returns {string | null}
 */
export function e2eDatabaseProblem({ dataDir, databaseUrl, root }) {
  const artifacts = path.resolve(root, E2E_ARTIFACTS_DIR);
  const isInsideArtifacts = (target) => {
    const relative = path.relative(artifacts, path.resolve(root, target));
    return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  };
  if (!dataDir) return "DATA_DIR is not set; the e2e data folder must be inside e2e/.artifacts.";
  if (!isInsideArtifacts(dataDir)) return `DATA_DIR ${dataDir} is outside e2e/.artifacts.`;
  if (!databaseUrl)
    return "DATABASE_URL is not set; the e2e database must be a SQLite file inside e2e/.artifacts.";
  if (!databaseUrl.startsWith("file:")) {
    return `DATABASE_URL ${databaseUrl.split("@").pop()} is not a local SQLite file (file:...).`;
  }
  // Prisma's SQLite URLs may carry options after "?"; the file is what comes before.
  const file = databaseUrl.slice("file:".length).split("?")[0];
  if (!isInsideArtifacts(file)) return `DATABASE_URL ${databaseUrl} points outside e2e/.artifacts.`;
  return null;
}

/** Stops the process (or the Playwright config) with a message saying what was refused and why. */
export function assertE2eDatabaseIsLocal(setup) {
  const problem = e2eDatabaseProblem(setup);
  if (problem) {
    throw new Error(
      `e2e refuses to run: ${problem} The suite wipes its data, so it only runs on its own copy.`,
    );
  }
}
