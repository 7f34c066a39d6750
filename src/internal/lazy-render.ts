/**
 * `loading="lazy"` for elements that are usually below the fold (the comments,
 * the comment form): until the element comes within a screen of the viewport,
 * or the page has gone idle, it loads nothing and renders only a placeholder,
 * so that the page's first long task does not carry it. Idle, too, so that a
 * keyboard user tabbing down the page finds it rendered. Once rendered, it
 * stays so.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { loading: 'eager' | 'lazy' };

export class LazyRender implements ReactiveController {
  private _revealed = false;
  private _observer: IntersectionObserver | undefined;
  private _cancelIdle: (() => void) | undefined;

  constructor(private readonly _host: Host) {
    _host.addController(this);
  }

  /** True when the element may load and render. */
  get ready(): boolean {
    return this._revealed || this._host.loading !== 'lazy';
  }

  hostConnected(): void {
    if (this.ready) return;
    this._observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this._reveal(), { rootMargin: '100% 0px' });
    this._observer.observe(this._host);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => this._reveal(), { timeout: 4000 });
      this._cancelIdle = () => cancelIdleCallback(id);
    } else {
      // Safari has no requestIdleCallback: a timer stands in.
      const id = setTimeout(() => this._reveal(), 1000);
      this._cancelIdle = () => clearTimeout(id);
    }
  }

  hostDisconnected(): void {
    this._stop();
  }

  hostUpdate(): void {
    // Rendered once in full (eager, or revealed): switching to lazy later hides nothing.
    if (this.ready) this._revealed = true;
  }

  private _reveal(): void {
    if (this._revealed) return;
    this._revealed = true;
    this._stop();
    this._host.requestUpdate();
  }

  private _stop(): void {
    this._observer?.disconnect();
    this._observer = undefined;
    this._cancelIdle?.();
    this._cancelIdle = undefined;
  }
}

/** What a lazy element shows until it renders: its heading, and the space it will take (`--news-lazy-size`). */
export function lazyPlaceholder(dir: string, heading: string): TemplateResult {
  return html`<section part="base" dir=${dir}>
    <h2 part="heading">${heading}</h2>
    <div class="placeholder"></div>
  </section>`;
}
