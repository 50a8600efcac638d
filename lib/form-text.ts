/**
 * A text field's value from a submitted form. FormData values may be files, which would stringify as
 * "[object File]"; the forms that call this only have text inputs, so a missing or file value reads as "".
 */
export function formText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
