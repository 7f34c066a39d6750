import type { CommentStatus } from '../sdk/admin.js';

/** Detail of `news-moderation`: the server accepted a moderator's decision. */
export interface NewsModerationDetail {
  /** What was done: `approve`, `reject`, or `restore` (sent back to the queue). */
  action: 'approve' | 'reject' | 'restore';
  /** The comments it was done to. */
  ids: string[];
  /** Their status now. */
  status: CommentStatus;
}

declare global {
  interface HTMLElementEventMap {
    'news-moderation': CustomEvent<NewsModerationDetail>;
  }
}
