// The table copy behind `npm run db:copy-to-postgres` (db-copy-to-postgres.mjs): which tables, in which order,
// each value converted from what Prisma's SQLite adapter stores to what the PostgreSQL column takes. Driven by
// the target's catalog (the tables the Postgres migrations created), so a table a later migration adds is
// copied without anyone remembering to list it here.

/** Not copied: the runner's own bookkeeping, and sign-in failures (short-lived rate-limit counters). */
export const SKIPPED_TABLES = new Set(["_studio_migrations", "SignInFailure"]);

// Parameters per INSERT stay well under PostgreSQL's limit of 65,535; 500 rows keep one batch's memory small.
const MAX_PARAMETERS = 30_000;
const MAX_BATCH_ROWS = 500;

const quote = (name) => `"${name.replace(/"/g, '""')}"`;

/**
 * The studio's tables on the target, parents before children (foreign-key order), with their columns and
 * PostgreSQL types, self-references (Task's lineage) and auto-increment columns.
 * @param {import("pg").ClientBase} client
 */
export async function targetTables(client) {
  const { rows: columns } = await client.query(
    `SELECT table_name::text AS "table", column_name::text AS "column", data_type::text AS "type",
            (column_default LIKE 'nextval(%' OR is_identity = 'YES') AS "serial"
       FROM information_schema.columns
      WHERE table_schema = current_schema()
      ORDER BY table_name, ordinal_position`,
  );
  const { rows: keys } = await client.query(
    `SELECT child.relname::text AS "table", parent.relname::text AS "parent",
            (SELECT string_agg(attname::text, ',') FROM pg_attribute
              WHERE attrelid = c.conrelid AND attnum = ANY (c.conkey)) AS "columns"
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid
       JOIN pg_class parent ON parent.oid = c.confrelid
      WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace`,
  );
  /** @type {Map<string, { name: string, columns: {name: string, type: string, serial: boolean}[], parents: Set<string>, selfColumns: string[] }>} */
  const tables = new Map();
  for (const row of columns) {
    if (SKIPPED_TABLES.has(row.table)) continue;
    if (!tables.has(row.table))
      tables.set(row.table, { name: row.table, columns: [], parents: new Set(), selfColumns: [] });
    tables.get(row.table)?.columns.push({ name: row.column, type: row.type, serial: row.serial === true });
  }
  for (const key of keys) {
    const table = tables.get(key.table);
    if (!table) continue;
    if (key.parent === key.table) table.selfColumns.push(...key.columns.split(","));
    else table.parents.add(key.parent);
  }
  return inForeignKeyOrder(tables);
}

