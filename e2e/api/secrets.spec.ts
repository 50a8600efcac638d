import { expect, test } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

import { E2E_API_KEY } from "../../playwright.config";
import { createImagine, waitForImage } from "../helpers/api";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test("the upstream key appears in no page, API response or client bundle", async ({ request }) => {
  // The studio really uses the key: the simulator refuses calls without it.
  const task = await waitForImage(request, (await createImagine(request, "a key-guarded lighthouse")).id);

  const bodies = await Promise.all(
    [
      "/",
      `/tasks/${task.id}`,
      "/api/tasks",
      `/api/tasks/${task.id}`,
      "/api/tasks/changes",
      "/api/health",
    ].map(async (url) => {
      const res = await request.get(url);
      expect(res.status(), url).toBe(200);
      return `${JSON.stringify(res.headers())}\n${await res.text()}`;
    }),
  );
  for (const body of bodies) expect(body).not.toContain(E2E_API_KEY);

  const clientFiles = filesUnder(".next/static");
  expect(clientFiles.length).toBeGreaterThan(5);
  for (const file of clientFiles) expect(readFileSync(file, "utf8").includes(E2E_API_KEY), file).toBe(false);
});
