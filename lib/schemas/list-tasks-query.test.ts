import { describe, expect, it } from "vitest";

import { ListTasksQuery } from "./task-input";

/** The first error message, as the API would report it (path: message). */
function errorOf(input: Record<string, unknown>): string {
  const result = ListTasksQuery.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  const issue = result.error.issues[0];
  return `${issue?.path.join(".")}: ${issue?.message}`;
}

describe("ListTasksQuery", () => {
  it("defaults to everyone's tasks, 24 per page, no filters", () => {
    expect(ListTasksQuery.parse({})).toEqual({ scope: "all", limit: 24 });
  });

  it("reads a full query string", () => {
    const params = new URLSearchParams(
      "scope=mine&member=u_bo&status=failed&type=IMAGINE,UPSCALE&from=2026-10-01&to=2026-10-31" +
        "&favorites=1&collection=c_1&q=%20red%20fox%20&trash=true&cursor=1700000000000.t_abc&limit=50",
    );
    expect(ListTasksQuery.parse(Object.fromEntries(params))).toEqual({
      scope: "mine",
      member: "u_bo",
      status: "failed",
      type: ["IMAGINE", "UPSCALE"],
      from: "2026-10-01",
      to: "2026-10-31",
      favorites: true,
      collection: "c_1",
      q: "red fox",
      trash: true,
      cursor: "1700000000000.t_abc",
      limit: 50,
    });
  });

  it("treats empty parameters (?q=&type=) as not given", () => {
    const parsed = ListTasksQuery.parse({
      scope: "",
      member: "",
      type: "",
      from: "",
      to: " ",
      favorites: "",
      trash: "",
      cursor: "",
      limit: "",
    });
    expect(parsed).toEqual({ scope: "all", limit: 24 });
  });

  it("accepts one action, repeated actions, spaces around commas and a list", () => {
    expect(ListTasksQuery.parse({ type: "SWAP_FACE" }).type).toEqual(["SWAP_FACE"]);
    expect(ListTasksQuery.parse({ type: "ZOOM, PAN ,ZOOM" }).type).toEqual(["ZOOM", "PAN"]);
    expect(ListTasksQuery.parse({ type: ["IMAGINE", "BLEND"] }).type).toEqual(["IMAGINE", "BLEND"]);
  });

  it("reads 0/false as flags turned off", () => {
    expect(ListTasksQuery.parse({ favorites: "0", trash: "false" })).toMatchObject({
      favorites: false,
      trash: false,
    });
  });

  it("allows a one-day range (from = to)", () => {
    expect(ListTasksQuery.parse({ from: "2026-02-28", to: "2026-02-28" })).toMatchObject({
      from: "2026-02-28",
    });
  });

  it("rejects bad values with messages that say what is wrong", () => {
    expect(errorOf({ scope: "team" })).toBe('scope: scope must be "all" or "mine"');
    expect(errorOf({ status: "done" })).toBe('status: status must be "active", "succeeded" or "failed"');
    expect(errorOf({ type: "imagine" })).toMatch(
      /^type: type must be task actions in capitals.*"imagine" is not one/,
    );
    expect(errorOf({ type: "IMAGINE;DROP" })).toMatch(/"IMAGINE;DROP" is not one/);
    expect(errorOf({ type: Array.from({ length: 21 }, (_, i) => `A${i}`).join(",") })).toBe(
      "type: type lists at most 20 actions",
    );
    expect(errorOf({ from: "2026/10/01" })).toBe("from: from must be a date as YYYY-MM-DD, e.g. 2026-11-28");
    expect(errorOf({ to: "2026-02-30" })).toBe(
      "to: to is not a real calendar date (check the month and day)",
    );
    expect(errorOf({ from: "2026-13-01" })).toMatch(/^from: from is not a real calendar date/);
    expect(errorOf({ favorites: "yes" })).toBe(
      "favorites: favorites must be 1 or true (or 0 / false to turn it off)",
    );
    expect(errorOf({ trash: "2" })).toMatch(/^trash: trash must be 1 or true/);
    expect(errorOf({ q: "x".repeat(201) })).toBe("q: q (the search text) must be at most 200 characters");
    expect(errorOf({ member: "u".repeat(129) })).toBe("member: member must be at most 128 characters");
    expect(errorOf({ cursor: "page-2" })).toMatch(/^cursor: cursor is not a cursor this API returned/);
  });

  it("rejects a limit outside 1..100 or not a whole number", () => {
    for (const limit of ["0", "101", "2.5", "ten", "-1"]) {
      expect(errorOf({ limit })).toBe("limit: limit must be a whole number from 1 to 100");
    }
    expect(ListTasksQuery.parse({ limit: "100" }).limit).toBe(100);
    expect(ListTasksQuery.parse({ limit: "1" }).limit).toBe(1);
  });

  it("rejects a range whose end is before its start", () => {
    expect(errorOf({ from: "2026-10-05", to: "2026-10-01" })).toBe(
      "to: to (2026-10-01) is before from (2026-10-05); to must be the same day as from or later",
    );
  });
});
