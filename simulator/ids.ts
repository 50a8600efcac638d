import "server-only";

import { randomInt, randomUUID } from "node:crypto";

// Identifiers shaped like the real ones: 16-digit task ids, Discord snowflakes, job UUIDs.

const DISCORD_EPOCH = 1_420_070_400_000n;

/** The one fake Discord channel / account instance all simulated tasks run on. */
export const SIM_INSTANCE_ID = "1351785602910208061";
/** The fake Midjourney user that "owns" the jobs, shown in messageContent. */
export const SIM_USER_ID = "1351785449683722301";

/** `<13-digit ms epoch><3 random digits>` like OSS/PLUS/TRUE (mj-api.md 5.1). */
export function newTaskId(now: number, taken: (id: string) => boolean): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const id = `${now}${String(randomInt(0, 1000)).padStart(3, "0")}`;
    if (!taken(id)) return id;
  }
  // 50 collisions within one millisecond means the caller is hammering; move to the next millisecond.
  return newTaskId(now + 1, taken);
}

export function snowflake(ms: number): string {
  const increment = BigInt(randomInt(0, 4096));
  return (((BigInt(Math.floor(ms)) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export function jobHash(): string {
  return randomUUID();
}

/** FNV-1a, 32 bit: a stable small hash for seeds and per-task jitter (not for security). */
export function hashString(input: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
