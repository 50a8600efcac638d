// One QueryClient per server request (no data shared between users), one for the whole browser tab.
import { defaultShouldDehydrateQuery, environmentManager, QueryClient } from "@tanstack/react-query";

function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Server-rendered initialData must not be refetched the moment it hydrates.
        staleTime: 30_000,
      },
      dehydrate: {
        shouldDehydrateQuery: (query) =>
          defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
    },
  });
}

let browserQueryClient: QueryClient | undefined;

export function getQueryClient(): QueryClient {
  if (environmentManager.isServer()) return makeQueryClient();
  // A React suspense during the first render must not throw the client away, hence the module singleton.
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
