/**
 * Hydration support: elements whose shadow root came with the page (server
 * rendering, news-elements/ssr: a declarative shadow root) keep that root and
 * its nodes, and Lit attaches to them instead of rendering again. Lit's own
 * support (@lit-labs/ssr-client) plus what our elements need, in a chunk of
 * its own: only pages with a server-rendered element load it (the autoloader
 * and take-turns.ts import it before such an element connects); the others
 * pay nothing.
 *
 * Lit applies its support when lit-element evaluates after it; in our CDN
 * files lit evaluates first (the runtime chunk, the bundle), so it is applied
 * here, by hand, once, before any element connects. Then, for a
 * server-rendered element (`serverRendered`, see news-element.ts):
 * - its first update waits for the page's interface strings, so that it
 *   renders the words the server did;
 * - it renders the server's view in that update (hydration: Lit reads the
 *   nodes, changes none), and the browser's own view in the next (the share
 *   sheet button, a form that can send): only what differs changes.
 */
import { LitElement, type PropertyValues } from 'lit';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { syncPageLocale } from './localization.js';

type Support = (lit: { LitElement: typeof LitElement }) => void;
interface Hydrated {
  serverRendered?: boolean;
  shadowRoot: ShadowRoot | null;
  hasUpdated: boolean;
  requestUpdate(): void;
}

const applied = Symbol.for('news-elements.hydrate-support');
const lit = LitElement as typeof LitElement & { [applied]?: true };
if (!lit[applied]) {
  lit[applied] = true;
  (globalThis as { litElementHydrateSupport?: Support }).litElementHydrateSupport?.({ LitElement });
  const proto = LitElement.prototype as unknown as {
    createRenderRoot(this: Hydrated): ShadowRoot;
    scheduleUpdate(this: Hydrated): void | Promise<unknown>;
    update(this: Hydrated, changed: PropertyValues): void;
  };
  const { createRenderRoot, scheduleUpdate, update } = proto;
  proto.createRenderRoot = function () {
    if (this.shadowRoot) this.serverRendered = true;
    return createRenderRoot.call(this);
  };
  proto.scheduleUpdate = function () {
    return this.serverRendered && !this.hasUpdated ? syncPageLocale().then(() => scheduleUpdate.call(this)) : scheduleUpdate.call(this);
  };
  proto.update = function (changed) {
    update.call(this, changed);
    if (this.serverRendered) {
      this.serverRendered = false;
      this.requestUpdate();
    }
  };
}
