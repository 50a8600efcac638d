// Starts the server-side task tracker with the Node.js server, so unfinished tasks keep being followed
// (and resume after a restart) whether or not any browser is open.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startTracker } = await import("./lib/server/tracker");
  startTracker();
}
