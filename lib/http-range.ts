// HTTP Range for serving stored clips (RFC 9110 §14): browsers ask for `bytes=0-` first and then seek with
// `bytes=<start>-`; Safari insists on a 206 answer before it plays a <video> at all. Only one range is served
// (multipart/byteranges is for clients we do not have); a header we cannot honour is ignored and the whole file
// sent, as the RFC allows, except a start beyond the end, which is a 416.

export type RangeAnswer =
  { kind: "whole" } | { kind: "partial"; start: number; end: number } | { kind: "unsatisfiable" };

const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/** The part of a `size`-byte file to send for a Range header (null/absent: the whole file). `end` is inclusive. */
export function parseRange(header: string | null | undefined, size: number): RangeAnswer {
  if (!header) return { kind: "whole" };
  const match = SINGLE_RANGE.exec(header.trim());
  if (!match) return { kind: "whole" };
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return { kind: "whole" };
  if (first === "") {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (!Number.isSafeInteger(length)) return { kind: "whole" };
    if (length === 0 || size === 0) return { kind: "unsatisfiable" };
    return { kind: "partial", start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (!Number.isSafeInteger(start)) return { kind: "whole" };
  if (start >= size) return { kind: "unsatisfiable" };
  const requestedEnd = last === "" ? size - 1 : Number(last);
  if (!Number.isSafeInteger(requestedEnd) || requestedEnd < start) return { kind: "whole" };
  return { kind: "partial", start, end: Math.min(requestedEnd, size - 1) };
}

/** `Content-Range` for a partial answer, or for a 416 (`bytes * /size`). */
export function contentRange(answer: RangeAnswer, size: number): string | null {
  if (answer.kind === "partial") return `bytes ${answer.start}-${answer.end}/${size}`;
  if (answer.kind === "unsatisfiable") return `bytes */${size}`;
  return null;
}
