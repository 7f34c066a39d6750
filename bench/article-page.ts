/**
 * The demo site's article page (/{lang}/news/{id}) and front page (/{lang}/),
 * served by the reference server, in Chromium with the CPU slowed down 4x
 * through the DevTools protocol (Emulation.setCPUThrottlingRate), in English
 * and Arabic, first at phone size (412x823, Lighthouse's mobile setting),
 * then on a desktop (1280x900). Each load gets a fresh browser context (cold
 * HTTP cache, no cookies) and no network throttling (the server is on
 * loopback). Reported, as medians over the loads: LCP, CLS, total blocking
 * time, requests, bytes transferred and third-party requests, judged against
 * the Web Vitals thresholds and goals and the zero third-party budget of
 * ../shared/BUDGETS.md; the page's width too (a phone page that scrolls
 * sideways is broken).
 *
 * BENCH_PAGE_DEBUG=1 prints each load's raw entries to stderr.
 *
 * Nothing here knows the page's markup: the page is found through the API
 * (GET /api/articles?lang=..&limit=1) and measured with PerformanceObserver
 * and the browser's network events only.
 */
import type { Browser, Page, Request } from 'playwright-core';
import { launchChromium } from './browser-runner.js';
import { metric, type Metric } from './harness.js';

const CPU_SLOWDOWN = 4;
/** Phone first: Lighthouse's mobile viewport; then a desktop. */
export const VIEWPORTS = [
  { name: 'phone', width: 412, height: 823 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];
/** How long the page is left alone after its load event, at least, before LCP and the long tasks are read. */
const SETTLE_MS = 2000;
/** How long after scrolling to the bottom, at least, before CLS is read (lazy content, late layout). */
const AFTER_SCROLL_MS = 1000;
/**
 * After those waits, the page counts as settled once it has had no request
 * in flight and no new long task, LCP candidate or layout shift for QUIET_MS
 * (so an element that renders late is not missed on a slow machine); never
 * longer than MAX_EXTRA_WAIT_MS more.
 */
const QUIET_MS = 500;
const MAX_EXTRA_WAIT_MS = 10_000;
const BUDGETS = '../shared/BUDGETS.md';

/**
 * Runs in every document before its own scripts (so nothing is missed even
 * where `buffered` is not honoured, e.g. long tasks): records the entries the
 * figures are computed from, with a short description of the elements
 * involved. A string, not a function, so that no transpiler helper leaks in.
 */
const OBSERVER = `(() => {
  const m = { fcp: null, lcp: [], shifts: [], longTasks: [], errors: [] };
  Object.defineProperty(window, '__articlePageBench', { value: m });
  const describe = (node) => {
    if (!node) return null;
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return node.nodeName;
    const root = el.getRootNode();
    const host = root instanceof ShadowRoot ? root.host.localName + ' >> ' : '';
    const cls = typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
    return host + el.localName + (el.id ? '#' + el.id : '') + cls;
  };
  const observe = (type, each) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(each)).observe({ type, buffered: true });
    } catch (error) {
      m.errors.push(type + ': ' + error.message);
    }
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') m.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => m.lcp.push({ time: e.startTime, size: e.size, element: describe(e.element), url: e.url || null }));
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    m.shifts.push({ time: e.startTime, value: e.value, sources: (e.sources || []).map((s) => describe(s.node)) });
  });
  observe('longtask', (e) => m.longTasks.push({ start: e.startTime, duration: e.duration }));
})();`;

interface Recorded {
  fcp: number | null;
  lcp: { time: number; size: number; element: string | null; url: string | null }[];
  shifts: { time: number; value: number; sources: (string | null)[] }[];
  longTasks: { start: number; duration: number }[];
  errors: string[];
}

interface Sample {
  lcpMs: number;
  lcpElement: string;
  cls: number;
  shiftSources: string[];
  tbtMs: number;
  longTasks: number;
  longestTaskMs: number;
  requests: number;
  bytes: number;
  thirdParty: string[];
  /** The document's scroll width after load: more than the viewport means the page scrolls sideways. */
  scrollWidth: number;
}

/** Milliseconds since the page's last long task ended or last LCP candidate or layout shift happened. */
const SINCE_LAST_ENTRY = `(() => {
  const m = window.__articlePageBench;
  const times = [0, m.fcp || 0, ...m.longTasks.map((t) => t.start + t.duration), ...m.lcp.map((e) => e.time), ...m.shifts.map((s) => s.time)];
  return performance.now() - Math.max(...times);
})()`;

/** Requests of the context in flight, and when one last started or ended (Date.now()). */
interface Activity {
  inFlight: number;
  last: number;
}

/** Waits `minMs`, then until the page and the network have been quiet for QUIET_MS; returns the page's clock then. */
async function settle(page: Page, activity: Activity, minMs: number): Promise<number> {
  await page.waitForTimeout(minMs);
  const deadline = Date.now() + MAX_EXTRA_WAIT_MS;
  while (Date.now() < deadline) {
    const quietNetwork = activity.inFlight === 0 && Date.now() - activity.last >= QUIET_MS;
    if (quietNetwork && ((await page.evaluate(SINCE_LAST_ENTRY)) as number) >= QUIET_MS) break;
    await page.waitForTimeout(100);
  }
  return (await page.evaluate('performance.now()')) as number;
}

/**
 * Total blocking time as Lighthouse computes it, with our window: each long
 * task is clipped to [FCP, the moment the page settled after load] and
 * counts for what it lasts beyond 50 ms.
 */
function totalBlockingTime(tasks: Recorded['longTasks'], from: number, to: number): number {
  let total = 0;
  for (const { start, duration } of tasks) {
    const clipped = Math.min(start + duration, to) - Math.max(start, from);
    if (clipped > 50) total += clipped - 50;
  }
  return total;
}

async function loadOnce(browser: Browser, url: string, origin: string, viewport: Viewport): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  try {
    const requests: Request[] = [];
    const sizes: Promise<number>[] = [];
    const activity: Activity = { inFlight: 0, last: Date.now() };
    // Context-wide, so that requests from workers count too; data: and blob: URLs are not requests.
    const counted = (request: Request) => /^(https?|wss?):/.test(request.url());
    context.on('request', (request) => {
      if (!counted(request)) return;
      requests.push(request);
      activity.inFlight++;
      activity.last = Date.now();
    });
    context.on('requestfailed', (request) => {
      if (!counted(request)) return;
      activity.inFlight--;
      activity.last = Date.now();
    });
    context.on('requestfinished', (request) => {
      if (!counted(request)) return;
      activity.inFlight--;
      activity.last = Date.now();
      sizes.push(
        request.sizes().then(
          (s) => s.responseHeadersSize + s.responseBodySize,
          () => 0,
        ),
      );
    });
    await context.addInitScript({ content: OBSERVER });
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`article page ${url}: page error: ${error.message}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const response = await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (!response?.ok()) throw new Error(`article page ${url}: HTTP ${response?.status()}`);
    const settledAt = await settle(page, activity, SETTLE_MS);
    // LCP before scrolling: Chrome stops reporting it at the first input, and a scroll may count as one.
    const settled = (await page.evaluate('window.__articlePageBench')) as Recorded;
    const scrollWidth = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await settle(page, activity, AFTER_SCROLL_MS);
    const final = (await page.evaluate('window.__articlePageBench')) as Recorded;

    if (process.env.BENCH_PAGE_DEBUG) console.error(JSON.stringify({ url, settledAt, ...final, lcp: settled.lcp, requests: requests.map((r) => r.url()) }));
    if (final.errors.length) throw new Error(`article page ${url}: PerformanceObserver: ${final.errors.join('; ')}`);
    const lcp = settled.lcp.at(-1);
    if (!lcp) throw new Error(`article page ${url}: no largest-contentful-paint entry`);
    const fcp = settled.fcp ?? 0;
    const tasks = settled.longTasks;
    return {
      lcpMs: lcp.time,
      lcpElement: `${lcp.element ?? 'an element in a shadow root'}${lcp.url ? ` ${new URL(lcp.url).pathname}` : ''} (${lcp.size} px²)`,
      cls: final.shifts.reduce((sum, s) => sum + s.value, 0),
      shiftSources: final.shifts.flatMap((s) => s.sources.map((source) => `${source ?? 'a removed or shadow node'} (${s.value.toFixed(4)} at ${Math.round(s.time)} ms)`)),
      tbtMs: totalBlockingTime(tasks, fcp, settledAt),
      longTasks: tasks.length,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      requests: requests.length,
      bytes: (await Promise.all(sizes)).reduce((a, b) => a + b, 0),
      thirdParty: requests.map((r) => r.url()).filter((u) => new URL(u).origin !== origin),
      scrollWidth,
    };
  } finally {
    await context.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
}

/** What a top-level piece of a task is, in words a reader of the table knows. */
function kindOf(name: string): string {
  if (/^(v8\.(evaluateModule|compile|compileModule)|EvaluateScript|v8\.compile)/.test(name)) return 'script evaluation';
  if (name === 'RunMicrotasks') return 'microtasks (element updates)';
  if (/^(FunctionCall|TimerFire|EventDispatch|FireIdleCallback|FireAnimationFrame|v8\.callFunction)$/.test(name)) return 'callbacks';
  if (name === 'Layout') return 'layout';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/.test(name)) return 'style';
  if (/^(ParseHTML|HTMLDocumentParser)/.test(name)) return 'HTML parsing';
  if (/GC|Scavenge/.test(name)) return 'garbage collection';
  if (/^(Paint|PrePaint|Commit|Layerize|UpdateLayer|PaintImage)$/.test(name)) return 'paint';
  return 'other';
}

/**
 * One extra, traced load (not counted in the figures): the page's long tasks, longest first, each
 * split into what its top-level work was, so the table says what blocks.
 */
async function whatBlocks(browser: Browser, url: string, viewport: Viewport): Promise<string> {
  const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] }, transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(SETTLE_MS);
    await cdp.send('Tracing.end');
    await complete;
    // The page's main thread: the one that laid it out.
    const main = events.find((e) => e.name === 'Layout');
    const tasks = events
      .filter((e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 50_000 && e.tid === main?.tid && e.pid === main?.pid)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 3);
    return tasks
      .map((task) => {
        const inside = events
          .filter((e) => e.ph === 'X' && e !== task && e.tid === task.tid && e.pid === task.pid && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur!)
          .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
        const kinds = new Map<string, number>();
        let until = 0;
        for (const e of inside) {
          if (e.ts < until) continue; // nested in a piece already counted
          until = e.ts + (e.dur ?? 0);
          kinds.set(kindOf(e.name), (kinds.get(kindOf(e.name)) ?? 0) + (e.dur ?? 0) / 1000);
        }
        const parts = [...kinds].filter(([, ms]) => ms >= 5).sort((a, b) => b[1] - a[1]).map(([k, ms]) => `${k} ${Math.round(ms)}`);
        return `${Math.round(task.dur! / 1000)} ms (${parts.join(', ') || 'unattributed'})`;
      })
      .join('; ');
  } finally {
    await context.close();
  }
}

async function firstArticle(base: string, lang: string): Promise<string> {
  const res = await fetch(`${base}/api/articles?lang=${lang}&limit=1`);
  if (!res.ok) throw new Error(`GET /api/articles?lang=${lang}&limit=1: HTTP ${res.status}`);
  const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
  if (id === undefined) throw new Error(`no ${lang} article to load (is the server seeded?)`);
  return id;
}

/** The most frequent of `values`, with how many samples had it when they differ. */
function mostCommon(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [top, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['none', 0];
  return n === values.length ? top : `${top} in ${n} of ${values.length}`;
}

interface Measured {
  kind: 'article' | 'front';
  lang: string;
  path: string;
  viewport: Viewport;
  samples: Sample[];
  blocks: string;
}

function rows({ kind, lang, path, viewport, samples: s, blocks }: Measured): Metric[] {
  const name = (what: string) => `${kind} page ${lang}, ${viewport.name} ${viewport.width}x${viewport.height} (${CPU_SLOWDOWN}x CPU), ${what}`;
  const phone = viewport.name === 'phone';
  const sources = [...new Set(s.flatMap((x) => x.shiftSources.map((source) => source.replace(/ \(.*/, ''))))];
  return [
    metric(name('LCP'), `${path}, largest-contentful-paint; element: ${mostCommon(s.map((x) => x.lcpElement))}`, 'ms', s.map((x) => x.lcpMs), {
      below: 2500,
      ...(phone && { goal: 1500 }),
      judged: 'median',
      source: BUDGETS,
    }),
    metric(
      name('CLS'),
      `sum of layout shifts without recent input, from navigation until settled after a scroll to the bottom; shifted: ${sources.join(', ') || 'nothing'}`,
      'score',
      s.map((x) => x.cls),
      { below: 0.1, goal: 0.01, judged: 'median', source: BUDGETS },
    ),
    metric(
      name('total blocking time'),
      `sum of (long task - 50 ms), tasks clipped to [FCP, settled: >= ${SETTLE_MS / 1000} s after load and ${QUIET_MS} ms quiet]; median ${s.map((x) => x.longTasks).sort((a, b) => a - b)[Math.floor(s.length / 2)]} long tasks from navigation, longest ${Math.round(Math.max(...s.map((x) => x.longestTaskMs)))} ms; what blocks, in a traced load, longest task first: ${blocks}`,
      'ms',
      s.map((x) => x.tbtMs),
      { below: 600, goal: 200, judged: 'median', source: BUDGETS },
    ),
    metric(
      name('page width'),
      `document scroll width after load, in a ${viewport.width} px viewport: wider means the reader scrolls sideways`,
      'px',
      s.map((x) => x.scrollWidth),
      { atMost: viewport.width, judged: 'max', source: BUDGETS },
    ),
    metric(name('requests'), "every http(s) request of the page and its workers, failed ones too (not the browser's own favicon fetch)", 'requests', s.map((x) => x.requests)),
    metric(name('transferred'), 'response headers + encoded bodies, as received', 'bytes', s.map((x) => x.bytes)),
    metric(
      name('third-party requests'),
      `requests to another origin than the server's, blocked (CSP) or failed ones too; judged on the max${s.some((x) => x.thirdParty.length) ? `: ${[...new Set(s.flatMap((x) => x.thirdParty))].slice(0, 5).join(' ')}` : ''}`,
      'requests',
      s.map((x) => x.thirdParty.length),
      { atMost: 0, judged: 'max', source: BUDGETS },
    ),
  ];
}

