import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/moderation-queue/index.js';
import type { NewsModerationQueue } from '../src/components/moderation-queue/news-moderation-queue.js';
import type { ModeratedComment } from '../src/sdk/admin.js';
import { moderated } from '../test/fixtures/data.js';
import { fakeFetch, hang, json, type Route } from '../test/support/fake-client.js';
import { queueClient } from '../test/support/fake-moderation.js';
import { until } from '../test/support/until.js';

type Lang = 'en' | 'ar' | 'fa' | 'ur';
type State = 'queue' | 'approved' | 'rejected' | 'empty' | 'loading' | 'offline' | 'signed-out' | 'conflict' | 'undo' | 'help' | 'selected';

const TEXT: Record<Lang, { title: string; bodies: string[]; names: string[] }> = {
  en: {
    title: 'City council opens the new public library',
    bodies: ['Finally! The old branch closed at six, far too early for anyone who works.', 'Cheap pills here: http://example.com/pills', 'Will the children’s floor be open on weekends too?', 'Great news — and the Persian section is twice the size now. کتابخانه عالی است!'],
    names: ['Ali', 'Spam Bot', 'Sara', 'مریم'],
  },
  ar: {
    title: 'المجلس البلدي يفتتح المكتبة العامة الجديدة',
    bodies: ['أخيرًا! كانت المكتبة القديمة تغلق في السادسة.', 'حبوب رخيصة هنا: http://example.com/pills', 'هل سيفتح طابق الأطفال في عطلة نهاية الأسبوع أيضًا؟', 'خبر رائع، and the English shelves are bigger too.'],
    names: ['علي', 'Spam Bot', 'سارة', 'Mary'],
  },
  fa: {
    title: 'شورای شهر کتابخانه عمومی جدید را افتتاح کرد',
    bodies: ['بالاخره! شعبه قدیمی ساعت شش تعطیل می‌شد.', 'قرص ارزان اینجا: http://example.com/pills', 'آیا طبقه کودکان آخر هفته‌ها هم باز است؟', 'خبر خوبی است، and the English shelves are bigger too.'],
    names: ['علی', 'Spam Bot', 'سارا', 'Mary'],
  },
  ur: {
    title: 'سٹی کونسل نے نئی پبلک لائبریری کھول دی',
    bodies: ['آخرکار! پرانی لائبریری چھ بجے بند ہو جاتی تھی۔', 'سستی گولیاں یہاں: http://example.com/pills', 'کیا بچوں کی منزل ہفتے کے آخر میں بھی کھلی رہے گی؟', 'اچھی خبر ہے، and the English shelves are bigger too.'],
    names: ['علی', 'Spam Bot', 'سارہ', 'Mary'],
  },
};

const HOLDS: Partial<ModeratedComment>[] = [
  { holdCode: 'first_comment' },
  { holdCode: 'links' },
  { holdCode: 'rule', holdReason: 'weekend, children' },
  { holdCode: 'reported', parentId: 'c1' },
];

function comments(lang: Lang): ModeratedComment[] {
  const { title, bodies, names } = TEXT[lang];
  const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
  const pending = bodies.map((body, i) => moderated(i + 1, { body, authorName: names[i]!, articleTitle: title, createdAt: ago(30 - i * 6), ...HOLDS[i] }));
  const decided = (i: number, status: 'approved' | 'rejected') =>
    moderated(i, { body: bodies[i % 4]!, authorName: names[i % 4]!, articleTitle: title, createdAt: ago(72 + i), status, moderatedAt: ago(48 - i), holdCode: 'first_comment' });
  return [...pending, decided(5, 'approved'), decided(6, 'approved'), decided(7, 'rejected')];
}

const API = 'https://admin.example.org/api';

/** The element signs in itself against API: its requests there answer 401 (any other request goes out as usual). */
function refuseTokens(): void {
  const real = window.fetch;
  if ((real as { refusing?: boolean }).refusing) return;
  const refuse = fakeFetch({ '.*': () => json(401, { error: { code: 'unauthorized', message: 'Bad token' } }) });
  window.fetch = Object.assign((input: RequestInfo | URL, init?: RequestInit) => (new Request(input, init).url.startsWith(API) ? refuse(input, init) : real(input, init)), { refusing: true });
}

function render({ lang, state }: { lang: Lang; state: State }) {
  if (state === 'signed-out') {
    refuseTokens();
    sessionStorage.setItem(`news-moderation-token ${API}`, 'an-expired-token');
    return html`<news-moderation-queue lang=${lang} base-url=${API}></news-moderation-queue>`;
  }
  const all = comments(lang);
  const routes: Record<string, Route> = {};
  if (state === 'loading') routes['GET /admin/comments'] = (_url, request) => hang(request);
  if (state === 'offline') routes['GET /admin/comments.*'] = () => Promise.reject(new TypeError('Failed to fetch'));
  const client = queueClient(state === 'empty' ? [] : all, routes, { timeoutMs: 600_000 });
  return html`<news-moderation-queue lang=${lang || nothing} .client=${client}></news-moderation-queue>`;
}

