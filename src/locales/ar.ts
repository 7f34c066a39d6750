
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.retry': `أعد المحاولة`,
'count.comments.few': str`${0} تعليقات`,
'count.comments.many': str`${0} تعليقًا`,
'count.comments.one': str`${0} تعليق`,
'count.comments.other': str`${0} تعليق`,
'count.comments.two': str`${0} تعليقان`,
'count.comments.zero': str`${0} تعليق`,
'count.minutes-read.few': str`${0} دقائق قراءة`,
'count.minutes-read.many': str`${0} دقيقة قراءة`,
'count.minutes-read.one': str`${0} دقيقة قراءة`,
'count.minutes-read.other': str`${0} دقيقة قراءة`,
'count.minutes-read.two': str`${0} دقيقتان قراءة`,
'count.minutes-read.zero': str`${0} دقيقة قراءة`,
'count.views.few': str`${0} مشاهدات`,
'count.views.many': str`${0} مشاهدة`,
'count.views.one': str`${0} مشاهدة`,
'count.views.other': str`${0} مشاهدة`,
'count.views.two': str`${0} مشاهدتان`,
'count.views.zero': str`${0} مشاهدة`,
'language-switcher.button': str`اللغة: ${0}`,
'language-switcher.empty': `لا تتوفر لغات أخرى.`,
'language-switcher.error': `تعذّر تحميل اللغات.`,
'language-switcher.label': `اللغات`,
'language-switcher.loading': `جارٍ تحميل اللغات…`,
'language-switcher.no-translation': `(لا توجد ترجمة)`,
    };
  