"use client";

import { useTranslations } from "next-intl";

import { FormField, inputClass } from "@/components/ui/form-field";

/**
 * The role select and daily-limit field that a new member gets, whether an admin creates them or invites
 * them. Read back with the form's `role` and `dailyLimit` entries (empty limit = none).
 */
export function RoleAndLimitFields({ limitHint = false }: { limitHint?: boolean }) {
  const tm = useTranslations("adminPage.members");
  return (
    <>
      <label className="block">
        <span className="mb-1 block text-sm font-medium">{tm("role")}</span>
        <select name="role" defaultValue="member" className={inputClass}>
          <option value="member">{tm("roleMember")}</option>
          <option value="admin">{tm("roleAdmin")}</option>
        </select>
      </label>
      <FormField
        label={tm("dailyLimit")}
        name="dailyLimit"
        inputMode="numeric"
        placeholder={tm("noLimit")}
        hint={limitHint ? tm("limitHint") : undefined}
      />
    </>
  );
}
