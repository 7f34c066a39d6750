/** Detail of `news-reply-cancel`: the reader closed a reply form without sending. */
export interface NewsReplyCancelDetail {
  articleId: string;
  /** The comment the form answered. */
  parentId: string;
}

declare global {
  interface HTMLElementEventMap {
    'news-reply-cancel': CustomEvent<NewsReplyCancelDetail>;
  }
}
