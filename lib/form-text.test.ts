import { describe, expect, it } from "vitest";

import { formText } from "./form-text";

describe("formText", () => {
  const form = new FormData();
  form.set("email", "ada@example.com");
  form.set("avatar", new Blob(["x"]), "a.png");

  it.each([
    ["a text field", "email", "ada@example.com"],
    ["a missing field", "password", ""],
    ["a file field, never [object File]", "avatar", ""],
  ])("reads %s", (_what, name, expected) => {
    expect(formText(form, name)).toBe(expected);
  });
});
