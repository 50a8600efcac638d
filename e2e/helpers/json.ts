// Typed reads of our API's JSON answers for the e2e specs. Playwright's `res.json()` is `any`; reading it through
// these keeps a typo in a field name a type error instead of an `undefined` that an assertion may happen to accept.
import type { APIResponse } from "@playwright/test";
import { z } from "zod";

// lib/errors.ts AppErrorBody: the one shape every failing route answers with.
const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ApiError = z.infer<typeof ErrorBody>["error"];

/** The `error` of a failure answer; the test fails here if the body is not our error shape. */
export async function errorOf(res: APIResponse): Promise<ApiError> {
  return ErrorBody.parse(await res.json()).error;
}

/**
 * The body as the DTO type the route is documented to answer with. The one place the e2e specs trust a JSON
 * shape without parsing it: the assertions that follow check the fields they rely on.
 */
export async function jsonAs<T>(res: APIResponse): Promise<T> {
  return (await res.json()) as T;
}
