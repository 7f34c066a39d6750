/**
 * The server's own schemas, beside the SDK's contract: what the moderation routes answer. The data
 * layer builds these shapes and the routes validate them, from this one definition.
 */
import * as z from 'zod/mini';
import { Comment, Page } from '../../src/sdk/schemas.js';

export const CommentStatus = z.literal(['pending', 'approved', 'rejected']);
export type CommentStatus = z.infer<typeof CommentStatus>;

/** A comment as moderators see it: its status, and why it was held. */
export const ModeratedComment = z.extend(Comment, {
  status: CommentStatus,
  holdCode: z.optional(z.string().check(z.maxLength(100))),
  holdReason: z.optional(z.string().check(z.maxLength(1_000))),
});
export type ModeratedComment = z.infer<typeof ModeratedComment>;

export const ModerationPage = Page(ModeratedComment);