/** Topological order: a table comes after every table its foreign keys point at. */
function inForeignKeyOrder(tables) {
  const ordered = [];
  const placed = new Set();
  while (placed.size < tables.size) {
    const ready = [...tables.values()].filter(
      (table) =>
        !placed.has(table.name) &&
        [...table.parents].every((parent) => placed.has(parent) || !tables.has(parent)),
    );
    if (ready.length === 0) throw new Error("The target's foreign keys form a cycle between tables.");
    for (const table of ready.sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}

// SQLite's CURRENT_TIMESTAMP (a column default): UTC, without a zone.
const SQLITE_NOW = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d+)?$/;
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A DateTime as SQLite holds it → ISO-8601 UTC text. Prisma's adapter writes "…T…+00:00" ("iso8601", its
 * default) or milliseconds since 1970 ("unixepoch-ms"); column defaults write "YYYY-MM-DD HH:MM:SS" in UTC.
 * The text is bound, not a Date: pg would send a Date in the process's local time, and a `timestamp without
 * time zone` column ignores the zone of its input, keeping the UTC wall time exactly as Prisma stores it.
 * @param {unknown} value
 * @returns {string}
 */
export function toUtcText(value) {
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value)).toISOString();
  const text = String(value).trim();
  if (/^-?\d+$/.test(text)) return new Date(Number(text)).toISOString();
  const iso = SQLITE_NOW.test(text) ? `${text.replace(" ", "T")}Z` : HAS_ZONE.test(text) ? text : `${text}Z`;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new Error(`not a date: ${JSON.stringify(text.slice(0, 40))}`);
  return new Date(time).toISOString();
}

/**
 * One SQLite value → the parameter for a PostgreSQL column of `type` (information_schema's data_type).
 * @param {string} type
 * @param {unknown} value
 * @returns {unknown}
 */
export function toPostgresValue(type, value) {
  if (value === null || value === undefined) return null;
  if (type.startsWith("timestamp") || type === "date") return toUtcText(value);
  // Prisma's SQLite adapter stores Boolean as 1 / 0.
  if (type === "boolean") {
    if (value === 1 || value === 1n || value === "1" || value === "true" || value === true) return true;
    if (value === 0 || value === 0n || value === "0" || value === "false" || value === false) return false;
    throw new Error(`not a boolean: ${JSON.stringify(String(value))}`);
  }
  // BigInt and Decimal go as text: pg would lose digits past 2^53 in a JavaScript number.
  if (typeof value === "bigint") return value.toString();
  // bytea takes the Buffer; Json is text on SQLite and parses as it is on PostgreSQL.
  if (Buffer.isBuffer(value)) return value;
  if (type === "text" || type.startsWith("character") || type === "json" || type === "jsonb")
    return String(value);
  return value;
}

/**
 * The source's rows of `table` in an order PostgreSQL accepts them in: for a self-referencing table (lineage),
 * each row after the row it points at (depth first by a recursive query). Returns the SQLite statement.
 * @param {import("better-sqlite3").Database} sqlite
 */
function sourceRows(sqlite, table) {
  const list = table.columns.map((column) => `t.${quote(column.name)}`).join(", ");
  const name = quote(table.name);
  if (table.selfColumns.length === 0)
    return sqlite.prepare(`SELECT ${list} FROM ${name} AS t ORDER BY rowid`);
  // A row comes at depth 1 + the depth of every row it references; roots (no reference) at 0.
  const [self] = table.selfColumns;
  return sqlite.prepare(
    `WITH RECURSIVE depth(id, d) AS (
       SELECT "id", 0 FROM ${name} WHERE ${quote(self)} IS NULL
       UNION ALL SELECT c."id", depth.d + 1 FROM ${name} AS c JOIN depth ON c.${quote(self)} = depth.id
     )
     SELECT ${list} FROM ${name} AS t JOIN depth ON depth.id = t."id" ORDER BY depth.d, t.rowid`,
  );
}

/**
 * Copies every row of `table` from SQLite into the open PostgreSQL transaction, in batches. Returns the count.
 * Throws (the caller rolls back) when a value cannot be converted or PostgreSQL refuses a row.
 */
export async function copyTable(sqlite, client, table) {
  if (table.selfColumns.length > 1)
    throw new Error(`${table.name} references itself through several columns; this copy handles one.`);
  const sourceColumns = new Set(
    sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table.name),
  );
  if (sourceColumns.size === 0) throw new Error(`The source has no table ${table.name}.`);
  const missing = table.columns.filter((column) => !sourceColumns.has(column.name));
  if (missing.length)
    throw new Error(`The source's ${table.name} lacks ${missing.map((c) => c.name).join(", ")}.`);

  const width = table.columns.length;
  const perBatch = Math.max(1, Math.min(MAX_BATCH_ROWS, Math.floor(MAX_PARAMETERS / width)));
  const head = `INSERT INTO ${quote(table.name)} (${table.columns.map((c) => quote(c.name)).join(", ")}) VALUES `;
  let copied = 0;
  let batch = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const tuples = batch.map(
      (_, row) => `(${table.columns.map((__, col) => `$${row * width + col + 1}`).join(", ")})`,
    );
    await client.query(head + tuples.join(", "), batch.flat());
    copied += batch.length;
    batch = [];
  };
  for (const row of sourceRows(sqlite, table).raw().iterate()) {
    batch.push(
      row.map((value, i) => {
        const column = table.columns[i];
        try {
          return toPostgresValue(column.type, value);
        } catch (error) {
          throw new Error(`${table.name}.${column.name}: ${error.message}`, { cause: error });
        }
      }),
    );
    if (batch.length >= perBatch) await flush();
  }
  await flush();
  const total = sqlite
    .prepare(`SELECT count(*) FROM ${quote(table.name)}`)
    .pluck()
    .get();
  if (copied !== total) {
    throw new Error(
      `${table.name}: ${total - copied} of ${total} rows are not reachable from a row without a ` +
        `${table.selfColumns[0]} (a reference cycle or a reference to a missing row).`,
    );
  }
  return copied;
}

/** Moves auto-increment sequences past the copied ids, so the next insert does not collide with one. */
export async function resetSequences(client, tables) {
  for (const table of tables) {
    for (const column of table.columns.filter((c) => c.serial)) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST(MAX(${quote(column.name)}), 1),
                       MAX(${quote(column.name)}) IS NOT NULL) FROM ${quote(table.name)}`,
        [quote(table.name), column.name],
      );
    }
  }
}

export { quote };
