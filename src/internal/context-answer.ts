import type { Context } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Callback<T> = (value: T, unsubscribe?: () => void) => void;

/**
 * The providing half of the context protocol
 * (https://github.com/webcomponents-cg/community-protocols) for one value:
 * answers `context-request` events for `context` that reach the host from
 * below (or are dispatched on it), and calls subscribers again whenever the
 * value changes. What @lit/context's ContextProvider does for our two
 * contexts, at a quarter of its weight; any protocol consumer (ours, or
 * @lit/context's ContextConsumer) gets its answers.
 */
export class ContextAnswer<T> implements ReactiveController {
  private readonly _subscribers = new Map<Callback<T>, () => void>();

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    context: Context<symbol, T>,
    private _value: T,
  ) {
    _host.addController(this);
    _host.addEventListener('context-request', (request) => {
      // The host's own request (it may consume a context of the same kind from further up) is not ours to answer.
      if (request.context !== context || request.contextTarget === _host) return;
      request.stopPropagation();
      const callback = request.callback as Callback<T>;
      if (!request.subscribe) return callback(this._value);
      const unsubscribe = () => this._subscribers.delete(callback);
      this._subscribers.set(callback, unsubscribe);
      callback(this._value, unsubscribe);
    });
  }

  get value(): T {
    return this._value;
  }

  /** Gives subscribers a new value (nothing when it is the same). */
  set(value: T): void {
    if (value === this._value) return;
    this._value = value;
    for (const [callback, unsubscribe] of this._subscribers) callback(value, unsubscribe);
  }

  hostConnected(): void {
    // Elements that asked before this provider existed ask again.
    this._host.dispatchEvent(new Event('context-provider', { bubbles: true, composed: true }));
  }
}
