// Types of scripts/pages.js, for the TypeScript benchmarks that read it.
export interface BudgetedPage {
  id: string;
  name: string;
  tags: string[];
  via: 'loader' | 'bundle';
  locale?: string;
  /** Its elements arrive rendered on the server: the hydration support, and no DOMPurify for the article. */
  serverRendered?: boolean;
  ceiling: number;
  aim: number;
  /** Shipped past the ceiling by decision, up to `upTo` bytes, for `why`. */
  accepted?: { upTo: number; why: string };
}
export const pages: BudgetedPage[];
export function readManifest(cdnDir: string): {
  elements: Record<string, string[]>;
  translations: Record<string, string>;
  bundle: { files: string[]; lazy: string[]; sanitizer: string[]; hydrate: string[] };
  bundleTranslations: Record<string, string>;
};
export function pageFiles(cdnDir: string, page: BudgetedPage): string[];
