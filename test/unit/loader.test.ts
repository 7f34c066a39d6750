import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Loader } from '../../src/internal/loader.js';

/** A host that runs its controllers' hostUpdate when asked, as Lit does before each render. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  requests = 0;
  updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.requests++;
  }
  update() {
    for (const c of this.controllers) c.hostUpdate?.();
  }
  connect() {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect() {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
};

describe('Loader with declared inputs', () => {
  it('runs when the inputs change, element by element, and not when they are equal', async () => {
    const host = new Host();
    let input = ['a', 1] as const as readonly [string, number];
    const runs: string[] = [];
    const loader = new Loader(host, { args: () => input, task: async ([s, n]) => (runs.push(`${s}${n}`), `${s}${n}!`) });
    host.update();
    await loader.settled;
    assert.equal(loader.value, 'a1!');
    input = ['a', 1]; // a new array with equal elements
    host.update();
    input = ['b', 1];
    host.update();
    await loader.settled;
    assert.deepEqual(runs, ['a1', 'b1']);
    assert.equal(loader.status, 'complete');
  });

  it('aborts a stale run and drops its result', async () => {
    const host = new Host();
    const jobs: { signal: AbortSignal; d: ReturnType<typeof deferred<string>> }[] = [];
    let input = 'first';
    const completed: string[] = [];
    const loader = new Loader(host, {
      args: () => [input] as const,
      task: (_args, signal) => {
        const d = deferred<string>();
        jobs.push({ signal, d });
        return d.promise;
      },
      onComplete: (value) => completed.push(value),
    });
    host.update();
    input = 'second';
    host.update();
    assert.equal(jobs[0]!.signal.aborted, true);
    jobs[0]!.d.resolve('stale');
    jobs[1]!.d.resolve('fresh');
    await loader.settled;
    await Promise.resolve();
    assert.deepEqual(completed, ['fresh']);
    assert.equal(loader.value, 'fresh');
  });

  it('settles at once, without a pending state, when the task returns a value', () => {
    const host = new Host();
    const loader = new Loader(host, { args: () => [2] as const, task: ([n]) => n * 21 });
    host.update();
    assert.equal(loader.status, 'complete');
    assert.equal(loader.value, 42);
  });

  it('reports errors, not aborts, and retries the last job', async () => {
    const host = new Host();
    const errors: unknown[] = [];
    let fail = true;
    const loader = new Loader(host, {
      args: () => ['x'] as const,
      task: async () => {
        if (fail) throw new Error('down');
        return 'up';
      },
      onError: (error) => errors.push(error),
    });
    host.update();
    await loader.settled;
    assert.equal(loader.status, 'error');
    assert.equal((errors[0] as Error).message, 'down');
    fail = false;
    await loader.retry();
    assert.equal(loader.value, 'up');
    assert.equal(errors.length, 1);
  });

  it('goes back to idle when there is nothing to load, and loads again when there is', async () => {
    const host = new Host();
    let input: readonly [string] | undefined = ['x'];
    const loader = new Loader(host, { args: () => input, task: async ([s]) => s });
    host.update();
    await loader.settled;
    input = undefined;
    host.update();
    assert.equal(loader.status, 'idle');
    assert.equal(loader.value, undefined);
    input = ['x'];
    host.update();
    await loader.settled;
    assert.equal(loader.value, 'x');
  });

  it('starts a run cut short by a disconnect again on reconnect', async () => {
    const host = new Host();
    const signals: AbortSignal[] = [];
    const loader = new Loader(host, { args: () => ['x'] as const, task: (_a, signal) => (signals.push(signal), new Promise<string>(() => {})) });
    host.update();
    host.disconnect();
    assert.equal(signals[0]!.aborted, true);
    assert.equal(loader.status, 'idle');
    const before = host.requests;
    host.connect();
    assert.equal(host.requests, before + 1, 'asks for an update');
    host.update();
    assert.equal(signals.length, 2);
    assert.equal(loader.status, 'pending');
  });

  it('runs only when told to without declared inputs', async () => {
    const host = new Host();
    const loader = new Loader<number>(host);
    host.update();
    assert.equal(loader.status, 'idle');
    await loader.run(async () => 7);
    assert.equal(loader.value, 7);
  });
});
