/**
 * `loading="lazy"` for elements that are usually below the fold (the comments,
 * the comment form): until the element comes within a screen of the viewport,
 * or the page has gone idle, it loads nothing and renders only a placeholder,
 * so that the page's first long task does not carry it. Idle, too, so that a
 * keyboard user tabbing down the page finds it rendered. Once rendered, it
 * stays so.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement & { loading: 'eager' | 'lazy' };

export class LazyRender implements ReactiveController {
  private revealed = false;
  private observer: IntersectionObserver | undefined;
  private cancelIdle: (() => void) | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** True when the element may load and render. */
  get ready(): boolean {
    return this.revealed || this.host.loading !== 'lazy';
  }

  hostConnected(): void {
    if (this.ready) return;
    this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.reveal(), { rootMargin: '100% 0px' });
    this.observer.observe(this.host);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(() => this.reveal(), { timeout: 4000 });
      this.cancelIdle = () => cancelIdleCallback(id);
    } else {
      // Safari has no requestIdleCallback: a timer stands in.
      const id = setTimeout(() => this.reveal(), 1000);
      this.cancelIdle = () => clearTimeout(id);
    }
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    // Rendered once in full (eager, or revealed): switching to lazy later hides nothing.
    if (this.ready) this.revealed = true;
  }

  private reveal(): void {
    if (this.revealed) return;
    this.revealed = true;
    this.stop();
    this.host.requestUpdate();
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.cancelIdle?.();
    this.cancelIdle = undefined;
  }
}
