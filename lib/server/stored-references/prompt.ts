import "server-only";

import { ROLE_WEIGHTS, type ReferenceRole } from "@/lib/schemas/reference";

// The prompt the upstream gets: the member's prompt with the studio's reference URLs and weights appended
// (`--sref <url…> --sw n`, `--cref … --cw n`, `--oref <url> --ow n`, `--iw n`). Image prompts themselves travel in
// base64Array (the proxy prepends their URLs). The stored task keeps the member's prompt: the URLs are short-lived
// plumbing (Discord links expire, ours are signed for 7 days) and the task's inputs keep roles and weights.

export interface PromptReference {
  role: ReferenceRole;
  weight: number | null;
  /** The URL Midjourney fetches; absent for image prompts. */
  url?: string;
}

const FLAG: Record<Exclude<ReferenceRole, "image">, string> = {
  style: "sref",
  character: "cref",
  omni: "oref",
};

/** `--name` present as a whole word (not `--srefx`), anywhere in the prompt. */
function hasParam(prompt: string, name: string): boolean {
  return new RegExp(`(^|\\s)--${name}(\\s|$)`).test(prompt);
}

function formatWeight(weight: number): string {
  return String(Math.round(weight * 100) / 100);
}

export function buildUpstreamPrompt(prompt: string, references: readonly PromptReference[]): string {
  let out = prompt.trim();
  const appended: string[] = [];
  for (const role of ["style", "character", "omni"] as const) {
    const refs = references.filter((r) => r.role === role && r.url);
    if (refs.length === 0) continue;
    const flag = FLAG[role];
    const urls = refs.map((r) => r.url as string);
    if (hasParam(out, flag)) {
      // The member typed URLs of their own for this parameter: ours join them, one parameter, not two.
      out = out.replace(new RegExp(`(^|\\s)--${flag}\\s`), (m) => `${m}${urls.join(" ")} `);
    } else {
      appended.push(`--${flag} ${urls.join(" ")}`);
    }
    // One weight per parameter: the first reference's that has one; a weight typed in the prompt wins.
    const weight = refs.find((r) => r.weight !== null)?.weight ?? null;
    const param = ROLE_WEIGHTS[role].param;
    if (weight !== null && !hasParam(out, param)) appended.push(`--${param} ${formatWeight(weight)}`);
  }
  const imageWeight = references.find((r) => r.role === "image" && r.weight !== null)?.weight ?? null;
  if (imageWeight !== null && !hasParam(out, "iw")) appended.push(`--iw ${formatWeight(imageWeight)}`);
  return appended.length > 0 ? `${out} ${appended.join(" ")}` : out;
}
