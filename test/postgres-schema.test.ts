import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

import { POSTGRES_SCHEMA, postgresSchemaFrom, SQLITE_SCHEMA } from "../scripts/postgres-schema.mjs";

describe("prisma/postgres/schema.prisma", () => {
  it("is the current copy of prisma/schema.prisma (run `node scripts/postgres-schema.mjs` after editing it)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(
      postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")),
    );
  });

  it("differs only in provider, client output and the generated-file header", () => {
    const copy = postgresSchemaFrom(
      'generator client {\n  output = "../lib/generated/prisma"\n}\n' +
        'datasource db {\n  provider = "sqlite"\n}\nmodel A {\n  id String @id\n}\n',
    );
    expect(copy).toContain('output = "../../lib/generated/prisma-pg"');
    expect(copy).toContain('provider = "postgresql"');
    expect(copy).toContain("model A {\n  id String @id\n}");
    expect(copy.startsWith("// GENERATED")).toBe(true);
  });

  it("fails loudly when the datasource block no longer looks as expected", () => {
    expect(() => postgresSchemaFrom('datasource db {\n  provider = "mysql"\n}\n')).toThrow(
      /expected one match/,
    );
  });
});
