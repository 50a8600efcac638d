// Usage day buckets on PostgreSQL: the same cases as usage-query.test.ts (usage-cases.ts).
import { describe } from "vitest";

import { skipPostgres } from "@/test/postgres-database";

import { describeUsageRows } from "./usage-cases";

describe.skipIf(skipPostgres("usage reports on PostgreSQL"))("PostgreSQL", () => {
  describeUsageRows("postgres");
});
