/** Column values as the contract wants them, whichever driver read them (PGlite or postgres). */

export function iso(value: unknown): string {
  const date = value instanceof Date ? value : new Date(String(value));
  return date.toISOString();
}

/** A nullable text column: undefined for SQL null. */
export const str = (value: unknown): string | undefined => (value === null || value === undefined ? undefined : String(value));
