import "server-only";

import type { ZodError } from "zod";

import { AppError } from "@/lib/errors";

// Reading JSON request bodies into our error shape, for the route wrapper (http.ts) and the auth body guard
// alike: below both, so neither has to import the other.

/** True for `application/json` (with or without parameters such as charset): the only body type we read. */
export function isJsonContentType(type: string | null): boolean {
  return /^application\/json\b/i.test(type ?? "");
}

/**
 * JSON.parse, plus a refusal of lone UTF-16 surrogates: JSON may spell them ("\ud800"), but no real character
 * is one and nothing downstream (SQLite, UTF-8, the upstream) can carry them, so they used to end as a 500.
 */
export function parseJsonText(text: string): unknown {
  const found: { key: string | null } = { key: null };
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (found.key === null && (!key.isWellFormed() || (typeof value === "string" && !value.isWellFormed())))
        found.key = key.toWellFormed();
      return value;
    });
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  if (found.key !== null) {
    const where = found.key === "" ? "The request body" : `"${found.key.slice(0, 40)}"`;
    throw new AppError(
      "validation_failed",
      `${where} contains a broken character (an unpaired UTF-16 surrogate such as \\ud800); send valid Unicode text.`,
    );
  }
  return data;
}

/** "references.2: each reference must be a data URL string" — the first issue, with its path. */
export function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "The request is invalid.";
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return `${where}${issue.message}`;
}
