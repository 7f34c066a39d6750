/**
 * Demo comments, written with the demo articles: threads with replies (one with more replies than a
 * list shows at first), and comments waiting in the moderation queue for each reason one is held, so
 * that the article pages and /admin have something to show. Each is placed by its story and language
 * and timed in minutes after that version was published.
 */
import { holdReasons } from './comments.js';
import type { SeedLang } from './seed-sections.js';

export interface SeedComment {
  /** Unique within the seed; replies name their parent by it. */
  key: string;
  story: number;
  lang: SeedLang;
  /** Minutes after the version was published. */
  minutes: number;
  author: string;
  body: string;
  parent?: string;
  status?: 'approved' | 'pending' | 'rejected';
  hold?: { code: 'first_comment' | 'links' | 'rule' | 'all' | 'reported'; reason: string };
}

const HELD_LINK = { code: 'links', reason: holdReasons.links } as const;
const HELD_FIRST = { code: 'first_comment', reason: holdReasons.first_comment } as const;

export const seedComments: SeedComment[] = [
  // The library story in English: a long thread, a short one, and a comment on its own.
  { key: 'lib-en-1', story: 0, lang: 'en', minutes: 8, author: 'Amira Saleh', body: 'Finally! My shift ends at nine, and the old hours never worked for me.' },
  { key: 'lib-en-1a', story: 0, lang: 'en', minutes: 14, author: 'Jonas Weber', parent: 'lib-en-1', body: 'Same here. The reading room was always closed by the time I got there.' },
  { key: 'lib-en-1b', story: 0, lang: 'en', minutes: 21, author: 'Priya Nair', parent: 'lib-en-1', body: "Does anyone know whether the children's section stays open late too?" },
  { key: 'lib-en-1c', story: 0, lang: 'en', minutes: 26, author: 'Amira Saleh', parent: 'lib-en-1', body: 'Only the main floor for the first month, as I read the article.' },
  { key: 'lib-en-1d', story: 0, lang: 'en', minutes: 33, author: 'Tom Okafor', parent: 'lib-en-1', body: 'I hope the quiet study rooms can be booked in the evening as well.' },
  { key: 'lib-en-1e', story: 0, lang: 'en', minutes: 41, author: 'Lena Park', parent: 'lib-en-1', body: 'Went last night: busy but calm. A good change.' },
  { key: 'lib-en-2', story: 0, lang: 'en', minutes: 18, author: 'Daniel Reyes', body: 'Who pays for the extra staff hours? The article does not say.' },
  { key: 'lib-en-2a', story: 0, lang: 'en', minutes: 29, author: 'Marta Kowalski', parent: 'lib-en-2', body: "The council's budget line for libraries went up this year." },
  { key: 'lib-en-3', story: 0, lang: 'en', minutes: 37, author: 'Sofia Lind', body: 'Lovely news for everyone who works nights.' },
  { key: 'lib-en-held-1', story: 0, lang: 'en', minutes: 45, author: 'Book Deals', body: 'Cheap books at www.books-deals.example, visit now!', status: 'pending', hold: HELD_LINK },
  { key: 'lib-en-held-2', story: 0, lang: 'en', minutes: 47, author: 'Kwame Mensah', body: 'First time commenting here: thank you for covering the library.', status: 'pending', hold: HELD_FIRST },
  {
    key: 'lib-en-held-3',
    story: 0,
    lang: 'en',
    minutes: 49,
    author: 'Anonymous',
    parent: 'lib-en-1',
    body: 'Nobody reads books any more, why bother.',
    status: 'pending',
    hold: { code: 'reported', reason: 'Reported by a reader as off-topic.' },
  },
  { key: 'lib-en-spam', story: 0, lang: 'en', minutes: 50, author: 'Followers Fast', body: 'Buy followers at https://followers.example', status: 'rejected', hold: HELD_LINK },

  { key: 'lib-ar-1', story: 0, lang: 'ar', minutes: 10, author: 'ليلى حداد', body: 'خبر رائع، أخيرًا أستطيع المطالعة بعد العمل.' },
  { key: 'lib-ar-1a', story: 0, lang: 'ar', minutes: 22, author: 'سامر خوري', parent: 'lib-ar-1', body: 'وأنا أيضًا، كانت القاعة تُغلق قبل وصولي دائمًا.' },
  { key: 'lib-ar-1b', story: 0, lang: 'ar', minutes: 35, author: 'ليلى حداد', parent: 'lib-ar-1', body: 'أتمنى أن يستمر هذا بعد الشهر الأول.' },

  { key: 'lib-fa-1', story: 0, lang: 'fa', minutes: 12, author: 'مریم احمدی', body: 'چه خوب! دانشجوها واقعاً به این ساعت‌ها نیاز داشتند.' },
  { key: 'lib-fa-1a', story: 0, lang: 'fa', minutes: 30, author: 'علی رضایی', parent: 'lib-fa-1', body: 'امیدوارم سالن مطالعه هم تا دیروقت باز بماند.' },
  {
    key: 'lib-fa-held',
    story: 0,
    lang: 'fa',
    minutes: 40,
    author: 'نگار کریمی',
    body: 'ممنون از گزارش خوبتان.',
    status: 'pending',
    hold: { code: 'all', reason: holdReasons.all },
  },

  { key: 'lib-ur-1', story: 0, lang: 'ur', minutes: 9, author: 'عائشہ خان', body: 'بہت اچھی خبر ہے، اب شام کو بھی پڑھنے جا سکوں گی۔' },
  { key: 'lib-ur-1a', story: 0, lang: 'ur', minutes: 19, author: 'بلال احمد', parent: 'lib-ur-1', body: 'بالکل، طلبہ کے لیے یہ بڑی سہولت ہے۔' },
  { key: 'lib-ur-1b', story: 0, lang: 'ur', minutes: 31, author: 'عائشہ خان', parent: 'lib-ur-1', body: 'امید ہے بچوں کا حصہ بھی جلد دیر تک کھلے گا۔' },

  // The poetry festival in English: a thread, and a comment held by a site rule.
  { key: 'poetry-en-1', story: 3, lang: 'en', minutes: 60, author: 'Hana Yusuf', body: 'Hearing the same poem in four languages was the best part.' },
  { key: 'poetry-en-1a', story: 3, lang: 'en', minutes: 95, author: 'Omar Farouk', parent: 'poetry-en-1', body: 'The Urdu reading gave me goosebumps.' },
  {
    key: 'poetry-en-held',
    story: 3,
    lang: 'en',
    minutes: 120,
    author: 'Rapid Poster',
    body: 'Another comment, and another, and another.',
    status: 'pending',
    hold: { code: 'rule', reason: holdReasons.rule },
  },
];
