import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

import { layerZones } from "./scripts/server-layers.mjs";

const config = [
  ...nextVitals,
  // Type-aware rules catch what syntax alone cannot: floating promises, `any` leaking out of JSON, async
  // handlers React ignores. They read the TypeScript project, so they run on .ts/.tsx only (below).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  // Plain JavaScript (scripts, configs) has no types to check; keep the syntax rules only.
  { files: ["**/*.js", "**/*.mjs", "**/*.cjs"], ...tseslint.configs.disableTypeChecked },
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Small files that say one thing (docs/house-style.md): past 300 lines a file is split, not scrolled.
      "max-lines": ["error", { max: 300 }],
      // One import order everywhere, so a file's dependencies read at a glance: packages, then the project's own
      // "@/" modules, then neighbours, each block alphabetical. `eslint --fix` sorts them.
      "import/order": [
        "error",
        {
          groups: [["builtin", "external"], "internal", ["parent", "sibling", "index"]],
          pathGroups: [{ pattern: "@/**", group: "internal" }],
          pathGroupsExcludedImportTypes: ["builtin"],
          "newlines-between": "always",
          alphabetize: { order: "asc", caseInsensitive: true },
        },
      ],
    },
  },
  {
    // The structure that keeps the code readable: no import cycles anywhere, and lib/server's layers one-way
    // (scripts/server-layers.mjs). Browser code never reaches server code; the server never imports pages.
    rules: {
      "import/no-cycle": ["error", { ignoreExternal: true }],
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            ...layerZones(),
            {
              target: ["./lib/server/**", "./simulator/**"],
              from: ["./app/**", "./components/**"],
              message: "Server code does not import pages or components.",
            },
            {
              target: ["./components/**", "./lib/queries/**", "./lib/api-client.ts"],
              from: ["./lib/server/**", "./simulator/**"],
              message:
                "Browser code (components, lib/queries, the API client) reads our API, never server code.",
            },
          ],
        },
      ],
    },
  },
  {
    // The simulator is a fake upstream beside the studio, not part of it: the studio's route injects whatever it
    // needs (app/sim/[...path]/route.ts), so it reaches into none of the studio's server code or env.
    files: ["simulator/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/server",
                "@/lib/server/**",
                "@/env.mjs",
                "@/app/**",
                "@/components/**",
                "@/lib/db*",
              ],
              message: "The simulator takes this from its host (SimulatorHost), not from the studio.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "bench/**/*.ts"],
    rules: {
      // Test doubles stand in for promise-returning functions: `async` makes a double's throw a rejection, as
      // with the real function, even when the double has nothing to await.
      "@typescript-eslint/require-await": "off",
      // Vitest types its asymmetric matchers (expect.any, expect.stringMatching, expect.objectContaining) as
      // `any`; placing one inside an expected object is how they are meant to be used, not an unsafe value.
      "@typescript-eslint/no-unsafe-assignment": "off",
    },
  },
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "lib/generated/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
