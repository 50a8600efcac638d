// Starts the server-side task tracker with the Node.js server, so unfinished tasks keep being followed
// (and resume after a restart) whether or not any browser is open.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Files this process creates from now on (WAL, images, secrets) and the ones already there are for the
  // studio's user only, also when started with a bare `next start` instead of scripts/start.mjs.
  try {
    const { tightenDataPermissions } = await import("./lib/server/data-permissions");
    process.umask(0o077);
    for (const problem of tightenDataPermissions()) console.warn(`[data] could not restrict ${problem}`);
  } catch (error) {
    console.warn("[data] could not restrict the data folder's permissions", error);
  }
  // Admin-saved upstream settings must be in the process-wide cache before the tracker's first call and
  // before any request reads the (synchronous) upstream config. A failure here (e.g. the database is not
  // migrated yet) leaves env values in force; request handlers retry the load lazily.
  try {
    const { ensureUpstreamSettingsLoaded } = await import("./lib/server/mj/saved-upstream");
    await ensureUpstreamSettingsLoaded();
  } catch (error) {
    console.error("[settings] could not load the saved upstream settings; using env values", error);
  }
  // One instance (SQLite): this process runs the tracker. Several on PostgreSQL: the one holding the tracker
  // lock does, and events reach every instance through the database (lib/server/cluster).
  const { clusterMode } = await import("./lib/server/cluster/pool");
  if (clusterMode()) {
    const { startCluster } = await import("./lib/server/cluster");
    await startCluster();
    // The batch queue sends where the tracker runs: on the elected instance only.
    const { isTrackerLeader } = await import("./lib/server/cluster");
    await startBatchQueue(isTrackerLeader);
    return;
  }
  const { startTracker } = await import("./lib/server/tracker");
  startTracker();
  await startBatchQueue(() => true);
}

/** The prompt-batch queue (lib/server/batches): resumes unsent jobs after a restart. */
async function startBatchQueue(isLeader: () => boolean): Promise<void> {
  const { startBatchQueue: start } = await import("./lib/server/batches/runner");
  start(isLeader);
}
