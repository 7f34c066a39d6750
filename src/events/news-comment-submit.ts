/** Detail of `news-comment-submit`: a comment is about to be sent. Cancel the event to stop it (the draft stays). */
export interface NewsCommentSubmitDetail {
  articleId: string;
  authorName: string;
  body: string;
}

declare global {
  interface HTMLElementEventMap {
    'news-comment-submit': CustomEvent<NewsCommentSubmitDetail>;
  }
}
