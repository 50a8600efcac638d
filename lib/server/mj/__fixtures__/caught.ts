// Awaits a promise that must reject with an error of one class and returns it for further assertions.
import { expect } from "vitest";

import { MjError } from "../errors";

export async function rejectionOf<E>(
  p: Promise<unknown>,
  kind: abstract new (...args: never[]) => E,
): Promise<E> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(kind);
  return e as E;
}

/** The MjError an upstream call rejects with. */
export function caught(p: Promise<unknown>): Promise<MjError> {
  return rejectionOf(p, MjError);
}
