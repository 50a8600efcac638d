import "server-only";

import { randomBytes } from "node:crypto";

import { env } from "@/env.mjs";
import { replaceEventBus } from "@/lib/server/events";
import { ensureUpstreamSettingsLoaded, forgetUpstreamSettings } from "@/lib/server/mj/saved-upstream";
import { deliverTrackerSignal, replaceSignalTransport } from "@/lib/server/signals";
import {
  followLeaderUpstreamState,
  startTracker,
  stopTracker,
  trackerStatus,
  upstreamStateForBrowsers,
} from "@/lib/server/tracker";
import { applyCallbacks } from "@/lib/server/tracker/callback-apply";
import { callbackInbox } from "@/lib/server/tracker/callback-inbox";

import { ClusterBus } from "./cluster-bus";
import { LeaderElection } from "./election";
import { NotifyChannel } from "./notify-channel";
import { coordinationPool } from "./pool";

// Several studio instances on one PostgreSQL database (docs/architecture.md, "Several instances"): one of them,
// elected through an advisory lock, runs the tracker; events, tracker signals and settings changes reach every
// instance through LISTEN/NOTIFY. With SQLite none of this runs (instrumentation.ts starts the tracker directly).

const g = globalThis as unknown as { mjStudioCluster?: { bus: ClusterBus; election: LeaderElection } };

/** Whether this instance currently holds the tracker lock (health, tests). */
export function isTrackerLeader(): boolean {
  return g.mjStudioCluster?.election.isLeader() ?? false;
}

async function reloadSettings(): Promise<void> {
  forgetUpstreamSettings();
  try {
    await ensureUpstreamSettingsLoaded();
  } catch (error) {
    console.warn(`[cluster] could not reload the saved settings: ${(error as Error).message}`);
  }
}

/**
 * Replaces the event bus and the signal transport, applies callbacks where they arrive, and joins the election.
 * Call once, at start-up, before anything publishes an event.
 */
export async function startCluster(): Promise<void> {
  if (g.mjStudioCluster) return;
  const instanceId = randomBytes(6).toString("hex");
  const bus = new ClusterBus(instanceId, {
    onSignal: deliverTrackerSignal,
    onCallbacks: (at) => callbackInbox().noteCallbackFromPeer(at),
    onPeerSettings: reloadSettings,
    onLeaderUpstream: followLeaderUpstreamState,
    upstreamState: () => (trackerStatus().running ? upstreamStateForBrowsers() : null),
  });
  const channel = new NotifyChannel({
    connectionString: env.DATABASE_URL,
    pool: coordinationPool(),
    instanceId,
    onPayload: (payload) => bus.receive(payload),
    onListening: (first) => void bus.listening(first),
  });
  bus.attach(channel);
  replaceEventBus(bus);
  replaceSignalTransport((signal) => bus.signal(signal));

  // Callbacks are applied by the instance that receives them, not forwarded to the tracker's: a callback body
  // (up to 64 KB, CALLBACK_MAX_BYTES) does not fit a NOTIFY (8,000 bytes), and applying it anywhere is safe, since
  // every write is conditional on the row's status and lastSyncedAt (tracker/apply.ts), so a callback and the
  // tracker's read racing on two instances settle exactly as they do in one. The receiving instance also stores
  // the images the callback brings (the storage is shared); the tracker only needs to learn THAT callbacks arrive,
  // so its poll policy reads less: one small "callbacks" message with the time.
  callbackInbox().setApplier(async (batch) => {
    const receivedAt = Date.now();
    const metTrackedTask = await applyCallbacks(batch, new Date());
    if (metTrackedTask) bus.callbacksApplied(receivedAt);
    return metTrackedTask;
  });

  const election = new LeaderElection({
    connectionString: env.DATABASE_URL,
    onElected: () => {
      console.info("[cluster] this instance runs the tracker");
      startTracker({ applyCallbacks: false });
      // The others show this instance's upstream state from now on.
      bus.publish({ kind: "upstream" });
    },
    onDeposed: () => void stopTracker(),
  });
  g.mjStudioCluster = { bus, election };
  await channel.start();
  await election.start();
}
