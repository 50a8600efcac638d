import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it } from "vitest";

import type { TaskDto } from "@/lib/schemas/task";

import { cachedVersionsOf, newestVersion } from "./latest-task";
import { taskKeys } from "./tasks";

const task = (status: TaskDto["status"], updatedAt: string, progress: number | null = null) =>
  ({ id: "t1", status, progress, updatedAt }) as TaskDto;

describe("following the task a form created (issue 8 item 16)", () => {
  it("finds the newest copy among gallery pages, details and the latest changes", () => {
    const client = new QueryClient();
    const created = task("submitted", "2026-01-01T00:00:00.000Z");
    client.setQueryData(taskKeys.list({}), {
      pages: [{ items: [task("running", "2026-01-01T00:00:02.000Z", 40)], nextCursor: null }],
      pageParams: [null],
    });
    client.setQueryData(taskKeys.changes(), {
      items: [task("succeeded", "2026-01-01T00:00:05.000Z", 100)],
      cursor: "1",
      upstream: { unreachableSince: null },
    });
    const versions = cachedVersionsOf(client, "t1");
    expect(versions).toHaveLength(2);
    expect(newestVersion(created, versions).status).toBe("succeeded");
  });
  it("keeps the same object when nothing newer exists (no re-render loop)", () => {
    const created = task("submitted", "2026-01-01T00:00:00.000Z");
    expect(newestVersion(created, [task("submitted", "2026-01-01T00:00:00.000Z")])).toBe(created);
  });
});
