/**
 * The News API contract: one zod/mini schema per shape of the data model, and
 * the TypeScript types inferred from them. The client, the elements and the
 * reference server all validate with these, so this file is the single source
 * of truth.
 *
 * Objects strip unknown keys (zod's default), so a newer server that adds
 * fields does not break an older client.
 */
import * as z from 'zod/mini';
import { emailPattern, limits } from './limits.js';
import { isSafeUrl } from './url.js';
import { isLanguageTag } from './language-tag.js';

export { isLanguageTag, isSafeUrl };

export { limits, emailPattern };

// U+0000 is never text: PostgreSQL refuses it, and a NUL from another back end is bad data.
const noNul = z.regex(/^[^\0]*$/, 'Contains a NUL character (U+0000)');
const text = (max: number) => z.string().check(z.maxLength(max), noNul);
const requiredText = (max: number) => z.string().check(z.maxLength(max), z.regex(/\S/), noNul);

/** An http(s) URL, or a relative reference (`/news/1`). */
export const Url = z.string().check(
  z.maxLength(limits.url),
  z.refine((v) => isSafeUrl(v), { message: 'Expected an http(s) or relative URL' }),
);
/** An absolute http(s) URL. */
export const AbsoluteUrl = z.string().check(
  z.maxLength(limits.url),
  z.refine((v) => isSafeUrl(v, false), { message: 'Expected an absolute http(s) URL' }),
);
/**
 * ISO 8601 date and time with a `Z` or `±hh:mm` offset. A regex of our own:
 * zod's iso.datetime costs 1 KB gz in every browser bundle. It checks the
 * ranges of each field; a day past its month's end (Feb 30) is left to the
 * formatter, which shows it as not a date.
 */
export const DateTime = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/),
);
/** A BCP 47 language tag. */
export const LanguageTag = z.string().check(
  z.refine(isLanguageTag, { message: 'Expected a BCP 47 language tag' }),
);
export const Id = z.string().check(z.minLength(1), z.maxLength(limits.id));
// Integers through a refine: z.int() costs 0.5 KB gz in every browser bundle.
const int = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().check(z.refine((v) => Number.isInteger(v) && v >= min && v <= max, {
      message: max === Number.MAX_SAFE_INTEGER ? `Expected an integer >= ${min}` : `Expected an integer from ${min} to ${max}`,
    }));
/** A count: an integer >= 0. */
export const Count = int(0);
/** A size in pixels or another integer >= 1. */
export const PositiveInt = int(1);

export const Section = z.object({
  id: Id,
  name: requiredText(limits.title),
  /** Breadcrumb from the root, e.g. `['News', 'Public']`. */
  path: z.array(requiredText(limits.title)).check(z.maxLength(10)),
});

export const Author = z.object({
  name: requiredText(limits.name),
  url: z.optional(Url),
});

export const Image = z.object({
  src: Url,
  alt: text(limits.alt),
  width: PositiveInt,
  height: PositiveInt,
  srcset: z.optional(text(limits.url * 8)),
  caption: z.optional(text(limits.caption)),
});

export const Translation = z.object({
  lang: LanguageTag,
  url: Url,
  title: z.optional(text(limits.title)),
});

export const ArticleSummary = z.object({
  id: Id,
  slug: requiredText(limits.slug),
  lang: LanguageTag,
  title: requiredText(limits.title),
  lead: z.optional(text(limits.lead)),
  url: Url,
  publishedAt: DateTime,
  image: z.optional(Image),
  section: Section,
});

export const Article = z.object({
  id: Id,
  slug: requiredText(limits.slug),
  lang: LanguageTag,
  title: requiredText(limits.title),
  lead: z.optional(text(limits.lead)),
  bodyHtml: text(limits.bodyHtml),
  section: Section,
  author: z.optional(Author),
  publishedAt: DateTime,
  updatedAt: z.optional(DateTime),
  image: z.optional(Image),
  tags: z.array(requiredText(limits.tag)).check(z.maxLength(limits.tags)),
  viewCount: Count,
  /** Minutes to read the body, computed by the server when it stores the article; elements count it when absent. */
  readingMinutes: z.optional(Count),
  translations: z.array(Translation).check(z.maxLength(50)),
  url: Url,
  commentsOpen: z.boolean(),
});

const CommentFields = {
  id: Id,
  articleId: Id,
  authorName: requiredText(limits.name),
  body: requiredText(limits.commentBody),
  createdAt: DateTime,
  /** The top-level comment this one answers (replies are one level deep). */
  parentId: z.optional(Id),
};

const Cursor = z.string().check(z.minLength(1), z.maxLength(1_024));

/** A reply, as listed under its parent. */
export const Reply = z.object(CommentFields);

/**
 * A comment. In an article's list (top-level comments), each comes with its
 * approved replies: how many, the first ones (oldest first), and the cursor of
 * the rest for `listReplies()`.
 */
