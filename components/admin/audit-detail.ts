// The audit log in sentences ("Ada changed the upstream key", "Ada made Bob an admin and set Bob's daily limit
// to 20"), built from what each action recorded. Pure apart from the translate function it is given, so both
// languages are unit-tested with the real messages.
const MAX_LENGTH = 160;

export interface AuditEntryLike {
  action: string;
  actorName: string;
  detail: Record<string, unknown>;
}

type Values = Record<string, string | number>;
/** A "audit" message key and its values: one clause of a sentence. */
export interface AuditPhrase {
  key: string;
  values?: Values;
}
export type Translate = (key: string, values?: Values) => string;

const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);
const count = (detail: Record<string, unknown>): number =>
  typeof detail.count === "number" ? detail.count : 1;
const roleOf = (value: unknown): string => (value === "admin" ? "admin" : "member");

/** What someone did to a member (created or changed): one clause per field that was sent. */
function memberChanges(detail: Record<string, unknown>, target: string): AuditPhrase[] {
  const phrases: AuditPhrase[] = [];
  if (str(detail.name)) phrases.push({ key: "memberRenamed", values: { target, name: str(detail.name)! } });
  if ("role" in detail) phrases.push({ key: "memberRole", values: { target, role: roleOf(detail.role) } });
  if (typeof detail.dailyLimit === "number")
    phrases.push({ key: "memberLimit", values: { target, limit: detail.dailyLimit } });
  else if ("dailyLimit" in detail && detail.dailyLimit === null)
    phrases.push({ key: "memberNoLimit", values: { target } });
  if (detail.disabled === true) phrases.push({ key: "memberDisabled", values: { target } });
  if (detail.disabled === false) phrases.push({ key: "memberEnabled", values: { target } });
  return phrases;
}

const upstreamFieldKeys: Record<string, string> = {
  authStyle: "upstreamAuthStyle",
  mode: "upstreamMode",
  accountFilter: "upstreamAccountFilter",
};

function upstreamChanges(detail: Record<string, unknown>): AuditPhrase[] {
  const phrases: AuditPhrase[] = [];
  if (detail.keyChanged === true) phrases.push({ key: "upstreamKeyChanged" });
  if (detail.keyCleared === true) phrases.push({ key: "upstreamKeyCleared" });
  const changed = Array.isArray(detail.changed) ? detail.changed.filter((f) => typeof f === "string") : [];
  for (const field of changed) {
    if (field === "baseUrl")
      phrases.push(
        str(detail.baseUrl)
          ? { key: "upstreamUrl", values: { url: str(detail.baseUrl)! } }
          : { key: "upstreamUrlCleared" },
      );
    else if (upstreamFieldKeys[field]) phrases.push({ key: upstreamFieldKeys[field] });
  }
  return phrases.length > 0 ? phrases : [{ key: "upstreamUnchanged" }];
}

/**
 * The clauses of an entry's sentence, or null for an action this version does not know (shown as recorded).
 * `target` is the name of the member an action was about (or a stand-in when that member is gone).
 */
export function auditPhrases(entry: AuditEntryLike, target: string): AuditPhrase[] | null {
  const { detail } = entry;
  switch (entry.action) {
    case "setup.completed":
      return [{ key: "setupCompleted", values: { email: str(detail.email) ?? "—" } }];
    case "member.created":
      return [
        {
          key: "memberCreated",
          values: { target, email: str(detail.email) ?? "—", role: roleOf(detail.role) },
        },
        ...(typeof detail.dailyLimit === "number"
          ? [{ key: "memberLimit", values: { target, limit: detail.dailyLimit } }]
          : []),
      ];
    case "member.updated": {
      const changes = memberChanges(detail, target);
      return changes.length > 0 ? changes : [{ key: "memberUnchanged", values: { target } }];
    }
    case "invite.created":
      return [
        { key: "inviteCreated", values: { role: roleOf(detail.role) } },
        ...(typeof detail.dailyLimit === "number"
          ? [{ key: "inviteLimit", values: { limit: detail.dailyLimit } }]
          : []),
      ];
    case "invite.revoked":
      return [{ key: "inviteRevoked" }];
    case "invite.accepted":
      return [{ key: "inviteAccepted", values: { email: str(detail.email) ?? "—" } }];
    case "settings.upstream.updated":
      return upstreamChanges(detail);
    case "settings.upstream.tested":
      return [{ key: "upstreamTested" }];
    case "task.deleted":
      return [{ key: "tasksDeleted", values: { count: count(detail) } }];
    case "task.restored":
      return [{ key: "tasksRestored", values: { count: count(detail) } }];
    case "task.purged":
      return [{ key: "tasksPurged", values: { count: count(detail) } }];
    case "collection.deleted":
      return [{ key: "collectionDeleted", values: { name: str(detail.name) ?? "—" } }];
    case "preset.updated":
      return [
        { key: "presetUpdated", values: { name: str(detail.name) ?? "—", owner: str(detail.owner) ?? "—" } },
      ];
    case "preset.deleted":
      return [
        { key: "presetDeleted", values: { name: str(detail.name) ?? "—", owner: str(detail.owner) ?? "—" } },
      ];
    case "profileCode.created":
      return [{ key: "profileCodeCreated", values: { name: str(detail.name) ?? "—" } }];
    case "profileCode.deleted":
      return [{ key: "profileCodeDeleted", values: { name: str(detail.name) ?? "—" } }];
    default:
      return null;
  }
}

/** One sentence for an entry in the language of `t` (the "audit" messages). */
export function auditSentence(entry: AuditEntryLike, target: string, t: Translate): string {
  const phrases = auditPhrases(entry, target);
  if (!phrases) {
    const detail = summarizeDetail(entry.detail);
    return t("unknown", { actor: entry.actorName, action: entry.action, detail: detail || "—" });
  }
  const what = phrases.map((phrase) => t(phrase.key, phrase.values)).join(t("and"));
  return t("sentence", { actor: entry.actorName, what });
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** "key: value · …", only for actions recorded by a newer version than this page knows. */
export function summarizeDetail(detail: Record<string, unknown>): string {
  const text = Object.entries(detail)
    .map(([key, value]) => `${key}: ${valueText(value)}`)
    .join(" · ");
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
