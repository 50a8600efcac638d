import { describe, expect, it } from "vitest";

import {
  E19_FAILURE,
  E20_AGG_BEFORE_SYNC,
  E6_IN_PROGRESS,
  E7_SUCCESS_WITH_BUTTONS,
} from "./__fixtures__/wire";
import { parseCallbackTask } from "./callback";
import { reshapeTask } from "./reshape";

// A TRUE-shaped callback (mj-api.md 10: the whole TaskInfo, camelCase, enum names), with fields no fetch reshape
// looks at: they must be tolerated, not refused.
const TRUE_SUCCESS = JSON.stringify({
  id: "1730621826053455",
  parentId: null,
  botType: "MID_JOURNEY",
  mode: "FAST",
  action: "IMAGINE",
  status: "SUCCESS",
  progress: "100%",
  prompt: "a red fox",
  submitTime: 1730621826053,
  startTime: 1730621828024,
  finishTime: 1730621855817,
  imageUrl: "https://cdn.example/fox.png",
  instanceId: "1118138338562560102",
  properties: { finalPrompt: "a red fox --v 6.1", notifyHook: "http://studio/api/mj/notify?token=x" },
  buttons: [{ customId: "MJ::JOB::upsample::1::h", label: "U1", emoji: "", style: 2, type: 2 }],
});

describe("parseCallbackTask", () => {
  it.each([
    ["OSS IN_PROGRESS", E6_IN_PROGRESS],
    ["PLUS SUCCESS with buttons", E7_SUCCESS_WITH_BUTTONS],
    ["FAILURE", E19_FAILURE],
    ["aggregator before its first sync", E20_AGG_BEFORE_SYNC],
  ])("reads a %s body exactly as a fetch of the same JSON", (_name, body) => {
    const parsed = parseCallbackTask(body);
    expect(parsed).toEqual({ ok: true, task: reshapeTask(JSON.parse(body)) });
  });

  it("reads a TRUE-shaped body with its buttons", () => {
    const parsed = parseCallbackTask(TRUE_SUCCESS);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.task).toMatchObject({
      upstreamId: "1730621826053455",
      status: "SUCCESS",
      progress: 100,
      finalPrompt: "a red fox --v 6.1",
      buttons: [{ customId: "MJ::JOB::upsample::1::h", label: "U1", emoji: "" }],
    });
  });

  it("keeps a numeric id exact while it is safe", () => {
    const parsed = parseCallbackTask(`{"id":1730621826053455,"status":"SUBMITTED","progress":"0%"}`);
    expect(parsed.ok && parsed.task.upstreamId).toBe("1730621826053455");
  });

  it.each([
    ["not JSON", "<html>nope", /not JSON/],
    ["empty", "", /not JSON/],
    ["an array", "[]", /task object with an id/],
    ["a string", '"SUCCESS"', /task object with an id/],
    ["no id", '{"status":"SUCCESS"}', /task object with an id/],
    ["an empty id", '{"id":"  ","status":"SUCCESS"}', /task object with an id/],
    ["an unsafe numeric id", '{"id":9007199254740993,"status":"SUCCESS"}', /task object with an id/],
  ])("refuses %s", (_name, body, reason) => {
    const parsed = parseCallbackTask(body);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
