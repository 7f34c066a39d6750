import { msg, str } from '@lit/localize';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { emit } from '../../events/emit.js';
import type { ShareTarget } from '../../events/news-share.js';
import { NewsElement } from '../../internal/news-element.js';
import { serverRendering } from '../../internal/server.js';
import { warnOnce } from '../../internal/warn.js';
import { isSafeUrl } from '../../sdk/url.js';
import { type IntentTarget, INTENTS, intentUrl, mastodonHost, NETWORK_NAMES, type ShareContent, withUtm } from './share-intents.js';
import { shareIcon } from './share-icons.js';
import { styles } from './news-share-bar.styles.js';

const DEFAULT_NETWORKS = 'native copy x facebook whatsapp telegram email';
const ACTIONS = ['native', 'copy', 'print'];
const MASTODON_KEY = 'news-elements:mastodon';

function rememberedMastodon(): string | undefined {
  try {
    return mastodonHost(localStorage.getItem(MASTODON_KEY) ?? '');
  } catch {
    // Storage can be off (privacy settings, sandboxed frames): the person is asked again.
    return undefined;
  }
}

/**
 * Share buttons with no tracking and no third-party script: every network is
 * a plain link to its share-intent address (it works with popups blocked and
 * without this script running on click), plus the device's own share sheet,
 * copy link and print. Nothing is loaded from any other origin.
 *
 * The shared address is `url`, else the page's canonical link, else
 * `location.href`; `title` and `text` default to the document's title and
 * description. Mastodon asks once for the person's server and remembers it
 * in this browser.
 *
 * @tag news-share-bar
 * @summary A row (or column) of share links: native share, copy link, email and social networks.
 *
 * @slot label - The visible label before the targets (default: a localized "Share").
 *
 * @csspart base - The wrapper carrying the locale's direction.
 * @csspart label - The label before the targets.
 * @csspart list - The list of targets.
 * @csspart item - Each target's list item.
 * @csspart target - Each link or button; it also has its target's name as a part (`x`, `copy`, `mastodon`, ...).
 * @csspart icon - Each target's icon.
 * @csspart text - Each target's visible text (visually hidden with `icons-only`).
 * @csspart copied - The copy button while it confirms the copy.
 * @csspart fallback - The field offered for copying by hand when the clipboard refuses.
 * @csspart error - The message shown instead of the targets when the address is unsafe.
 *
 * @cssprop --news-share-size - Height and minimum width of a target (default: 24px small, 2rem medium, 2.75rem large).
 * @cssprop --news-share-gap - Space between targets.
 * @cssprop --news-color-text - Text and icon colour.
 * @cssprop --news-color-muted - Colour of the label.
 * @cssprop --news-color-border - Border of the targets.
 * @cssprop --news-color-accent - Border of a hovered target and the error message.
 * @cssprop --news-color-focus - Focus ring colour.
 * @cssprop --news-font-family - Font stack (per-script defaults otherwise).
 * @cssprop --news-radius - Corner radius of the targets.
 *
 * @fires news-share - Before sharing through a target (cancelable: the link is not followed, the action not taken; detail `{ network, url }`).
 */
export class NewsShareBar extends NewsElement {
  static override styles = styles;

  private _copiedTimer: ReturnType<typeof setTimeout> | undefined;

  @state() private _copied = false;
  /** The address offered for copying by hand after the clipboard refused it. */
  @state() private _manualCopy: string | undefined;

  /** The address to share (http(s) or relative); defaults to the canonical link, then `location.href`. */
  @property() url?: string;

  /** The headline to share; defaults to the document's title. */
  @property() override title = '';

  /** A short description (email body, native share); defaults to the page's meta description. */
  @property() text?: string;

  /** An image of the page (http(s) or relative); the Pinterest target appears only when it is given. */
  @property() image?: string;

  /** Targets in order, separated by spaces: native copy email x facebook linkedin whatsapp telegram reddit bluesky mastodon threads vk pinterest print. */
  @property() networks = DEFAULT_NETWORKS;

