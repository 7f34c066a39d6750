import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A wait the server asked for (429 Retry-After): the host renders again
 * every second until it is over, for a countdown shown outside any live
 * region (so nothing is announced every second).
 */
export class Countdown implements ReactiveController {
  /** When the wait ends (ms since the epoch); 0 when there is none. */
  endsAt = 0;
  /** The whole wait, in seconds, as first announced. */
  seconds = 0;
  private _timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly _host: ReactiveControllerHost) {
    _host.addController(this);
  }

  get running(): boolean {
    return Date.now() < this.endsAt;
  }

  /** Seconds left, rounded up. */
  get left(): number {
    return Math.max(0, Math.ceil((this.endsAt - Date.now()) / 1000));
  }

  start(seconds: number): void {
    this.seconds = seconds;
    this.endsAt = Date.now() + seconds * 1000;
    this.hostConnected();
  }

  hostConnected(): void {
    clearInterval(this._timer);
    if (!this.running) return;
    this._timer = setInterval(() => {
      if (!this.running) this.hostDisconnected();
      this._host.requestUpdate();
    }, 1000);
  }

  hostDisconnected(): void {
    clearInterval(this._timer);
    this._timer = undefined;
    if (!this.running) this.endsAt = 0;
  }
}
