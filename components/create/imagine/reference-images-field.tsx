"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";

import { ImagePickers } from "@/components/ui/file-picker";
import { referenceQueries } from "@/lib/queries/references";
import { MAX_IMAGINE_REFERENCES } from "@/lib/schemas/reference";

import { ReferenceTrayItem } from "./reference-tray-item";
import type { ReferenceTray } from "./use-reference-tray";

const REASON_ID = "reference-url-roles-off";

/**
 * The imagine form's reference tray: add images (file, drop, paste, camera, or "Use as reference" anywhere in
 * the gallery), then say per image what it is (image prompt, style, character, omni) and how strong. The tray
 * stays after a submit: references are kept until removed.
 */
export function ReferenceImagesField({ references }: { references: ReferenceTray }) {
  const t = useTranslations("referenceTray");
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
