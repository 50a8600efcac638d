import { describe, expect, it } from "vitest";

import { restoreRefusal, UNDO_WINDOW_MS } from "./restore-rule";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const ada = { id: "ada", role: "member" as const };
const bob = { id: "bob", role: "member" as const };
const admin = { id: "root", role: "admin" as const };

describe("restoreRefusal: who may take a task back out of the trash", () => {
  const deletedByAda = { authorId: "ada", deletedById: "ada", deletedAt: ago(60_000) };

  it("lets the member who deleted it undo within the window", () => {
    expect(restoreRefusal(deletedByAda, ada, now)).toBeNull();
    expect(restoreRefusal({ ...deletedByAda, deletedAt: ago(UNDO_WINDOW_MS) }, ada, now)).toBeNull();
  });

  it("refuses that member once the window has passed", () => {
    const old = { ...deletedByAda, deletedAt: ago(UNDO_WINDOW_MS + 1) };
    expect(restoreRefusal(old, ada, now)).toMatch(/only an admin/);
  });

  it("refuses another member, even the author, when someone else deleted it", () => {
    expect(restoreRefusal(deletedByAda, bob, now)).toMatch(/someone else deleted/);
    const deletedByAdmin = { authorId: "ada", deletedById: "root", deletedAt: ago(1_000) };
    expect(restoreRefusal(deletedByAdmin, ada, now)).toMatch(/someone else deleted/);
  });

  it("lets an admin restore anything in the trash, at any age", () => {
    expect(restoreRefusal({ ...deletedByAda, deletedAt: ago(30 * 86_400_000) }, admin, now)).toBeNull();
    expect(restoreRefusal(deletedByAda, admin, now)).toBeNull();
  });

  it("answers 'not in the trash' for a task that is not deleted, to anyone", () => {
    const live = { authorId: "ada", deletedById: null, deletedAt: null };
    expect(restoreRefusal(live, ada, now)).toBe("not in the trash");
    expect(restoreRefusal(live, admin, now)).toBe("not in the trash");
  });
});
