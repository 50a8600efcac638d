import type { BulkResultDto } from "@/lib/schemas/organize";

/**
 * "4 done." plus, when some were skipped, "1 skipped: not yours." (the first reason stands for all; the server
 * skips for one reason per operation in practice).
 */
export function bulkResultText(
  result: BulkResultDto,
  done: (count: number) => string,
  skipped: (count: number, reason: string) => string,
): string {
  const first = result.skipped[0];
  const text = done(result.changed.length);
  return first ? `${text} ${skipped(result.skipped.length, first.reason)}` : text;
}
