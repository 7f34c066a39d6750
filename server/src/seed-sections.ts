/** Demo sections, named in each language; `path` is the breadcrumb from the root. */
export type Lang = 'en' | 'ar' | 'fa' | 'ur';
export const langs: Lang[] = ['en', 'ar', 'fa', 'ur'];

export const languages = [
  { lang: 'en', name: 'English', nativeName: 'English', dir: 'ltr' },
  { lang: 'ar', name: 'Arabic', nativeName: 'العربية', dir: 'rtl' },
  { lang: 'fa', name: 'Persian', nativeName: 'فارسی', dir: 'rtl' },
  { lang: 'ur', name: 'Urdu', nativeName: 'اردو', dir: 'rtl' },
] as const;

export const sections: Record<string, Record<Lang, string[]>> = {
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
