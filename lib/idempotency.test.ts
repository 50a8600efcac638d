import { describe, expect, it } from "vitest";

import { createIntentKey, createIntentKeyMap, newIdempotencyKey } from "./idempotency";
import { PressButtonInput } from "./schemas/task-input";

function counter() {
  let n = 0;
  return () => `key-000${++n}`;
}

describe("newIdempotencyKey", () => {
  it("makes keys the API accepts, different each time", () => {
    const a = newIdempotencyKey();
    const b = newIdempotencyKey();
    expect(a).not.toBe(b);
    expect(PressButtonInput.safeParse({ customId: "x", idempotencyKey: a }).success).toBe(true);
  });
});

describe("createIntentKey", () => {
  it("keeps one key until the intent is reset", () => {
    const intent = createIntentKey(counter());
    expect(intent.current()).toBe("key-0001");
    expect(intent.current()).toBe("key-0001");
    intent.reset();
    expect(intent.current()).toBe("key-0002");
  });
});

describe("createIntentKeyMap", () => {
  it("gives every button its own stable key", () => {
    const keys = createIntentKeyMap(counter());
    expect(keys.current("U1")).toBe("key-0001");
    expect(keys.current("U2")).toBe("key-0002");
    expect(keys.current("U1")).toBe("key-0001");
    keys.reset("U1");
    expect(keys.current("U1")).toBe("key-0003");
    expect(keys.current("U2")).toBe("key-0002");
  });
});
