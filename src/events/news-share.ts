/** Where `<news-share-bar>` can share: a network's share intent, or one of its own actions. */
export type ShareTarget =
  | 'native'
  | 'copy'
  | 'email'
  | 'x'
  | 'facebook'
  | 'linkedin'
  | 'whatsapp'
  | 'telegram'
  | 'reddit'
  | 'bluesky'
  | 'mastodon'
  | 'threads'
  | 'vk'
  | 'pinterest'
  | 'print';

/** Detail of `news-share`: the person chose a target. Cancel it to share your own way (the link is not followed). */
export interface NewsShareDetail {
  /** The chosen target. */
  network: ShareTarget;
  /** The address being shared, with UTM parameters when the bar adds them. */
  url: string;
}

declare global {
  interface HTMLElementEventMap {
    'news-share': CustomEvent<NewsShareDetail>;
  }
}
