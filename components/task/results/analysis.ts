// The "Important tokens" part of Midjourney's /shorten reply (mj-api.md 4.8), shown above the shortened prompts.

const HEADING = /^\s*#{1,6}\s*(.*)$/;
const IMPORTANT = /important tokens/i;

/** The lines under "## Important tokens" up to the next heading, or null when the reply has no such section. */
export function importantTokens(finalPrompt: string | null): string | null {
  if (!finalPrompt) return null;
  const lines = finalPrompt.replace(/\r\n?/g, "\n").split("\n");
  const start = lines.findIndex((line) => HEADING.test(line) && IMPORTANT.test(line));
  if (start === -1) return null;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (HEADING.test(line)) break;
    body.push(line);
  }
  const text = body.join("\n").trim();
  return text === "" ? null : text;
}
