// What the admin's audit log and the usage report send to the browser, checked on the server before sending.
import { z } from "zod";

/** One admin action; `detail` is whatever the action recorded (never a secret). */
export const AuditEntryDto = z.object({
  id: z.string(),
  actorName: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type AuditEntryDto = z.infer<typeof AuditEntryDto>;
export const AuditListDto = z.object({ items: z.array(AuditEntryDto) });
export type AuditListDto = z.infer<typeof AuditListDto>;

/** Inclusive UTC days, YYYY-MM-DD. */
export const UsageRangeDto = z.object({ from: z.string(), to: z.string() });
export type UsageRange = z.infer<typeof UsageRangeDto>;

/** One row per UTC day, member and task type. */
export const UsageRowDto = z.object({
  day: z.string(),
  memberName: z.string(),
  memberEmail: z.string(),
  action: z.string(),
  count: z.number().int(),
});
export type UsageRow = z.infer<typeof UsageRowDto>;

export const UsageDto = z.object({ range: UsageRangeDto, rows: z.array(UsageRowDto) });
export type UsageDto = z.infer<typeof UsageDto>;