/** What a story does once the queue shows: choose a tab, act, select, open the help. */
async function play(canvasElement: HTMLElement, state: State): Promise<void> {
  const el = canvasElement.querySelector<NewsModerationQueue>('news-moderation-queue')!;
  const root = el.shadowRoot!;
  const ready = () => until(() => root.querySelectorAll('[part="item"]').length > 0, 'the queue', 5000);
  const click = (selector: string) => root.querySelector<HTMLElement>(selector)!.click();
  if (state === 'approved' || state === 'rejected') click(`#tab-${state}`);
  if (state === 'conflict' || state === 'undo') {
    await ready();
    // Another moderator approved the first comment a moment ago; this screen still shows it as pending.
    if (state === 'conflict') (el.client as ReturnType<typeof queueClient>).queue.decideElsewhere('c1', 'approved');
    root.querySelector<HTMLElement>('[data-id="c1"] [part~="approve"]')!.focus();
    click('[data-id="c1"] [part~="approve"]');
  }
  if (state === 'selected') {
    await ready();
    for (const box of [...root.querySelectorAll<HTMLInputElement>('[part="select"]')].slice(0, 3)) box.click();
  }
  if (state === 'help') {
    await ready();
    click('[part="help-button"]');
  }
}

/**
 * The moderation queue, every state in every locale, over an in-memory moderation back end (the real
 * admin client validates every answer). Approve, reject, select and undo work in every story.
 */
const meta: Meta<{ lang: Lang; state: State }> = {
  title: 'Elements/news-moderation-queue',
  component: 'news-moderation-queue',
  args: { lang: 'en', state: 'queue' },
  argTypes: {
    lang: { control: 'select', options: ['en', 'ar', 'fa', 'ur'] },
    state: { control: 'select', options: ['queue', 'approved', 'rejected', 'empty', 'loading', 'offline', 'signed-out', 'conflict', 'undo', 'help', 'selected'] },
  },
  render,
  play: ({ canvasElement, args }) => play(canvasElement, args.state),
};
export default meta;

type Story = StoryObj<{ lang: Lang; state: State }>;

const story = (state: State, lang: Lang): Story => ({ args: { state, lang }, globals: { locale: lang } });

export const DefaultQueueEnglish = story('queue', 'en');
export const DefaultQueueArabic = story('queue', 'ar');
export const DefaultQueuePersian = story('queue', 'fa');
export const DefaultQueueUrdu = story('queue', 'ur');
export const ApprovedTabEnglish = story('approved', 'en');
export const ApprovedTabArabic = story('approved', 'ar');
export const ApprovedTabPersian = story('approved', 'fa');
export const ApprovedTabUrdu = story('approved', 'ur');
export const RejectedTabEnglish = story('rejected', 'en');
export const RejectedTabArabic = story('rejected', 'ar');
export const RejectedTabPersian = story('rejected', 'fa');
export const RejectedTabUrdu = story('rejected', 'ur');
export const EmptyEnglish = story('empty', 'en');
export const EmptyArabic = story('empty', 'ar');
export const EmptyPersian = story('empty', 'fa');
export const EmptyUrdu = story('empty', 'ur');
export const LoadingEnglish = story('loading', 'en');
export const LoadingArabic = story('loading', 'ar');
export const LoadingPersian = story('loading', 'fa');
export const LoadingUrdu = story('loading', 'ur');
export const OfflineEnglish = story('offline', 'en');
export const OfflineArabic = story('offline', 'ar');
export const OfflinePersian = story('offline', 'fa');
export const OfflineUrdu = story('offline', 'ur');
/** The element signs in itself (`base-url`): the server refused the kept token (401), so it asks again. */
export const SignedOutEnglish = story('signed-out', 'en');
export const SignedOutArabic = story('signed-out', 'ar');
export const SignedOutPersian = story('signed-out', 'fa');
export const SignedOutUrdu = story('signed-out', 'ur');
/** Another moderator approved the first comment first: approving it here says so, and nothing changes twice. */
export const ConflictEnglish = story('conflict', 'en');
export const ConflictArabic = story('conflict', 'ar');
export const ConflictPersian = story('conflict', 'fa');
export const ConflictUrdu = story('conflict', 'ur');
/** The first comment was just approved: "Undo" is offered for six seconds. */
export const UndoToastEnglish = story('undo', 'en');
export const UndoToastArabic = story('undo', 'ar');
export const UndoToastPersian = story('undo', 'fa');
export const UndoToastUrdu = story('undo', 'ur');
export const HelpDialogEnglish = story('help', 'en');
export const HelpDialogArabic = story('help', 'ar');
export const HelpDialogPersian = story('help', 'fa');
export const HelpDialogUrdu = story('help', 'ur');
export const ManySelectedEnglish = story('selected', 'en');
export const ManySelectedArabic = story('selected', 'ar');
export const ManySelectedPersian = story('selected', 'fa');
export const ManySelectedUrdu = story('selected', 'ur');
