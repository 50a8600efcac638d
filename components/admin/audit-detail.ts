// The audit log's detail column: a short "key: value" line from whatever an action recorded.
const MAX_LENGTH = 160;

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

export function summarizeDetail(detail: Record<string, unknown>): string {
  const text = Object.entries(detail)
    .map(([key, value]) => `${key}: ${valueText(value)}`)
    .join(" · ");
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** "member.updated" → "member_updated": message keys cannot contain dots. */
export const auditActionKey = (action: string): string => `actions.${action.replace(/\./g, "_")}`;