/**
 * `loads` cold loads of each page (an English and an Arabic article page and front page), at phone size
 * and then on a desktop, the pages taking turns so that a slow moment of the machine hits them alike.
 */
export async function articlePageBenchmarks(base: string, loads: number): Promise<Metric[]> {
  const origin = new URL(base).origin;
  const pages = (
    await Promise.all(
      ['en', 'ar'].map(async (lang) => [
        { kind: 'article' as const, lang, path: `/${lang}/news/${encodeURIComponent(await firstArticle(base, lang))}` },
        { kind: 'front' as const, lang, path: `/${lang}/` },
      ]),
    )
  ).flat();
  const measured: Measured[] = VIEWPORTS.flatMap((viewport) => pages.map((p) => ({ ...p, viewport, samples: [], blocks: '' })));
  const browser = await launchChromium();
  try {
    for (const viewport of VIEWPORTS) {
      const these = measured.filter((m) => m.viewport === viewport);
      for (let i = 0; i < loads; i++) {
        for (const m of these) m.samples.push(await loadOnce(browser, `${origin}${m.path}`, origin, viewport));
      }
      for (const m of these) m.blocks = await whatBlocks(browser, `${origin}${m.path}`, viewport);
    }
  } finally {
    await browser.close();
  }
  return measured.flatMap(rows);
}
