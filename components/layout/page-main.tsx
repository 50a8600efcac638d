import type { ReactNode } from "react";

/** `bottomBar`: below lg the studio's bottom bar is fixed over the page's end, so the page ends above it. */
export function PageMain({
  children,
  narrow = false,
  bottomBar = false,
}: {
  children: ReactNode;
  narrow?: boolean;
  bottomBar?: boolean;
}) {
  return (
    <main
      id="main"
      className={`mx-auto w-full px-3 pt-4 sm:px-6 ${narrow ? "max-w-md" : "max-w-screen-2xl"} ${
        bottomBar
          ? "pb-[calc(5rem+env(safe-area-inset-bottom))] lg:pb-[max(2rem,env(safe-area-inset-bottom))]"
          : "pb-[max(2rem,env(safe-area-inset-bottom))]"
      }`}
    >
      {children}
    </main>
  );
}
