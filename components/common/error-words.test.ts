import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { ApiError, toApiError } from "@/lib/api-client";
import en from "@/messages/en.json";

import { errorWords } from "./error-words";

const t = createTranslator({ locale: "en", messages: en, namespace: "errors" });
const say = (error: unknown) => {
  const words = errorWords(error);
  return t(words.key, words.values);
};

describe("errorWords", () => {
  it("names the banned word", () => {
    const error = toApiError(422, {
      error: { code: "banned_prompt", message: "x", details: { bannedWord: "gore" } },
    });
    expect(say(error)).toBe('Banned word: "gore"');
  });

  it("explains upstream trouble without codes", () => {
    expect(say(new ApiError("upstream_queue_full", "full", 429))).toBe(
      "Midjourney's queue is full. Wait a minute, then try again.",
    );
    expect(say(new ApiError("network", "x", 0))).toBe(
      "The server could not be reached. Nothing was lost; try again.",
    );
    expect(say(toApiError(502, "<html>Bad gateway</html>"))).toBe(
      "Midjourney cannot be reached right now. Try again in a moment.",
    );
  });

  it("says video is off upstream, without the upstream's code", () => {
    const error = toApiError(422, { error: { code: "upstream_video_disabled", message: "x (code 4)" } });
    expect(say(error)).toBe(
      "Video is switched off on the Midjourney service this studio uses. Ask whoever runs that service to enable it.",
    );
  });

  it("passes validation messages through", () => {
    expect(say(new ApiError("validation_failed", "prompt must not be empty", 422))).toBe(
      "Please check your input: prompt must not be empty",
    );
  });
});

describe("team errors", () => {
  it("words a daily limit with the counts and a local reset time", () => {
    const words = errorWords(
      new ApiError("daily_limit_reached", "Daily limit reached", 429, {
        used: 3,
        limit: 3,
        resetsAt: "2026-11-27T00:00:00.000Z",
      }),
    );
    expect(words.key).toBe("daily_limit_reached");
    expect(words.values).toMatchObject({ used: 3, limit: 3 });
    expect(typeof words.values?.time).toBe("string");
  });

  it("falls back to the server's sentence when details are missing", () => {
    expect(errorWords(new ApiError("daily_limit_reached", "over", 429)).key).toBe("generic");
    expect(errorWords(new ApiError("forbidden", "Only an admin can do this.", 403))).toEqual({
      key: "forbidden",
      values: { message: "Only an admin can do this." },
    });
  });
});
