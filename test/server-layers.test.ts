import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { layerGlobs, layerZones, SERVER_LAYERS } from "../scripts/server-layers.mjs";

// The layer table drives the ESLint boundary rules; a lib/server entry missing from it would be fenced by nothing.

const serverDir = path.join(__dirname, "..", "lib", "server");

/** The table entries that claim a directory entry: a folder by name, a file by its stem (tests beside it included). */
function claimsOf(entry: string, isDir: boolean): string[] {
  return SERVER_LAYERS.flatMap((layer) =>
    layer.paths
      .filter((p) => (isDir ? p === entry : p.endsWith(".ts") && entry.startsWith(p.slice(0, -".ts".length))))
      .map((p) => `${layer.name}:${p}`),
  );
}

describe("lib/server layers", () => {
  const entries = readdirSync(serverDir).map((name) => ({
    name,
    isDir: statSync(path.join(serverDir, name)).isDirectory(),
  }));

  it("places every file and folder of lib/server in exactly one layer", () => {
    const unplaced = entries.filter((e) => claimsOf(e.name, e.isDir).length !== 1);
    expect(unplaced.map((e) => `${e.name} → ${claimsOf(e.name, e.isDir).join(", ") || "no layer"}`)).toEqual(
      [],
    );
  });

  it("lists only paths that exist", () => {
    const names = new Set(entries.map((e) => e.name));
    const missing = SERVER_LAYERS.flatMap((l) => l.paths).filter((p) => !names.has(p));
    expect(missing).toEqual([]);
  });

  it("only lets a layer import layers below it", () => {
    const order = SERVER_LAYERS.map((l) => l.name);
    // auth sits beside the upstream: compare it by what it may import rather than by position.
    for (const layer of SERVER_LAYERS) {
      for (const allowed of layer.mayImport) {
        expect(order.indexOf(allowed), `${layer.name} → ${allowed}`).toBeGreaterThan(
          order.indexOf(layer.name),
        );
      }
    }
  });

  it("forbids every other layer in the lint zones", () => {
    const zones = layerZones();
    const http = zones.at(0);
    expect(http?.target).toEqual(layerGlobs(SERVER_LAYERS[0]));
    const base = zones.at(-1);
    for (const upper of SERVER_LAYERS.slice(0, -1)) {
      for (const glob of layerGlobs(upper)) expect(base?.from).toContain(glob);
    }
  });
});
