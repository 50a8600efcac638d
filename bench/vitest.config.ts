// Runs bench/history-10k.bench.ts with the app's aliases (server-only stub, "@/"), and nothing else.
// A plain Vitest run rather than `vitest bench`: the script reports medians and ratios from one run itself.
import { defineConfig } from "vitest/config";

import root from "../vitest.config";

export default defineConfig({
  ...root,
  test: {
    ...root.test,
    include: ["bench/history-10k.bench.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
