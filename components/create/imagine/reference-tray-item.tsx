"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

import { Icon } from "@/components/ui/icon";
import { REFERENCE_ROLES, ROLE_WEIGHTS, type ReferenceRole, URL_ROLES } from "@/lib/schemas/reference";

import type { TrayReference } from "./reference-tray-storage";
import { hintClass, inputClass, labelClass } from "../params/field-styles";

export interface RoleNote {
  text: string;
  /** A version mismatch (amber) rather than plain information such as the GPU cost. */
  warning: boolean;
}

interface Props {
  item: TrayReference;
  index: number;
  /** Style, character and omni need a URL Midjourney can fetch; false when neither route exists. */
  urlRolesPossible: boolean;
  reasonId: string;
  /** What the role means with the chosen model (cost, version needs), shown under the role select. */
  notes?: readonly RoleNote[];
  onRole: (role: ReferenceRole) => void;
  onWeight: (weight: number | null) => void;
  onRemove: () => void;
}

/** One reference of the tray: its thumbnail, what it does (role) and how strongly (weight), and remove. */
export function ReferenceTrayItem({
  item,
  index,
  urlRolesPossible,
  reasonId,
  notes = [],
  onRole,
  onWeight,
  onRemove,
}: Props) {
  const t = useTranslations("referenceTray");
  const range = ROLE_WEIGHTS[item.role];
  const roleId = `ref-role-${item.referenceId}`;
  const weightId = `ref-weight-${item.referenceId}`;
  const blocked = !urlRolesPossible && URL_ROLES.has(item.role);
  const notesId = `ref-notes-${item.referenceId}`;
  const describedBy = [!urlRolesPossible && reasonId, notes.length > 0 && notesId].filter(Boolean).join(" ");
  return (
    <li
      data-testid="reference-chip"
      data-reference-id={item.referenceId}
      data-role={item.role}
      className="flex items-start gap-3 rounded-xl border border-zinc-200 p-2 dark:border-zinc-800"
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- our guarded route, already sized small */}
      <img
        src={item.url}
        alt={t("item", { index, width: item.width, height: item.height })}
        className="size-20 shrink-0 rounded-lg bg-zinc-100 object-cover dark:bg-zinc-800"
      />
      {/* One column: the composer is narrow (22–26 rem on desktop, a phone's width), and the labels say which
          reference they belong to, as screen readers need. */}
      <div className="grid min-w-0 flex-1 gap-2">
        <div className="space-y-1">
          <label htmlFor={roleId} className={labelClass}>
            {t("role", { index })}
          </label>
          <select
            id={roleId}
            value={item.role}
            aria-invalid={blocked || undefined}
            aria-describedby={describedBy || undefined}
            onChange={(event) => onRole(event.target.value as ReferenceRole)}
            className={`${inputClass} w-full`}
          >
            {REFERENCE_ROLES.map((role) => (
              <option key={role} value={role} disabled={!urlRolesPossible && URL_ROLES.has(role)}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          {notes.length > 0 ? (
            <ul id={notesId} data-testid="reference-role-notes" className="space-y-0.5">
              {notes.map((note) => (
                <li
                  key={note.text}
                  data-warning={note.warning || undefined}
                  className={note.warning ? "text-xs text-amber-800 dark:text-amber-300" : hintClass}
                >
                  {note.text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <WeightField
          key={`${item.role}:${item.weight ?? ""}`}
          id={weightId}
          label={t("weight", { index, param: `--${range.param}` })}
          hint={t("weightRange", { min: range.min, max: range.max, fallback: range.fallback })}
          value={item.weight}
          range={range}
          onWeight={onWeight}
        />
      </div>
      <button
        type="button"
        onClick={onRemove}
        aria-label={t("remove", { index })}
        className="flex size-11 shrink-0 items-center justify-center rounded-lg text-zinc-600 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
      >
        <Icon d="m5 5 10 10M15 5 5 15" round />
      </button>
    </li>
  );
}

function WeightField({
  id,
  label,
  hint,
  value,
  range,
  onWeight,
}: {
  id: string;
  label: string;
  hint: string;
  value: number | null;
  range: (typeof ROLE_WEIGHTS)[ReferenceRole];
  onWeight: (weight: number | null) => void;
}) {
  // The typed text is kept while editing; a readable in-range number (or nothing: the default) is applied.
  const [text, setText] = useState(value === null ? "" : String(value));
  const number = text.trim() === "" ? null : Number(text);
  const invalid = number !== null && (!Number.isFinite(number) || number < range.min || number > range.max);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        placeholder={String(range.fallback)}
        aria-invalid={invalid || undefined}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => {
          if (!invalid && number !== value) onWeight(number);
        }}
        className={`${inputClass} w-full`}
      />
      <p id={`${id}-hint`} className={hintClass}>
        {hint}
      </p>
    </div>
  );
}
