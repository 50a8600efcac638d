import { describe, expect, it } from "vitest";

import type { UpstreamSettingsDto } from "@/lib/schemas/admin-settings";

import { formToInput, initialFormState, validateForm } from "./upstream-form-state";

const view: UpstreamSettingsDto = {
  baseUrl: { value: "https://saved.test", source: "saved", envValue: null },
  authStyle: { value: "mj-api-secret", source: "env", envValue: "mj-api-secret" },
  mode: { value: "relax", source: "saved", envValue: "none" },
  accountFilter: { value: null, source: "saved", envValue: { remark: "team" } },
  key: { hasKey: true, source: "saved", saved: true },
  simulator: false,
  warnings: [],
  updatedAt: null,
};

describe("upstream settings form state", () => {
  it("fills saved values, leaves env defaults and the key empty", () => {
    expect(initialFormState(view)).toEqual({
      baseUrl: "https://saved.test",
      apiKey: "",
      clearKey: false,
      authStyle: "",
      mode: "relax",
      accountFilter: "{}",
    });
  });

  it("sends every field, empty ones as null, and the key only when typed", () => {
    const state = { ...initialFormState(view), baseUrl: " ", accountFilter: "" };
    expect(formToInput(state)).toEqual({
      baseUrl: null,
      authStyle: null,
      mode: "relax",
      accountFilter: null,
    });
    expect(formToInput({ ...state, apiKey: " sk-1 " }).apiKey).toBe("sk-1");
    expect(formToInput({ ...state, apiKey: "sk-1", clearKey: true })).toMatchObject({ clearKey: true });
    expect(formToInput({ ...state, apiKey: "sk-1", clearKey: true })).not.toHaveProperty("apiKey");
  });

  it("reports a bad URL and a bad accountFilter inline", () => {
    const state = initialFormState(view);
    expect(validateForm(state)).toEqual({});
    expect(validateForm({ ...state, baseUrl: "ftp://x" }).baseUrl).toBe("invalid");
    expect(validateForm({ ...state, apiKey: "two words" }).apiKey).toBe("invalid");
    expect(validateForm({ ...state, apiKey: "two words", clearKey: true }).apiKey).toBeUndefined();
    expect(validateForm({ ...state, accountFilter: "{" }).accountFilter?.kind).toBe("json");
    expect(validateForm({ ...state, accountFilter: '{"modes":["SLOW"]}' }).accountFilter).toMatchObject({
      kind: "shape",
      message: expect.stringContaining("modes.0") as unknown,
    });
  });
});
