import "server-only";

// Turns what a member typed into the search box into something SQLite can run safely.
//
// "TaskSearch" is an FTS5 table with the trigram tokenizer: it finds any substring of 3 or more characters,
// in any script (Chinese prompts have no spaces to split words on). Shorter terms have no trigram to look up,
// so they are matched with LIKE instead. Every term must appear (AND); order and case do not matter.

/** The trigram tokenizer indexes 3-character windows: shorter terms cannot use the index. */
export const MIN_INDEXED_TERM_LENGTH = 3;

export interface SearchTerms {
  /** Terms of 3+ characters, searched through the FTS index. */
  indexed: string[];
  /** Terms of 1–2 characters, searched with LIKE. */
  short: string[];
}

/** Characters, not UTF-16 units: "猫咪们" is 3 characters, as the tokenizer counts them. */
const charCount = (text: string): number => [...text].length;

/** Splits on whitespace (including full-width spaces); duplicate terms are searched once. */
export function splitSearchTerms(q: string | undefined): SearchTerms {
  const terms = [...new Set((q ?? "").split(/\s+/u).filter((term) => term.length > 0))];
  return {
    indexed: terms.filter((term) => charCount(term) >= MIN_INDEXED_TERM_LENGTH),
    short: terms.filter((term) => charCount(term) < MIN_INDEXED_TERM_LENGTH),
  };
}

/**
 * An FTS5 MATCH expression that finds rows containing every term literally. Each term becomes an FTS5 string
 * ("..." with inner quotes doubled), so words like AND, OR, NOT, NEAR and characters like * - ^ : ( ) that the
 * user typed are searched for as text instead of being read as query syntax (or failing as a syntax error).
 * Returns null when there is nothing to match.
 */
export function toFtsMatch(terms: readonly string[]): string | null {
  if (terms.length === 0) return null;
  return terms.map((term) => `"${term.replaceAll('"', '""')}"`).join(" AND ");
}

/** The escape character used with LIKE ... ESCAPE; see `toLikePattern`. */
export const LIKE_ESCAPE = "\\";

/** `%term%` with the LIKE wildcards % and _ (and the escape character itself) taken literally. */
export function toLikePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (char) => `${LIKE_ESCAPE}${char}`)}%`;
}
