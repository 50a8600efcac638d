// GET /api/setup – whether the first admin still has to be created (public: the setup page asks it)
// POST /api/setup – create the first admin and sign them in; refused once any account exists
import { SetupInput } from "@/lib/schemas/account";
import { audit } from "@/lib/server/audit";
import { createFirstAdmin, signedInResponse } from "@/lib/server/auth/accounts";
import { hasAnyAccount } from "@/lib/server/auth/page-session";
import { handlePublic, jsonNoStore, readJson } from "@/lib/server/http";

export const dynamic = "force-dynamic";

export const GET = handlePublic(async () => jsonNoStore({ needed: !(await hasAnyAccount()) }));

export const POST = handlePublic(async (req) => {
  const input = await readJson(req, SetupInput, 16 * 1024);
  const admin = await createFirstAdmin(input);
  await audit(admin, "setup.completed", admin.id, { email: input.email });
  return signedInResponse(req, input.email, input.password, {
    id: admin.id,
    name: admin.name,
    role: "admin",
  });
});
