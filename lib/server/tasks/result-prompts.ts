import "server-only";

// Reads the prompts out of the bot's text replies: /describe's four prompts and /shorten's five shortened ones
// (mj-api.md 4.6, 4.8). Upstreams and translations number them differently — keycaps ("1️⃣", or "1⃣" without
// the variation selector), "1.", "1)" and bold "**1.**" — so all of those start an item.

// Keycap = digit + optional U+FE0F + U+20E3. "1." must not be a decimal ("1.5 aspect ratio").
const ITEM_START = /^\s*(?:\*\*)?([1-9])(?:\uFE0F?\u20E3|\.(?!\d)|\))(?:\*\*)?\s*(.*)$/u;
const HEADING = /^\s*#{1,6}\s*(.*)$/;
const SHORTENED = /shortened prompts/i;

/** The numbered items of a reply, in order; the "Shortened prompts" section when the reply has one. */
export function parseResultPrompts(text: string): string[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const section = lines.findIndex((line) => HEADING.test(line) && SHORTENED.test(line));
  const body = section === -1 ? lines : lines.slice(section + 1);
  const items: string[] = [];
  let current: string[] | null = null;
  const flush = () => {
    const item = current?.join(" ").replace(/\s+/g, " ").trim();
    if (item) items.push(item);
    current = null;
  };
  for (const line of body) {
    if (HEADING.test(line)) {
      // A later section (e.g. a translation) ends the list.
      flush();
      if (items.length > 0) break;
      continue;
    }
    const start = ITEM_START.exec(line);
    if (start) {
      flush();
      current = [start[2] ?? ""];
    } else if (current && line.trim() !== "") {
      current.push(line.trim());
    }
  }
  flush();
  return items;
}

const TEXT_RESULT_ACTIONS: ReadonlySet<string> = new Set(["DESCRIBE", "SHORTEN"]);

/** `results` of the task DTO: the prompts of a finished describe / shorten, else null. */
export function taskResults(task: {
  action: string;
  status: string;
  finalPrompt: string | null;
  promptEn: string | null;
}): { prompts: string[] } | null {
  if (!TEXT_RESULT_ACTIONS.has(task.action) || task.status !== "succeeded") return null;
  // Aggregators may drop properties (finalPrompt); PLUS/TRUE also put the text in promptEn.
  const prompts = parseResultPrompts(task.finalPrompt ?? task.promptEn ?? "");
  return prompts.length > 0 ? { prompts } : null;
}
