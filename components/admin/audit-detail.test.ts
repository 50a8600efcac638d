import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

import { type AuditEntryLike, auditSentence, type Translate } from "./audit-detail";

const translator = (locale: "en" | "zh-CN"): Translate => {
  const t = createTranslator({ locale, messages: locale === "en" ? en : zh, namespace: "audit" });
  return (key, values) => t(key as never, values as never);
};
const english = translator("en");
const chinese = translator("zh-CN");
const entry = (action: string, detail: Record<string, unknown> = {}): AuditEntryLike => ({
  action,
  actorName: "Ada",
  detail,
});

describe("auditSentence: the audit log in sentences, never raw keys", () => {
  it.each([
    [
      entry("settings.upstream.updated", { changed: [], baseUrl: null, keyChanged: true, keyCleared: false }),
      "Ada changed the upstream key.",
      "Ada 更改了上游密钥。",
    ],
    [
      entry("settings.upstream.updated", {
        changed: ["baseUrl", "mode"],
        baseUrl: "https://mj.example",
        keyChanged: false,
        keyCleared: true,
      }),
      "Ada removed the saved upstream key and set the upstream URL to https://mj.example and changed the speed mode.",
      "Ada 移除了已保存的上游密钥，并将上游地址设为 https://mj.example，并更改了速度模式。",
    ],
    [
      entry("member.updated", { role: "admin", dailyLimit: 20 }),
      "Ada made Bob an admin and set Bob's daily limit to 20.",
      "Ada 将 Bob 设为管理员，并将 Bob 的每日上限设为 20。",
    ],
    [entry("member.updated", { disabled: true }), "Ada disabled Bob's account.", "Ada 停用了 Bob 的账户。"],
    [
      entry("member.updated", { dailyLimit: null }),
      "Ada removed Bob's daily limit.",
      "Ada 取消了 Bob 的每日上限。",
    ],
    [
      entry("member.created", { email: "bob@x", role: "member", dailyLimit: null }),
      "Ada added Bob (bob@x) as a member.",
      "Ada 添加了成员 Bob（bob@x）。",
    ],
    [
      entry("invite.created", { role: "member", dailyLimit: 5 }),
      "Ada created an invite link for a member and gave it a daily limit of 5.",
      "Ada 创建了一个成员邀请链接，并将其每日上限设为 5。",
    ],
    [
      entry("invite.accepted", { email: "ivy@x" }),
      "Ada joined with an invite as ivy@x.",
      "Ada 通过邀请以 ivy@x 加入。",
    ],
    [entry("task.deleted", { count: 3 }), "Ada moved 3 tasks to the trash.", "Ada 将 3 个任务移到了回收站。"],
    [entry("task.purged", { count: 1 }), "Ada deleted a task forever.", "Ada 永久删除了 1 个任务。"],
    [
      entry("collection.deleted", { name: "Moodboard" }),
      "Ada deleted the collection “Moodboard”.",
      "Ada 删除了收藏夹“Moodboard”。",
    ],
    [
      entry("setup.completed", { email: "ada@x" }),
      "Ada set up the studio as ada@x.",
      "Ada 以 ada@x 完成了工作室的初始设置。",
    ],
  ])("%o", (input, inEnglish, inChinese) => {
    expect(auditSentence(input, "Bob", english)).toBe(inEnglish);
    expect(auditSentence(input, "Bob", chinese)).toBe(inChinese);
  });

  it("never shows a raw detail key for a known action", () => {
    const text = auditSentence(
      entry("settings.upstream.updated", { changed: [], keyChanged: false, keyCleared: false }),
      "Bob",
      english,
    );
    expect(text).toBe("Ada saved the Midjourney connection without changes.");
    expect(text).not.toMatch(/keyChanged|keyTyped|: true/);
  });

  it("shows an action from a newer version as it was recorded", () => {
    expect(auditSentence(entry("backup.made", { size: 3 }), "Bob", english)).toBe(
      "Ada: backup.made (size: 3)",
    );
  });
});
