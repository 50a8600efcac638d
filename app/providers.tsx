"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";

import { getQueryClient } from "@/lib/get-query-client";
import "@/lib/zod-browser";

export function Providers({ children }: { children: ReactNode }) {
  // Not useState: if the first render suspends, React would discard the state and build a second client.
  const queryClient = getQueryClient();
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
