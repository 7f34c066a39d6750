const issued = new Set<string>();

/**
 * A one-time console warning with a short code and one line of advice
 * (`[news-elements:no-client] ...`). Each code is printed once per page.
 */
export function warnOnce(code: string, message: string): void {
  if (issued.has(code)) return;
  issued.add(code);
  console.warn(`[news-elements:${code}] ${message}`);
}
