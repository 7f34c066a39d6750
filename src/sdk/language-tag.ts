/** The language-tag check of the schemas, apart from url.ts so that elements do not carry it. */

const knownTags = new Map<string, boolean>();

/** True for a well-formed BCP 47 language tag (`en`, `fa-IR`, `ur-Arab-PK`). */
export function isLanguageTag(value: string): boolean {
  let valid = knownTags.get(value);
  if (valid === undefined) {
    try {
      valid = value.length <= 35 && Intl.getCanonicalLocales(value).length === 1;
    } catch {
      valid = false;
    }
    if (knownTags.size < 500) knownTags.set(value, valid);
  }
  return valid;
}
