import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";

import { tightenDataPermissions } from "./data-permissions";

const mode = (file: string) => statSync(file).mode & 0o777;
const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("tightenDataPermissions", () => {
  it("makes the data folder 0700 and the database and secret files 0600", () => {
    const root = mkdtempSync(path.join(tmpdir(), "mj-perm-"));
    dirs.push(root);
    const data = path.join(root, "data");
    mkdirSync(data, { mode: 0o755 });
    mkdirSync(path.join(data, "images"), { mode: 0o755 });
    for (const name of ["studio.db", "studio.db-wal", "studio-secret", "notify-secret"]) {
      writeFileSync(path.join(data, name), "x");
      chmodSync(path.join(data, name), 0o644);
    }
    const elsewhere = path.join(root, "other.db");
    writeFileSync(elsewhere, "x");
    chmodSync(elsewhere, 0o644);

    expect(tightenDataPermissions(data, `file:${elsewhere}`)).toEqual([]);

    expect(mode(data)).toBe(0o700);
    for (const name of ["studio.db", "studio.db-wal", "studio-secret", "notify-secret"]) {
      expect(mode(path.join(data, name))).toBe(0o600);
    }
    expect(mode(elsewhere)).toBe(0o600);
  });

  it("tightens the data folder and leaves the database alone when it is PostgreSQL", () => {
    const data = mkdtempSync(path.join(tmpdir(), "mj-perm-"));
    dirs.push(data);
    chmodSync(data, 0o755);
    expect(tightenDataPermissions(data, "postgresql://studio@127.0.0.1:5432/studio")).toEqual([]);
    expect(mode(data)).toBe(0o700);
  });

  it("never throws: a missing folder is simply nothing to do", () => {
    expect(() =>
      tightenDataPermissions("/nonexistent/mj-studio-data", "file:/nonexistent/x.db"),
    ).not.toThrow();
    expect(tightenDataPermissions("/nonexistent/mj-studio-data", "file:/nonexistent/x.db")).toEqual([]);
  });
});
