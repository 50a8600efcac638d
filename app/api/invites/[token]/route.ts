// GET /api/invites/:token – is this invite usable (public: the invite page asks before showing the form)
// POST /api/invites/:token – create the account it offers and sign in
import { AppError } from "@/lib/errors";
import { AcceptInviteInput, InviteInfoDto } from "@/lib/schemas/account";
import { audit } from "@/lib/server/audit";
import { signedInResponse } from "@/lib/server/auth/accounts";
import { acceptInvite, findOpenInvite } from "@/lib/server/auth/invites";
import { handlePublic, jsonNoStore, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handlePublic<{ token: string }>(async (_req, { token }) => {
  const invite = await findOpenInvite(token);
  if (!invite)
    throw new AppError("not_found", "This invite link is not valid any more. Ask an admin for a new one.");
  return jsonNoStore(InviteInfoDto.parse({ role: invite.role, expiresAt: invite.expiresAt.toISOString() }));
});

export const POST = handlePublic<{ token: string }>(async (req, { token }) => {
  const input = await readJson(req, AcceptInviteInput, 16 * 1024);
  const user = await acceptInvite(token, input);
  await audit(user, "invite.accepted", user.id, { email: input.email });
  return signedInResponse(req, input.email, input.password, { id: user.id, name: user.name });
});
