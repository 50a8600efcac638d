// Pages reachable without a session: first-run setup, sign-in, accepting an invite.
import type { ReactNode } from "react";

import { PageMain } from "@/components/layout/page-main";
import { SiteHeader } from "@/components/layout/site-header";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader simulator={false} viewer={null} />
      <PageMain narrow>{children}</PageMain>
    </>
  );
}
