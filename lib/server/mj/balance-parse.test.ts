import { describe, expect, it } from "vitest";

import { parseAccountFastTime, parseBilling } from "./balance-parse";

describe("parseBilling (new-api / one-api billing endpoints)", () => {
  it("reads the limit in USD and the usage in cents", () => {
    expect(
      parseBilling({ object: "billing_subscription", hard_limit_usd: 50 }, { total_usage: 1234 }),
    ).toEqual({
      limitUsd: 50,
      usedUsd: 12.34,
      remainingUsd: 37.66,
    });
  });

  it("takes numbers sent as strings and never goes below zero", () => {
    expect(parseBilling({ hard_limit_usd: "10" }, { total_usage: "2500" })).toEqual({
      limitUsd: 10,
      usedUsd: 25,
      remainingUsd: 0,
    });
  });

  it("treats an unlimited key's huge limit as no limit, keeping the usage", () => {
    expect(parseBilling({ hard_limit_usd: 100000000 }, { total_usage: 500 })).toEqual({
      limitUsd: null,
      usedUsd: 5,
      remainingUsd: null,
    });
  });

  it("keeps the limit when only the subscription answered", () => {
    expect(parseBilling({ hard_limit_usd: 20 }, undefined)).toEqual({
      limitUsd: 20,
      usedUsd: null,
      remainingUsd: null,
    });
  });

  it.each([
    ["both missing (404s)", undefined, undefined],
    ["an MJ proxy's error body", { code: 4, description: "not found" }, { code: 4 }],
    ["garbage", "<html>", ["x"]],
    ["negative figures", { hard_limit_usd: -1 }, { total_usage: -5 }],
  ])("is null for %s", (_label, sub, usage) => {
    expect(parseBilling(sub, usage)).toBeNull();
  });
});

describe("parseAccountFastTime (MJ proxies' account list)", () => {
  it("adds up the fast hours of the accounts that report them", () => {
    expect(
      parseAccountFastTime([
        { id: "1", fastTimeRemaining: 10.5 },
        { id: "2", fastTimeRemaining: "3.25/15.0 hours" },
        { id: "3" },
      ]),
    ).toEqual({ remainingHours: 13.75, accounts: 2 });
  });

  it("reads a wrapped list", () => {
    expect(parseAccountFastTime({ content: [{ fastTimeRemaining: 2 }] })).toEqual({
      remainingHours: 2,
      accounts: 1,
    });
  });

  it.each([
    ["an OSS list without the field", [{ id: "1", enable: true }]],
    ["an empty list", []],
    ["an error body", { code: 4, description: "no" }],
    ["text", "nope"],
    ["nothing", undefined],
    ["unreadable values", [{ fastTimeRemaining: "unknown" }, { fastTimeRemaining: -3 }]],
  ])("is null for %s", (_label, json) => {
    expect(parseAccountFastTime(json)).toBeNull();
  });
});
