/**
 * Limits and patterns of the contract that the elements check as a person
 * types, without zod: the comment form validates field by field with these,
 * and the schemas in schemas.ts use the same values.
 */

/** Limits on what a person sees, shared with the server and the comment form. */
export const limits = {
  title: 300,
  lead: 1_000,
  name: 100,
  email: 254,
  commentBody: 5_000,
  url: 2_048,
  bodyHtml: 1_000_000,
  alt: 500,
  caption: 1_000,
  tag: 100,
  tags: 50,
  slug: 200,
  id: 100,
  captchaCode: 20,
  pageSize: 100,
} as const;

/** An email address as the CommentDraft schema accepts it: something@domain.tld, no spaces. */
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
