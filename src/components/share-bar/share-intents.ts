/**
 * Share-intent addresses, one template per network, each with only the
 * parameters that network honours: LinkedIn and Facebook read the page's
 * Open Graph tags and take the URL alone; WhatsApp, Bluesky and Mastodon take
 * one text with the URL in it. Placeholders: {u} url, {t} title, {s} title and
 * url, {m} mail body, {i} image, {h} Mastodon server (a checked host name).
 */
import type { ShareTarget } from '../../events/news-share.js';

export type IntentTarget = Exclude<ShareTarget, 'native' | 'copy' | 'print'>;

export const INTENTS: Record<IntentTarget, string> = {
  email: 'mailto:?subject={t}&body={m}',
  x: 'https://x.com/intent/post?text={t}&url={u}',
  facebook: 'https://www.facebook.com/sharer/sharer.php?u={u}',
  linkedin: 'https://www.linkedin.com/sharing/share-offsite/?url={u}',
  whatsapp: 'https://wa.me/?text={s}',
  telegram: 'https://t.me/share/url?url={u}&text={t}',
  reddit: 'https://www.reddit.com/submit?url={u}&title={t}',
  bluesky: 'https://bsky.app/intent/compose?text={s}',
  mastodon: 'https://{h}/share?text={s}',
  threads: 'https://www.threads.net/intent/post?text={t}&url={u}',
  vk: 'https://vk.com/share.php?url={u}&title={t}',
  pinterest: 'https://www.pinterest.com/pin/create/button/?url={u}&media={i}&description={t}',
};

/** Brand names, the same in every language. */
export const NETWORK_NAMES: Record<Exclude<IntentTarget, 'email'>, string> = {
  x: 'X',
  facebook: 'Facebook',
  linkedin: 'LinkedIn',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  reddit: 'Reddit',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  vk: 'VK',
  pinterest: 'Pinterest',
};

export interface ShareContent {
  /** Absolute http(s) address. */
  url: string;
  title: string;
  text: string;
  image?: string | undefined;
  /** Host name of the person's Mastodon server. */
  mastodon?: string | undefined;
}

// encodeURIComponent throws on a lone surrogate; with the u flag \p{Cs} matches only those.
const encode = (value: string) => encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'));

/** The share-intent address of a network; every value percent-encoded (spaces as %20, which mailto needs). */
export function intentUrl(target: IntentTarget, content: ShareContent): string {
  const { url, title, text } = content;
  const values: Record<string, string> = {
    u: url,
    t: title,
    s: title ? `${title} ${url}` : url,
    m: text ? `${text}\n\n${url}` : url,
    i: content.image ?? '',
  };
  return INTENTS[target]
    .replace('{h}', content.mastodon ?? 'mastodon.social')
    .replace(/\{(\w)\}/g, (_, key: string) => encode(values[key] ?? ''));
}

/** The host name in what a person typed for their Mastodon server ("https://Example.social/@me", "@me@example.social"); undefined when there is none. */
export function mastodonHost(input: string): string | undefined {
  const host = input
    .trim()
    .replace(/^https?:\/\/|^@?[^@/]*@/i, '')
    .split(/[/?#]/)[0]!
    .toLowerCase();
  return /^[a-z\d-]+(\.[a-z\d-]+)+(:\d{1,5})?$/.test(host) ? host : undefined;
}

/** The address with UTM parameters for one target appended, the rest of it untouched. */
export function withUtm(url: string, target: ShareTarget, campaign: string): string {
  const address = new URL(url);
  const utm = `utm_source=${target}&utm_medium=${target === 'email' ? 'email' : 'social'}&utm_campaign=${encode(campaign)}`;
  address.search = address.search ? `${address.search}&${utm}` : utm;
  return address.href;
}
