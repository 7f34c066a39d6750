/**
 * Demo sections, named in each language the demo content is written in; `path` is the breadcrumb
 * from the root. Which of these languages a site serves is configuration (LANGUAGES).
 */
export type SeedLang = 'en' | 'ar' | 'fa' | 'ur';
/** In this order, since article ids are numbered by it. */
export const seedLangs: SeedLang[] = ['en', 'ar', 'fa', 'ur'];

export const sections: Record<string, Record<SeedLang, string[]>> = {
  'news-public': {
    en: ['News', 'Public'],
    ar: ['أخبار', 'شؤون عامة'],
    fa: ['اخبار', 'عمومی'],
    ur: ['خبریں', 'عوامی'],
  },
  'news-politics': {
    en: ['News', 'Politics'],
    ar: ['أخبار', 'سياسة'],
    fa: ['اخبار', 'سیاست'],
    ur: ['خبریں', 'سیاست'],
  },
  'business-economy': {
    en: ['Business', 'Economy'],
    ar: ['أعمال', 'اقتصاد'],
    fa: ['کسب‌وکار', 'اقتصاد'],
    ur: ['کاروبار', 'معیشت'],
  },
  'culture-arts': {
    en: ['Culture', 'Arts'],
    ar: ['ثقافة', 'فنون'],
    fa: ['فرهنگ', 'هنر'],
    ur: ['ثقافت', 'فنون'],
  },
  'science-environment': {
    en: ['Science', 'Environment'],
    ar: ['علوم', 'بيئة'],
    fa: ['علم', 'محیط زیست'],
    ur: ['سائنس', 'ماحولیات'],
  },
  sport: {
    en: ['Sport'],
    ar: ['رياضة'],
    fa: ['ورزش'],
    ur: ['کھیل'],
  },
};
