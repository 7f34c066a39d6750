/**
 * How Lit's SSR renders our elements. Lit's own LitElementRenderer calls an
 * element's constructor, `willUpdate()` and `render()`, never
 * `connectedCallback()` nor the controllers' `hostUpdate()`. Our elements
 * show data through their loaders (src/internal/loader.ts), which start in
 * `hostUpdate()`: this renderer runs those too, and waits for the loads they
 * started (the article's schema check, or a fetch through a `.client` the
 * host handed in) before the element renders its shadow root.
 */
import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import type { ReactiveController } from 'lit';
import { Loader } from '../internal/loader.js';
import { NewsElement, serverUpdate } from '../internal/news-element.js';
import type { NewsErrorDetail } from '../events/news-error.js';
import { renderState } from './context.js';

type ThunkedRenderResult = ReturnType<LitElementRenderer['renderShadow']>;

/** Loads that finish in turn (an article, then its comment count) are followed this many rounds at most. */
const MAX_ROUNDS = 5;

const pending = (controllers: readonly ReactiveController[]) =>
  controllers.filter((c): c is Loader<unknown> => c instanceof Loader && c.status === 'pending');

async function settle(element: NewsElement): Promise<void> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const loads = pending(serverUpdate(element));
    if (loads.length === 0) return;
    await Promise.all(loads.map((load) => load.settled));
  }
}

export class NewsElementRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor.prototype instanceof NewsElement;
  }

  declare element: NewsElement;

  override connectedCallback(): void {
    super.connectedCallback();
    const onError = renderState()?.onError;
    const tagName = this.tagName;
    // The element's own report of what failed (invalid data, a failed fetch), for the host to log: it renders its error state.
    if (onError) {
      this.element.addEventListener('news-error', (event) => {
        const { error, operation } = (event as CustomEvent<NewsErrorDetail>).detail;
        onError(error, { tagName, operation });
      });
    }
  }

  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult {
    const element = this.element;
    return [
      async () => {
        await settle(element);
        // What the element renders now that its data is at hand (the styles, then its template).
        return super.renderShadow(renderInfo) ?? [];
      },
    ];
  }
}
