// listTaskPage's filters, search and paging on PostgreSQL: the same cases as list.test.ts (list-cases.ts).
import { describe } from "vitest";

import { skipPostgres } from "@/test/postgres-database";

import { describeListTaskPage } from "./list-cases";

describe.skipIf(skipPostgres("listTaskPage on PostgreSQL"))("PostgreSQL", () => {
  describeListTaskPage("postgres");
});
