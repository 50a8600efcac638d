import { describe, expect, it } from "vitest";

import { childActionFor } from "./custom-id";

const h = "3785da15-4f70-4034-9128-f3ff1ac634fa";

describe("childActionFor", () => {
  it.each([
    [`MJ::JOB::upsample::2::${h}`, "IMAGINE", "UPSCALE", "U2"],
    [`MJ::JOB::variation::3::${h}`, "IMAGINE", "VARIATION", "V3"],
    [`MJ::JOB::reroll::0::${h}::SOLO`, "IMAGINE", "IMAGINE", null],
    [`MJ::JOB::reroll::0::${h}::SOLO`, "UPSCALE", "IMAGINE", null],
    [`MJ::JOB::reroll::0::${h}::SOLO`, "BLEND", "BLEND", null],
    [`MJ::JOB::upsample_v7_2x_subtle::1::${h}::SOLO`, "UPSCALE", "UPSCALE", null],
    [`MJ::JOB::high_variation::1::${h}::SOLO`, "UPSCALE", "VARIATION", null],
    [`MJ::JOB::pan_left::1::${h}::SOLO`, "UPSCALE", "PAN", null],
    [`MJ::Outpaint::50::1::${h}::SOLO`, "UPSCALE", "ZOOM", null],
    [`MJ::CustomZoom::${h}`, "UPSCALE", "ZOOM", null],
    [`MJ::Inpaint::1::${h}::SOLO`, "UPSCALE", "VARIATION", null],
    ["MJ::Job::PicReader::2", "DESCRIBE", "IMAGINE", null],
    ["MJ::Job::PicReader::all", "DESCRIBE", "IMAGINE", null],
    ["MJ::Picread::Retry", "DESCRIBE", "DESCRIBE", null],
    ["MJ::Job::PromptAnalyzer::5", "SHORTEN", "IMAGINE", null],
    ["MJ::Job::PromptAnalyzer::ShowDetails", "SHORTEN", "SHORTEN", null],
    [`MJ::JOB::animate_high::1::${h}::SOLO`, "UPSCALE", "VIDEO", null],
    [`MJ::JOB::animate_low::1::${h}::SOLO`, "UPSCALE", "VIDEO", null],
    [`MJ::JOB::animate_low_extend::1::${h}`, "VIDEO", "VIDEO", null],
    [`MJ::JOB::animate_high_extend::1::${h}`, "VIDEO", "VIDEO", null],
    [`MJ::JOB::video_virtual_upscale::3::${h}`, "VIDEO", "VIDEO", "U3"],
    ["MJ::Something::new", "IMAGINE", "ACTION", null],
  ])("%s on %s creates %s", (customId, parent, action, label) => {
    expect(childActionFor(customId, parent)).toEqual({ action, label });
  });
});
