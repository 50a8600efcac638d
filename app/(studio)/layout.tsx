// The signed-in studio: every page here needs a session (fresh installs go to /setup first).
import type { ReactNode } from "react";

import { ViewerProvider } from "@/components/auth/viewer-context";
import { BottomBar } from "@/components/layout/bottom-bar";
import { LiveTaskUpdates } from "@/components/layout/live-task-updates";
import { PageMain } from "@/components/layout/page-main";
import { SiteHeader } from "@/components/layout/site-header";
import { ToastProvider } from "@/components/ui/toast";
import { requirePageViewer } from "@/lib/server/auth/page-session";
import { simulatorInUse } from "@/lib/server/mj/saved-upstream";
import { pageChangesCursor } from "@/lib/server/tasks";

export const dynamic = "force-dynamic";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const viewer = await requirePageViewer();
  const startCursor = pageChangesCursor();
  return (
    <ViewerProvider viewer={viewer}>
      {/* Around the pages and the header, so a toast outlives the page that raised it (delete → back home). */}
      <ToastProvider>
        <SiteHeader simulator={await simulatorInUse()} viewer={viewer} />
        <PageMain bottomBar>{children}</PageMain>
        <BottomBar role={viewer.role} />
        <LiveTaskUpdates startCursor={startCursor} />
      </ToastProvider>
    </ViewerProvider>
  );
}
