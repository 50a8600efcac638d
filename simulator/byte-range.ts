import "server-only";

// HTTP byte ranges (RFC 9110 14) for the simulator's files: one range per request, which is all media players ask
// for. `bytes=a-b`, `bytes=a-` and `bytes=-n` are honoured; a range past the end is 416; anything we do not
// understand (several ranges, other units) gets the whole file, as the RFC allows.

export type ParsedRange = { start: number; end: number } | "unsatisfiable" | null;

/** The one range a `Range` header asks for within `size` bytes, "unsatisfiable", or null for "send it all". */
export function parseRange(header: string | null, size: number): ParsedRange {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, first = "", last = ""] = match;
  if (first === "" && last === "") return null;
  if (first === "") {
    // A suffix: the last n bytes.
    const n = Number(last);
    if (n === 0) return "unsatisfiable";
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return "unsatisfiable";
  const end = last === "" ? size - 1 : Math.min(Number(last), size - 1);
  return end < start ? null : { start, end };
}

/** 200 with the whole body, 206 with the asked part, or 416; always `Accept-Ranges: bytes`. */
export function byteRangeResponse(
  data: Uint8Array,
  rangeHeader: string | null,
  headers: Record<string, string>,
): Response {
  const size = data.length;
  const range = parseRange(rangeHeader, size);
  const common = { ...headers, "accept-ranges": "bytes" };
  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...common, "content-range": `bytes */${size}` } });
  }
  if (range === null) {
    return new Response(new Uint8Array(data), {
      status: 200,
      headers: { ...common, "content-length": String(size) },
    });
  }
  const part = data.slice(range.start, range.end + 1);
  return new Response(part, {
    status: 206,
    headers: {
      ...common,
      "content-length": String(part.length),
      "content-range": `bytes ${range.start}-${range.end}/${size}`,
    },
  });
}
