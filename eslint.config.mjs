import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

const config = [
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Small files that say one thing (docs/house-style.md): past 300 lines a file is split, not scrolled.
      "max-lines": ["error", { max: 300 }],
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
              group: ["@/lib/server", "@/lib/server/**", "@/env.mjs", "@/app/**", "@/components/**", "@/lib/db*"],
              message: "The simulator takes this from its host (SimulatorHost), not from the studio.",
            },
          ],
        },
      ],
    },
  },
  { ignores: [".next/**", "node_modules/**", "lib/generated/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