  /** `horizontal`: a row that wraps. `vertical`: a column. */
  @property({ reflect: true }) layout: 'horizontal' | 'vertical' = 'horizontal';

  /** Shows icons alone; the names stay for assistive technology and as tooltips. */
  @property({ type: Boolean, reflect: true, attribute: 'icons-only' }) iconsOnly = false;

  /** Size of the targets. */
  @property({ reflect: true }) size: 'small' | 'medium' | 'large' = 'medium';

  /** When set, `utm_source` (the target), `utm_medium` and `utm_campaign` (this value) are added to the shared address. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._copiedTimer);
    this._copied = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('url')) this._manualCopy = undefined;
  }

  /** What is shared, or undefined when the address is not one we may link to. */
  private _content(): ShareContent | undefined {
    // A server render has no document: the page address it was given stands for the canonical link and the base.
    const doc = isServer ? undefined : this.ownerDocument;
    const base = doc ? doc.baseURI : serverRendering()?.pageUrl;
    const raw = this.url || doc?.querySelector('link[rel~="canonical"]')?.getAttribute('href') || (doc ? location.href : base) || '';
    let url: string | undefined;
    try {
      if (isSafeUrl(raw)) url = new URL(raw, base).href;
    } catch {
      // A "relative" reference that does not resolve ("//") is refused like an unsafe one.
    }
    if (!url || !/^https?:/.test(url)) {
      warnOnce('unsafe-url', `refused to share "${raw}": only http(s) and relative URLs`);
      return undefined;
    }
    let image: string | undefined;
    try {
      if (this.image && isSafeUrl(this.image)) image = new URL(this.image, base).href;
    } catch {
      // A relative image with nothing to resolve it against (a server render given no page address) is left out.
    }
    if (this.image && !image) warnOnce('unsafe-image', `refused the image "${this.image}": only http(s) and relative URLs`);
    return {
      url,
      title: this.title || (doc?.title ?? ''),
      text: this.text ?? doc?.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      image,
      // Storage is slow to open on a page's first access: only read when Mastodon is offered.
      mastodon: !isServer && !this.serverRendered && /\bmastodon\b/.test(this.networks) ? rememberedMastodon() : undefined,
    };
  }

  private _targets(content: ShareContent): ShareTarget[] {
    return this.networks.split(/\s+/).filter((name): name is ShareTarget => {
      if (!name) return false;
      if (!(name in INTENTS) && !ACTIONS.includes(name)) {
        warnOnce('unknown-network', `"${name}" is not a share target: see the networks attribute`);
        return false;
      }
      // Whether the device can share is known only in the browser: a server render leaves the button out
      // (and so does the first update taking a server-rendered bar over: see hydrate.ts).
      if (name === 'native') return !isServer && !this.serverRendered && !!navigator.canShare?.(this._nativeData(content));
      return name !== 'pinterest' || !!content.image;
    });
  }

  private _nativeData(content: ShareContent): ShareData {
    return { url: this._shared(content.url, 'native'), title: content.title, text: content.text };
  }

  private _shared(url: string, target: ShareTarget): string {
    return this.utmCampaign ? withUtm(url, target, this.utmCampaign) : url;
  }

  private _onClick(event: MouseEvent, target: ShareTarget, content: ShareContent): void {
    const url = this._shared(content.url, target);
    if (!emit(this, 'news-share', { network: target, url }, { cancelable: true })) {
      event.preventDefault();
    } else if (target === 'copy') {
      void this._copy(url);
    } else if (target === 'native') {
      void this._share(this._nativeData(content), url);
    } else if (target === 'print') {
      window.print();
    } else if (target === 'mastodon' && !content.mastodon) {
      this._askMastodon(event, { ...content, url });
    }
  }

