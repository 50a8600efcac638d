// The one-way layers of lib/server, top to bottom (docs/architecture.md draws them). A layer may import the
// layers below it and its own peers, never one above: eslint.config.mjs turns this table into
// import/no-restricted-paths zones, and test/server-layers.test.ts fails when a file or folder is added to
// lib/server without being placed here.

/** @type {{ name: string, paths: string[], mayImport: string[] }[]} */
export const SERVER_LAYERS = [
  {
    name: "http",
    paths: [
      "http.ts",
      "submit-route.ts",
      "task-stream.ts",
      "image-route.ts",
      "cell-route.ts",
      "video-route.ts",
    ],
    mayImport: ["domain", "cluster", "tracker", "mj", "auth", "base"],
  },
  {
    name: "domain",
    paths: [
      "tasks",
      "collections.ts",
      "members.ts",
      "usage",
      "export",
      "settings",
      "health.ts",
      "audit.ts",
      "limits.ts",
      "references.ts",
      "stored-references",
      "batches",
      "presets.ts",
      "profile-codes.ts",
    ],
    mayImport: ["cluster", "tracker", "mj", "auth", "base"],
  },
  // Several instances on one PostgreSQL: runs (or stops) the tracker, so it sits above it; limits.ts asks it for
  // the per-member lock.
  { name: "cluster", paths: ["cluster"], mayImport: ["tracker", "mj", "auth", "base"] },
  { name: "tracker", paths: ["tracker"], mayImport: ["mj", "base"] },
  { name: "mj", paths: ["mj"], mayImport: ["base"] },
  // Identity and sessions sit beside the upstream: every layer above may ask who is signed in.
  { name: "auth", paths: ["auth"], mayImport: ["base"] },
  {
    name: "base",
    paths: [
      "db.ts",
      "storage",
      "crypto",
      "secret.ts",
      "signals.ts",
      "events.ts",
      "body-cap.ts",
      "json-text.ts",
      "token-bucket.ts",
      "data-permissions.ts",
      "grid-crop.ts",
    ],
    mayImport: [],
  },
];

/**
 * A layer's paths as globs relative to the project root (eslint-plugin-import wants globs throughout): a folder
 * and everything in it, or a file with its tests beside it (`http.ts` covers `http-read-json.test.ts`).
 */
export function layerGlobs(layer) {
  return layer.paths.map((p) =>
    p.endsWith(".ts") ? `./lib/server/${p.slice(0, -".ts".length)}*.ts` : `./lib/server/${p}/**`,
  );
}

/** One zone per layer: its files may not import from any layer it is not allowed to. */
export function layerZones() {
  return SERVER_LAYERS.map((layer) => {
    const forbidden = SERVER_LAYERS.filter(
      (other) => other !== layer && !layer.mayImport.includes(other.name),
    );
    return {
      target: layerGlobs(layer),
      from: forbidden.flatMap(layerGlobs),
      message: `lib/server layers are one-way (scripts/server-layers.mjs): "${layer.name}" may import only ${
        layer.mayImport.join(", ") || "nothing above it"
      } and its own peers.`,
    };
  });
}
