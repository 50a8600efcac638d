// Awaits a promise that must reject with an MjError and returns it for further assertions.
import { expect } from "vitest";

import { MjError } from "../errors";

export async function caught(p: Promise<unknown>): Promise<MjError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(MjError);
  return e as MjError;
}
