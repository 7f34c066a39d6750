/** Detail of `news-language-change`: the person chose another language. Cancel it to navigate yourself. */
export interface NewsLanguageChangeDetail {
  /** BCP 47 tag of the chosen language. */
  lang: string;
  /** Where the link leads. */
  url: string;
}

declare global {
  interface HTMLElementEventMap {
    'news-language-change': CustomEvent<NewsLanguageChangeDetail>;
  }
}
