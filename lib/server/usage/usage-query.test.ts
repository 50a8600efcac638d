// Usage day buckets on SQLite (the cases are in usage-cases.ts).
import { describeUsageRows } from "./usage-cases";

describeUsageRows("sqlite");
