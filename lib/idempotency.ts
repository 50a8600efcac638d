// Money rule: one user intent = one idempotency key, however many times the request is sent.

/** A fresh key; falls back to getRandomValues where randomUUID is missing (plain-http LAN hosts are not a secure context). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === "function") return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export interface IntentKey {
  /** The key of the current intent, created on first use and then stable. */
  current(): string;
  /** The intent is over (it succeeded, or the user changed what they ask for): the next call gets a new key. */
  reset(): void;
}

export function createIntentKey(makeKey: () => string = newIdempotencyKey): IntentKey {
  let key: string | null = null;
  return {
    current: () => (key ??= makeKey()),
    reset: () => {
      key = null;
    },
  };
}

/** Per-button intents on one task: pressing U1 and U2 are separate intents, a retried U1 is the same one. */
export interface IntentKeyMap {
  current(id: string): string;
  reset(id: string): void;
}

export function createIntentKeyMap(makeKey: () => string = newIdempotencyKey): IntentKeyMap {
  const keys = new Map<string, string>();
  return {
    current(id) {
      let key = keys.get(id);
      if (key === undefined) {
        key = makeKey();
        keys.set(id, key);
      }
      return key;
    },
    reset(id) {
      keys.delete(id);
    },
  };
}
