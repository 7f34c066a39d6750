/**
 * Loads data for an element, in the manner of @lit/task at a third of its
 * weight (an element page has a few KB for everything, lit included).
 *
 * An element declares what it loads and from which inputs:
 *
 *   private readonly _languages = new Loader(this, {
 *     args: () => { const client = clientOf(this); return client && [client] },
 *     task: ([client], signal) => client.listLanguages({ signal }),
 *     onError: reportError(this, 'load-languages'),
 *   });
 *
 * Before each render the loader compares `args()` with the last run's,
 * element by element (`===`), and runs the task when they differ. `undefined`
 * means "nothing to load": the loader goes back to idle. One run at a time:
 * a newer run or a disconnect aborts the older one, whose result is dropped.
 * A task that returns a value instead of a promise (data at hand) settles in
 * the same update, with no pending state and no extra render.
 *
 * Loaders without `args` run only when told to (`run(job)`): "load more", a
 * captcha fetched when the person starts writing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LoadStatus = 'idle' | 'pending' | 'complete' | 'error';

type Job<T> = (signal: AbortSignal) => T | Promise<T>;

export interface LoaderOptions<T, A extends readonly unknown[]> {
  /** The inputs, read before every render; `undefined` when there is nothing to load. */
  args?: () => A | undefined;
  /** Loads for the given inputs. Required with `args`. */
  task?: (args: A, signal: AbortSignal) => T | Promise<T>;
  /** Called with each run's value, before the render that shows it (not for aborted runs). */
  onComplete?: (value: T) => void;
  /** Called when a run fails for another reason than being aborted. */
  onError?: (error: unknown) => void;
}

export class Loader<T, A extends readonly unknown[] = readonly unknown[]> implements ReactiveController {
  status: LoadStatus = 'idle';
  value: T | undefined;
  error: unknown;
  private _controller: AbortController | undefined;
  private _lastJob: Job<T> | undefined;
  private _lastArgs: A | undefined;
  private _running: Promise<void> = Promise.resolve();

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _options: LoaderOptions<T, A> = {},
  ) {
    _host.addController(this);
  }

  hostUpdate(): void {
    const { args, task } = this._options;
    if (!args || !task) return;
    const next = args();
    if (!next) {
      if (this._lastArgs || this.status !== 'idle') this.reset();
      return;
    }
    const last = this._lastArgs;
    const same = last && last.length === next.length && next.every((value, i) => value === last[i]);
    if (same && this.status !== 'idle') return;
    this._lastArgs = next;
    void this.run((signal) => task(next, signal));
  }

  /** Starts a run, aborting the one in flight. A job that returns a value settles at once. */
  run(job: Job<T>): Promise<void> {
    this.abort();
    this._lastJob = job;
    const controller = (this._controller = new AbortController());
    let result: T | Promise<T>;
    try {
      result = job(controller.signal);
    } catch (error) {
      this._fail(error);
      return (this._running = Promise.resolve());
    }
    if (!(result instanceof Promise)) {
      this._complete(result);
      return (this._running = Promise.resolve());
    }
    this.status = 'pending';
    this._host.requestUpdate();
    return (this._running = result.then(
      (value) => {
        if (controller === this._controller) this._complete(value);
      },
      (error: unknown) => {
        if (controller === this._controller && !controller.signal.aborted) this._fail(error);
      },
    ));
  }

  private _complete(value: T): void {
    this.value = value;
    this.status = 'complete';
    this._options.onComplete?.(value);
    this._host.requestUpdate();
  }

  private _fail(error: unknown): void {
    this.error = error;
    this.status = 'error';
    this._options.onError?.(error);
    this._host.requestUpdate();
  }

  /** Settles when the latest run has (aborted runs settle too; a newer run is not waited for). */
  get settled(): Promise<void> {
    return this._running;
  }

  /** Runs the last job again (a retry button). */
  retry(): Promise<void> {
    return this._lastJob ? this.run(this._lastJob) : Promise.resolve();
  }

  abort(): void {
    this._controller?.abort();
    this._controller = undefined;
  }

  /** Forgets the value and the inputs it came from. */
  reset(): void {
    this.abort();
    this.status = 'idle';
    this.value = undefined;
    this.error = undefined;
    this._lastArgs = undefined;
  }

  hostConnected(): void {
    // A run cut short by a disconnect starts again on reconnect.
    if (this.status === 'idle' && this._lastArgs) this._host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.status === 'pending') {
      this.abort();
      this.status = 'idle';
    }
  }
}
