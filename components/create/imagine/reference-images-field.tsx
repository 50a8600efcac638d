"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { ImagePickers } from "@/components/ui/file-picker";
import { supportOf } from "@/lib/params";
import type { Model } from "@/lib/params";
import { referenceQueries } from "@/lib/queries/references";
import { MAX_IMAGINE_REFERENCES, type ReferenceRole } from "@/lib/schemas/reference";

import { ReferenceTrayItem, type RoleNote } from "./reference-tray-item";
import type { ReferenceTray } from "./use-reference-tray";

const REASON_ID = "reference-url-roles-off";

/**
 * The imagine form's reference tray: add images (file, drop, paste, camera, or "Use as reference" anywhere in
 * the gallery), then say per image what it is (image prompt, style, character, omni) and how strong. The tray
 * stays after a submit: references are kept until removed.
 */
/** The params a role becomes; the roles not listed work with every model the tray can send. */
const ROLE_PARAM: Partial<Record<ReferenceRole, "cref" | "oref">> = { character: "cref", omni: "oref" };

/**
 * `model` is the one the prompt runs on (see model-state): a character reference needs V6 and an omni
 * reference V7+, so the item says so when the chosen model differs. Optional so other forms can reuse the tray.
 */
export function ReferenceImagesField({ references, model }: { references: ReferenceTray; model?: Model }) {
  const t = useTranslations("referenceTray");
  const v8 = useTranslations("paramsV8");
  function notesFor(role: ReferenceRole): RoleNote[] {
    const param = ROLE_PARAM[role];
    const notes: RoleNote[] = [];
    if (param && model && supportOf(param, model) !== "ok") {
      const text = v8(param === "cref" ? "trayCrefModel" : "trayOrefModel", { model: model.label });
      notes.push({ text, warning: true });
    }
    if (param === "oref") notes.push({ text: v8("orefCost"), warning: false });
    return notes;
  }
  const words = useTranslations("references");
  const capabilities = useQuery(referenceQueries.capabilities());
  // Until the server says otherwise every role is offered; a submit that cannot reach them explains why.
  const urlRolesPossible = capabilities.data?.urlRoles !== "none";
  const add = (files: File[]) => void references.add(files);
  const { items, processing } = references;
  return (
    <section aria-labelledby="reference-tray-heading" className="space-y-2">
      <h3 id="reference-tray-heading" className="text-sm font-medium">
        {words("heading")}
      </h3>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">{t("hint", { max: MAX_IMAGINE_REFERENCES })}</p>
      <ImagePickers label={words("add")} cameraLabel={words("camera")} multiple onFiles={add} />
      {!urlRolesPossible ? (
        <p
          id={REASON_ID}
          data-testid="reference-url-roles-off"
          className="text-xs text-amber-800 dark:text-amber-300"
        >
          {t("urlRolesOff")}
        </p>
      ) : null}
      {items.length > 0 || processing > 0 ? (
        <ul aria-label={words("list")} className="space-y-2">
          {items.map((item, i) => (
            <ReferenceTrayItem
              key={item.referenceId}
              item={item}
              index={i + 1}
              urlRolesPossible={urlRolesPossible}
              notes={notesFor(item.role)}
              reasonId={REASON_ID}
              onRole={(role) => references.setRole(item.referenceId, role)}
              onWeight={(weight) => references.setWeight(item.referenceId, weight)}
              onRemove={() => references.remove(item.referenceId)}
            />
          ))}
          {Array.from({ length: processing }, (_, i) => (
            <li
              key={`adding-${i}`}
              aria-hidden
              className="h-24 animate-pulse rounded-xl bg-zinc-200 dark:bg-zinc-800"
            />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
