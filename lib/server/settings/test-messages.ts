import "server-only";

import type { ConnectionTestResultDto } from "@/lib/schemas/admin-settings";

// English sentences for "test connection" results: what went wrong and what to change. The UI words the
// `reason` in the viewer's language; these serve the API, the audit trail and logs.

export type TestReason = ConnectionTestResultDto["reason"];
export type TestStage = ConnectionTestResultDto["stage"];

export interface ProbeFacts {
  baseUrl: string;
  host: string;
  timeoutMs: number;
  mode: string;
  hasKey: boolean;
  /** A saved/env key was kept back because the test targets another address than the one in use. */
  keyWithheld?: boolean;
  status?: number | null;
}

const STAGE: Record<TestReason, TestStage> = {
  ok: "done",
  bad_url: "config",
  dns: "connect",
  refused: "connect",
  timeout: "connect",
  tls: "connect",
  network: "connect",
  redirect: "http",
  not_json: "http",
  no_api: "http",
  server_error: "http",
  rate_limited: "http",
  unexpected: "http",
  key_missing: "auth",
  key_refused: "auth",
  mode_prefix: "mode",
};

export function describeResult(reason: TestReason, f: ProbeFacts): { stage: TestStage; message: string } {
  const message = sentence(reason, f);
  return { stage: STAGE[reason], message: f.keyWithheld ? `${message} ${KEY_WITHHELD}` : message };
}

export const KEY_WITHHELD =
  "Tested without a key: the saved key is only sent to the address it was saved for. Type the key for this address in the form to test it.";

function sentence(reason: TestReason, f: ProbeFacts): string {
  const http = f.status ? ` (HTTP ${f.status})` : "";
  switch (reason) {
    case "ok":
      return f.hasKey
        ? "Connected: the API answered and accepted the key."
        : "Connected: the API answered without asking for a key.";
    case "bad_url":
      return "The base URL is not a valid http:// or https:// address.";
    case "dns":
      return `The host name "${f.host}" could not be found (DNS). Check the spelling of the base URL.`;
    case "refused":
      return `${f.host} refused the connection: nothing is listening on that port.`;
    case "timeout":
      return `No answer from ${f.host} within ${Math.round(f.timeoutMs / 100) / 10} s: it may be down, firewalled or overloaded.`;
    case "tls":
      return `The TLS certificate of ${f.host} was not accepted.`;
    case "network":
      return `Could not connect to ${f.host}.`;
    case "redirect":
      return `The server redirects elsewhere${http}; enter the final address as the base URL.`;
    case "not_json":
      return `The server answered with a web page, not the midjourney-proxy API${http}. The base URL probably points at a website, or misses a path prefix.`;
    case "no_api":
      return `There is no midjourney-proxy API at ${f.baseUrl}/mj${http}. Check the base URL and its path prefix.`;
    case "server_error":
      return `The server is reachable but failing${http}. Try again later, or check the proxy's logs.`;
    case "rate_limited":
      return `The server is reachable but limiting requests${http}. Try again in a minute.`;
    case "unexpected":
      return `The server answered, but not like a midjourney-proxy API${http}.`;
    case "key_missing":
      return `The server requires an API key${http}, and none is configured.`;
    case "key_refused":
      return `The API key was refused${http}. Check the key and the auth style (Bearer for aggregators, mj-api-secret for proxies).`;
    case "mode_prefix":
      return `The API works at /mj but not with the speed-mode prefix /mj-${f.mode}${http}. Choose the speed mode "none" for this server.`;
  }
}
