// Which models the version picker offers, newest first, and which of them this upstream accepts.
import { LATEST_NIJI, LATEST_VERSION, NIJI_VERSIONS, VERSIONS } from "./models";

/**
 * The newest models an upstream accepts. The studio cannot ask a proxy which Midjourney versions its accounts
 * can use, so this is an admin's statement (null/absent = everything the studio knows). Meant to be stored with
 * the upstream settings; until then callers pass nothing.
 */
export interface ModelCap {
  newestVersion?: string | null;
  newestNiji?: string | null;
}

export interface VersionOption {
  family: "v" | "niji";
  version: string;
  /** False for versions newer than the cap: shown, but disabled with the reason. */
  accepted: boolean;
}

const atMost = (list: readonly string[], cap: string | null | undefined) => (version: string) =>
  cap == null || !list.includes(cap) || Number(version) <= Number(cap);

/** Every known model, newest first (Midjourney, then Niji), each marked accepted or not under the cap. */
export function versionOptions(cap: ModelCap = {}): VersionOption[] {
  const v = atMost(VERSIONS, cap.newestVersion);
  const niji = atMost(NIJI_VERSIONS, cap.newestNiji);
  return [
    ...[...VERSIONS].reverse().map((version) => ({ family: "v" as const, version, accepted: v(version) })),
    ...[...NIJI_VERSIONS]
      .reverse()
      .map((version) => ({ family: "niji" as const, version, accepted: niji(version) })),
  ];
}

/** The newest accepted models: what a prompt naming none is assumed to run on (see DEFAULT_VERSION). */
export function newestAccepted(cap: ModelCap = {}): { version: string; niji: string } {
  const options = versionOptions(cap).filter((option) => option.accepted);
  return {
    version: options.find((o) => o.family === "v")?.version ?? LATEST_VERSION,
    niji: options.find((o) => o.family === "niji")?.version ?? LATEST_NIJI,
  };
}
