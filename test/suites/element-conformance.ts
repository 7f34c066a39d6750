/**
 * What every element must satisfy, written once: accessible in the four
 * locales, direction from the locale, fits a phone (320, 360 and 412 px) with
 * nothing cut off, no Lit dev-mode warnings, no request to another origin,
 * and nothing left listening after it is removed.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import { phoneLayoutProblems } from '../support/phone-layout.js';

export const LOCALES = ['en', 'ar', 'fa', 'ur'] as const;
export type TestLocale = (typeof LOCALES)[number];

export interface ConformanceOptions {
  tag: string;
  /** Renders the element in a locale, with whatever data makes it show its main state. */
  render: (lang: TestLocale) => TemplateResult;
  /** Waits until the element shows that state (data loaded, etc.). */
  settle?: (el: HTMLElement) => Promise<void>;
}

/** Phone widths (CSS px) every element must fit: WCAG 2.2's 320 reflow width and two common phones. */
export const PHONE_WIDTHS = [320, 360, 412] as const;

async function show(options: ConformanceOptions, lang: TestLocale, wrap?: (t: TemplateResult) => TemplateResult): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(wrap ? wrap(options.render(lang)) : options.render(lang));
  const target = el.localName === options.tag ? el : (el.querySelector(options.tag) as HTMLElement);
  await (target as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await options.settle?.(target);
  return target;
}

type ListenerTarget = Window | Document;

function trackListeners(targets: ListenerTarget[]) {
  const live = new Map<string, number>();
  const restore: (() => void)[] = [];
  for (const target of targets) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const key = (type: string) => `${target === window ? 'window' : 'document'}:${type}`;
    target.addEventListener = function (this: ListenerTarget, type: string, ...rest: unknown[]) {
      live.set(key(type), (live.get(key(type)) ?? 0) + 1);
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof add;
    target.removeEventListener = function (this: ListenerTarget, type: string, ...rest: unknown[]) {
      live.set(key(type), (live.get(key(type)) ?? 0) - 1);
      return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof remove;
    restore.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return {
    leaked: () => [...live].filter(([, n]) => n > 0).map(([k]) => k),
    restore: () => restore.forEach((r) => r()),
  };
}

export function runConformanceSuite(options: ConformanceOptions): void {
  describe(`<${options.tag}> conformance`, () => {
    afterEach(() => fixtureCleanup());

    for (const lang of LOCALES) {
      it(`is accessible in ${lang}`, async () => {
        const el = await show(options, lang);
        await expect(el).to.be.accessible();
      });
    }

    it('takes its direction from the locale: ltr in en, rtl in ar, fa and ur', async () => {
      for (const lang of LOCALES) {
        const el = await show(options, lang);
        const base = el.shadowRoot?.querySelector('[dir]');
        expect(base, `an element carrying dir in the shadow root (${lang})`).to.exist;
        expect(getComputedStyle(base!).direction).to.equal(lang === 'en' ? 'ltr' : 'rtl');
        fixtureCleanup();
      }
    });

    describe('at phone widths', () => {
      after(() => setViewport({ width: 800, height: 600 }));
      for (const width of PHONE_WIDTHS) {
        for (const lang of ['en', 'ar'] as const) {
          // In a grid with an auto column, as many host layouts place it (a grid or flex item, a table
          // cell): an element whose minimum width is wider than the phone widens the whole page.
          it(`fits ${width} px in ${lang}, in a shrink-to-fit column, with no text clipped`, async () => {
            await setViewport({ width, height: 800 });
            const el = await show(options, lang, (t) => html`<div style="display: grid">${t}</div>`);
            await new Promise((resolve) => requestAnimationFrame(resolve));
            expect(phoneLayoutProblems(el)).to.deep.equal([]);
          });
        }
      }
    });

    it('renders without Lit dev-mode warnings', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => {
        const text = args.map(String).join(' ');
        // The one-time "Lit is in dev mode" notice is about the test build, not the element.
        if (!text.includes('Lit is in dev mode')) warnings.push(text);
      };
      try {
        for (const lang of LOCALES) await show(options, lang);
      } finally {
        console.warn = original;
      }
      expect(warnings).to.deep.equal([]);
    });

    it('requests nothing from another origin', async () => {
      performance.clearResourceTimings();
      for (const lang of LOCALES) await show(options, lang);
      const foreign = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).origin !== location.origin);
      expect(foreign).to.deep.equal([]);
    });

    it('leaves no window or document listener behind when removed', async () => {
      const tracker = trackListeners([window, document]);
      try {
        const el = await show(options, 'en');
        const root = el.closest('[data-fixture-root]') ?? el;
        root.remove();
        el.remove();
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(tracker.leaked()).to.deep.equal([]);
      } finally {
        tracker.restore();
      }
    });
  });
}