export const Comment = z.object({
  ...CommentFields,
  replyCount: z.optional(Count),
  replies: z.optional(z.array(Reply).check(z.maxLength(limits.pageSize))),
  repliesCursor: z.optional(z.nullable(Cursor)),
});

/** The answer to a captcha challenge, sent with a comment. */
export const CaptchaAnswer = z.union([
  z.object({ kind: z.literal('pow'), payload: z.string().check(z.minLength(1), z.maxLength(4_096), noNul) }),
  z.object({
    kind: z.literal('code'),
    token: z.string().check(z.minLength(1), z.maxLength(4_096), noNul),
    code: requiredText(limits.captchaCode),
  }),
]);

export const CommentDraft = z.object({
  authorName: requiredText(limits.name),
  email: z.string().check(z.maxLength(limits.email), z.regex(emailPattern), noNul),
  body: requiredText(limits.commentBody),
  captcha: CaptchaAnswer,
  /** The honeypot: people leave it empty, bots fill it in. */
  website: z.optional(text(limits.url)),
  parentId: z.optional(Id),
  /**
   * A random secret the commenter's browser keeps (16 to 100 characters). With `MODERATION=auto`, an
   * email earns trust only together with the key its approved comments were sent with: someone
   * else's address alone buys nothing.
   */
  commenterKey: z.optional(z.string().check(z.minLength(16), z.maxLength(100), z.regex(/^[\w-]+$/))),
});

export const CommentResult = z.object({
  status: z.literal(['published', 'pending']),
  comment: Comment,
});

/** A proof-of-work challenge (the ALTCHA protocol's fields). */
export const PowCaptcha = z.object({
  kind: z.literal('pow'),
  algorithm: z.literal(['SHA-256', 'SHA-384', 'SHA-512']),
  challenge: z.string().check(z.minLength(1), z.maxLength(512)),
  salt: z.string().check(z.minLength(1), z.maxLength(1_024)),
  signature: z.string().check(z.minLength(1), z.maxLength(512)),
  maxnumber: int(1, 100_000_000),
  expiresAt: z.optional(DateTime),
});

/** An image "security code" that a person reads and types. */
export const CodeCaptcha = z.object({
  kind: z.literal('code'),
  token: z.string().check(z.minLength(1), z.maxLength(4_096)),
  /** The image, as an http(s) URL, a relative URL or a `data:image/...` URL. */
  image: z.string().check(
    z.maxLength(200_000),
    z.refine((v) => isSafeUrl(v) || /^data:image\/(png|gif|jpeg|webp|svg\+xml);base64,[A-Za-z\d+/=]+$/.test(v), {
      message: 'Expected an http(s), relative or data:image URL',
    }),
  ),
  width: PositiveInt,
  height: PositiveInt,
  length: z.optional(int(1, limits.captchaCode)),
  expiresAt: z.optional(DateTime),
});

export const Captcha = z.union([PowCaptcha, CodeCaptcha]);

export const Language = z.object({
  lang: LanguageTag,
  name: requiredText(limits.name),
  nativeName: requiredText(limits.name),
  dir: z.literal(['ltr', 'rtl']),
});

export const ViewCount = z.object({ viewCount: Count });

/** A page of items and the cursor of the next page (`null` on the last). */
export function Page<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(Cursor),
  });
}

export const ArticleSummaryPage = Page(ArticleSummary);
export const CommentPage = Page(Comment);
export const ReplyPage = Page(Reply);

/** Approved comments per article id (replies included, those under a held parent not). */
export const CommentCounts = z.object({ counts: z.catchall(z.object({}), Count) });

export const ErrorBody = z.object({
  error: z.object({
    code: z.string().check(z.maxLength(100)),
    message: z.string().check(z.maxLength(2_000)),
    fieldErrors: z.optional(z.catchall(z.object({}), z.array(z.string().check(z.maxLength(1_000))))),
  }),
});

export type Section = z.infer<typeof Section>;
export type Author = z.infer<typeof Author>;
export type Image = z.infer<typeof Image>;
export type Translation = z.infer<typeof Translation>;
export type ArticleSummary = z.infer<typeof ArticleSummary>;
export type Article = z.infer<typeof Article>;
export type Comment = z.infer<typeof Comment>;
export type Reply = z.infer<typeof Reply>;
export type CommentCounts = z.infer<typeof CommentCounts>;
export type CaptchaAnswer = z.infer<typeof CaptchaAnswer>;
export type CommentDraft = z.input<typeof CommentDraft>;
export type CommentResult = z.infer<typeof CommentResult>;
export type PowCaptcha = z.infer<typeof PowCaptcha>;
export type CodeCaptcha = z.infer<typeof CodeCaptcha>;
export type Captcha = z.infer<typeof Captcha>;
export type Language = z.infer<typeof Language>;
export type ViewCount = z.infer<typeof ViewCount>;
export type ErrorBody = z.infer<typeof ErrorBody>;
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
