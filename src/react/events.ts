import type { EventName } from '@lit/react';

/** `news-comment-result` → `CommentResult`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** The events of this library, by name: the keys of the page's event map that start with `news-`. */
export type NewsEventName = Extract<keyof HTMLElementEventMap, `news-${string}`>;

/** The React prop of an event: `news-share` → `onNewsShare`. */
export type NewsEventProp<N extends NewsEventName> = `on${Pascal<N>}`;

/** What `createComponent` takes as `events`: each prop typed with the event that the map declares. */
export type NewsEventProps<N extends NewsEventName> = { [K in N as NewsEventProp<K>]: EventName<HTMLElementEventMap[K]> };

/**
 * The `events` option of `createComponent` for the events an element fires: `onNewsShare` for
 * `news-share`, typed from the element's `HTMLElementEventMap` entry (so `e.detail` is the detail type
 * declared in src/events, written once).
 */
export function newsEvents<N extends NewsEventName>(...names: N[]): NewsEventProps<N> {
  const props: Record<string, string> = {};
  for (const name of names) {
    props[`on${name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase())}`] = name;
  }
  return props as NewsEventProps<N>;
}