  /** Asks for the person's server before the link is followed, and points the link there. */
  private _askMastodon(event: MouseEvent, content: ShareContent): void {
    const example = 'mastodon.social';
    const answer = prompt(msg(str`Your Mastodon server, for example ${example}`, { id: 'share.mastodon-server' }), example);
    const host = answer === null ? undefined : mastodonHost(answer);
    if (!host) {
      event.preventDefault();
      return;
    }
    try {
      localStorage.setItem(MASTODON_KEY, host);
    } catch {
      // Not remembered; the link still goes to the server given.
    }
    (event.currentTarget as HTMLAnchorElement).href = intentUrl('mastodon', { ...content, mastodon: host });
  }

  private async _share(data: ShareData, url: string): Promise<void> {
    try {
      await navigator.share(data);
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else (no user gesture, NotAllowedError) copies instead.
      if ((error as Error).name !== 'AbortError') await this._copy(url);
    }
  }

  private async _copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard (insecure page, permission denied): offer the address selected, to copy by hand.
      this._manualCopy = url;
      await this.updateComplete;
      const field = this.renderRoot.querySelector('input');
      field?.focus();
      field?.select();
      return;
    }
    this._manualCopy = undefined;
    this._copied = true;
    clearTimeout(this._copiedTimer);
    this._copiedTimer = setTimeout(() => (this._copied = false), 4000);
  }

  /** The visible label of a target and, when it needs more words, its accessible name. */
  private _labels(target: ShareTarget, copied: boolean): [label: string, name?: string] {
    switch (target) {
      case 'native':
        return [msg('More', { id: 'share.native' }), msg('More ways to share', { id: 'share.native-name' })];
      case 'copy':
        return [copied ? msg('Link copied', { id: 'share.copied' }) : msg('Copy link', { id: 'share.copy' })];
      case 'print':
        return [msg('Print', { id: 'share.print' })];
      case 'email':
        return [msg('Email', { id: 'share.email' }), msg('Share by email', { id: 'share.email-name' })];
      default: {
        const network = NETWORK_NAMES[target];
        return [network, msg(str`Share on ${network}`, { id: 'share.share-on' })];
      }
    }
  }

  private _renderTarget(target: ShareTarget, content: ShareContent) {
    const copied = target === 'copy' && this._copied;
    const [label, name] = this._labels(target, copied);
    const part = `target ${target}${copied ? ' copied' : ''}`;
    const onClick = (event: MouseEvent) => this._onClick(event, target, content);
    const body = html`${shareIcon(copied ? 'copied' : target)}<span part="text" translate=${target in NETWORK_NAMES ? 'no' : nothing}>${label}</span>`;
    if (ACTIONS.includes(target)) {
      return html`<li part="item">
        <button type="button" part=${part} title=${name ?? label} aria-label=${name ?? nothing} @click=${onClick}>${body}</button>
      </li>`;
    }
    const href = intentUrl(target as IntentTarget, { ...content, url: this._shared(content.url, target) });
    return html`<li part="item">
      <a part=${part} href=${href} target="_blank" rel="noopener noreferrer" title=${name ?? label} aria-label=${name ?? nothing} @click=${onClick}>${body}</a>
    </li>`;
  }

  protected override render() {
    const content = this._content();
    if (!content) {
      return html`<div part="base" dir=${this.localeDir}>
        <p part="error" role="alert">${msg('This link cannot be shared.', { id: 'share.unsafe' })}</p>
      </div>`;
    }
    return html`<div part="base" dir=${this.localeDir}>
      <div class="bar" role="group" aria-labelledby="label">
        <span part="label" id="label"><slot name="label">${msg('Share', { id: 'share.label' })}</slot></span>
        <ul part="list">${this._targets(content).map((target) => this._renderTarget(target, content))}</ul>
      </div>
      ${this._manualCopy
        ? html`<label part="fallback">${msg('Copy this link:', { id: 'share.copy-manually' })}
            <input readonly .value=${this._manualCopy} />
          </label>`
        : nothing}
      <p class="visually-hidden" role="status">${this._copied ? msg('Link copied', { id: 'share.copied' }) : ''}</p>
    </div>`;
  }
}
