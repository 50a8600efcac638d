import type { ReactNode } from "react";

export function PageMain({ children, narrow = false }: { children: ReactNode; narrow?: boolean }) {
  return (
    <main
      id="main"
      className={`mx-auto w-full px-3 pt-4 pb-[max(2rem,env(safe-area-inset-bottom))] sm:px-6 ${narrow ? "max-w-md" : "max-w-screen-2xl"}`}
    >
      {children}
    </main>
  );
}
