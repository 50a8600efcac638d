// Account-related request bodies and DTOs, shared by route handlers and forms.
import { z } from "zod";

import { DisplayName } from "./display-name";

export const MIN_PASSWORD_LENGTH = 10;
export const Role = z.enum(["admin", "member"]);
export type Role = z.infer<typeof Role>;

const name = DisplayName;
const email = z.email({ error: "email must be an e-mail address" }).trim().toLowerCase().max(200);
const password = z
  .string({
    error: (issue) => (issue.input === undefined ? "password is required" : "password must be text"),
  })
  .min(MIN_PASSWORD_LENGTH, `password must be at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, "password must be at most 200 characters");
/** Tasks per UTC day; null = no limit. */
export const DailyLimit = z
  .number({ error: "dailyLimit must be a whole number or null" })
  .int("dailyLimit must be a whole number")
  .min(0, "dailyLimit must be 0 or more")
  .max(100_000)
  .nullable();

export const SetupInput = z.object({ name, email, password });
export type SetupInput = z.infer<typeof SetupInput>;

export const CreateMemberInput = z.object({
  name,
  email,
  password,
  role: Role.default("member"),
  dailyLimit: DailyLimit.default(null),
});
export type CreateMemberInput = z.input<typeof CreateMemberInput>;

export const UpdateMemberInput = z
  .object({
    name: name.optional(),
    role: Role.optional(),
    dailyLimit: DailyLimit.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, "send at least one of name, role, dailyLimit, disabled");
export type UpdateMemberInput = z.input<typeof UpdateMemberInput>;

export const CreateInviteInput = z.object({
  role: Role.default("member"),
  dailyLimit: DailyLimit.default(null),
  expiresInDays: z
    .number()
    .int()
    .min(1, "expiresInDays must be 1–30")
    .max(30, "expiresInDays must be 1–30")
    .default(7),
});
export type CreateInviteInput = z.input<typeof CreateInviteInput>;

export const AcceptInviteInput = z.object({ name, email, password });
export type AcceptInviteInput = z.infer<typeof AcceptInviteInput>;

export const MemberDto = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: Role,
  dailyLimit: z.number().int().nullable(),
  disabled: z.boolean(),
  usedToday: z.number().int(),
  createdAt: z.string(),
});
export type MemberDto = z.infer<typeof MemberDto>;

export const InviteDto = z.object({
  id: z.string(),
  role: Role,
  dailyLimit: z.number().int().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  state: z.enum(["open", "used", "expired", "revoked"]),
  usedByName: z.string().nullable(),
});
export type InviteDto = z.infer<typeof InviteDto>;

/** The one time an invite's link exists in full: the response to its creation. */
export const CreatedInviteDto = InviteDto.extend({ url: z.string() });
export type CreatedInviteDto = z.infer<typeof CreatedInviteDto>;

export const InviteInfoDto = z.object({ role: Role, expiresAt: z.string() });
export type InviteInfoDto = z.infer<typeof InviteInfoDto>;

export const MeDto = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: Role,
  usage: z.object({ limit: z.number().int().nullable(), used: z.number().int(), resetsAt: z.string() }),
});
export type MeDto = z.infer<typeof MeDto>;

export const MemberRefListDto = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
export type MemberRefListDto = z.infer<typeof MemberRefListDto>;
