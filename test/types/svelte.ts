// Svelte: `news-elements/svelte` adds the tags to svelteHTML.IntrinsicElements, which svelte-check
// reads for `<news-share-bar networks="copy x" onnews-share={…}>` in a .svelte file.
import type {} from 'news-elements/svelte';

type ShareBar = svelteHTML.IntrinsicElements['news-share-bar'];

export const ok: ShareBar = {
  networks: 'copy x',
  layout: 'vertical',
  'onnews-share': (e) => e.detail.network,
  'on:news-share': (e) => e.detail.url,
};
// @ts-expect-error a layout the share bar does not have
export const wrongLayout: ShareBar = { layout: 'diagonal' };
// @ts-expect-error the detail of news-share has no `target`
export const wrongDetail: ShareBar = { 'onnews-share': (e) => e.detail.target };
