// Midjourney's permutation prompts and pasted prompt lists, expanded into the prompts of a batch. Pure: the
// composer uses it to show "N jobs" and the confirmation, and the server runs it again on the member's text
// (it never trusts a count or a list the browser computed).
//
// Syntax (as on midjourney.com):
// - `{a, b}` is a group of comma-separated options; each option is trimmed. Several groups multiply.
// - Groups nest: `{a {b, c}, d}` gives "a b", "a c", "d".
// - `\,` `\{` `\}` (and `\\`) are literal characters, also outside groups.
// - An empty option is allowed (`cat{, s}` gives "cat" and "cats").
// - Parameters are plain text, so they may be options: `cat {--ar 1:1, --ar 16:9}`.
// - A list: one prompt per non-blank line; each line may use groups. Lines are expanded in order.
//
// Order: the leftmost group varies slowest (like nested loops written left to right, or reading an odometer
// from its left wheel): `{red, blue} cat {1, 2}` gives red…1, red…2, blue…1, blue…2. A line's prompts all come
// before the next line's. The result after expanding is trimmed and runs of spaces are collapsed to one, since a
// removed group leaves its surrounding spaces behind.

export const MAX_BATCH_JOBS = 40;

export type ExpandError =
  | { kind: "unbalanced"; char: "{" | "}"; line: number; column: number; message: string }
  | { kind: "too_many"; count: number; max: number; message: string }
  | { kind: "empty"; message: string };

export type ExpandResult = { ok: true; prompts: string[] } | { ok: false; error: ExpandError };

type Node = { kind: "text"; value: string } | { kind: "group"; options: Node[][] };

class UnbalancedBrace extends Error {
  constructor(
    readonly char: "{" | "}",
    readonly index: number,
  ) {
    super(char);
  }
}

/** Parses one line into text and groups. Throws UnbalancedBrace with the offending brace's index. */
function parseLine(line: string): Node[] {
  let i = 0;
  // Returns the sequence up to (not including) a stop character of the enclosing group.
  function sequence(inGroup: boolean): Node[] {
    const nodes: Node[] = [];
    let text = "";
    const flush = () => {
      if (text) nodes.push({ kind: "text", value: text });
      text = "";
    };
    while (i < line.length) {
      const ch = line[i];
      const escaped = ch === "\\" ? line[i + 1] : undefined;
      if (escaped !== undefined && "{},\\".includes(escaped)) {
        text += escaped;
        i += 2;
      } else if (ch === "{") {
        flush();
        const open = i;
        i += 1;
        const options: Node[][] = [sequence(true)];
        while (i < line.length && line[i] === ",") {
          i += 1;
          options.push(sequence(true));
        }
        if (line[i] !== "}") throw new UnbalancedBrace("{", open);
        i += 1;
        nodes.push({ kind: "group", options });
      } else if (ch === "}") {
        if (!inGroup) throw new UnbalancedBrace("}", i);
        break;
      } else if (ch === "," && inGroup) {
        break;
      } else {
        text += ch;
        i += 1;
      }
    }
    flush();
    return nodes;
  }
  return sequence(false);
}

/** How many prompts a sequence gives, without building them (so a huge product is refused cheaply). */
function countOf(nodes: Node[]): number {
  let total = 1;
  for (const node of nodes) {
    if (node.kind === "group") total *= node.options.reduce((sum, option) => sum + countOf(option), 0);
    // Stop multiplying once it is absurdly large: the number is only reported, never iterated.
    if (total > Number.MAX_SAFE_INTEGER / 1e6) return total;
  }
  return total;
}

function build(nodes: Node[]): string[] {
  let results = [""];
  for (const node of nodes) {
    const parts =
      node.kind === "text"
        ? [node.value]
        : node.options.flatMap((option) => build(option).map((text) => text.trim()));
    const next: string[] = [];
    for (const prefix of results) for (const part of parts) next.push(prefix + part);
    results = next;
  }
  return results;
}

const tidy = (prompt: string) => prompt.replace(/[ \t]+/g, " ").trim();

/** Whether the text is more than one prompt: it has a group or more than one non-blank line. */
export function isBatchText(text: string): boolean {
  const result = expandPromptText(text);
  return !result.ok || result.prompts.length > 1;
}

/** Lines that hold a prompt, with their 1-based line numbers (for error positions). */
function promptLines(text: string): { line: string; number: number }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== "");
}

/**
 * Expands a prompt, or a list of prompts one per line, into every prompt it stands for, in the documented
 * order. Refuses an unbalanced brace (with its line and column) and more than `max` prompts (with the count).
 */
export function expandPromptText(text: string, max = MAX_BATCH_JOBS): ExpandResult {
  const lines = promptLines(text);
  if (lines.length === 0) return { ok: false, error: { kind: "empty", message: "The prompt is empty." } };
  const parsed: Node[][] = [];
  for (const { line, number } of lines) {
    try {
      parsed.push(parseLine(line));
    } catch (error) {
      if (!(error instanceof UnbalancedBrace)) throw error;
      const column = error.index + 1;
      const what = error.char === "{" ? "This “{” is never closed" : "This “}” has no matching “{”";
      return {
        ok: false,
        error: {
          kind: "unbalanced",
          char: error.char,
          line: number,
          column,
          message: `${what} (line ${number}, column ${column}). Write \\${error.char} for a literal brace.`,
        },
      };
    }
  }
  const count = parsed.reduce((sum, nodes) => sum + countOf(nodes), 0);
  if (count > max) {
    return {
      ok: false,
      error: {
        kind: "too_many",
        count,
        max,
        message: `This would start ${count} jobs; a batch may start at most ${max}.`,
      },
    };
  }
  const prompts = parsed.flatMap((nodes) => build(nodes).map(tidy)).filter((prompt) => prompt !== "");
  if (prompts.length === 0) return { ok: false, error: { kind: "empty", message: "The prompt is empty." } };
  return { ok: true, prompts };
}
