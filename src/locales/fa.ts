
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.retry': `تلاش دوباره`,
'count.comments.few': str`${0} دیدگاه`,
'count.comments.many': str`${0} دیدگاه`,
'count.comments.one': str`${0} دیدگاه`,
'count.comments.other': str`${0} دیدگاه`,
'count.comments.two': str`${0} دیدگاه`,
'count.comments.zero': str`${0} دیدگاه`,
'count.minutes-read.few': str`${0} دقیقه مطالعه`,
'count.minutes-read.many': str`${0} دقیقه مطالعه`,
'count.minutes-read.one': str`${0} دقیقه مطالعه`,
'count.minutes-read.other': str`${0} دقیقه مطالعه`,
'count.minutes-read.two': str`${0} دقیقه مطالعه`,
'count.minutes-read.zero': str`${0} دقیقه مطالعه`,
'count.views.few': str`${0} بازدید`,
'count.views.many': str`${0} بازدید`,
'count.views.one': str`${0} بازدید`,
'count.views.other': str`${0} بازدید`,
'count.views.two': str`${0} بازدید`,
'count.views.zero': str`${0} بازدید`,
'language-switcher.button': str`زبان: ${0}`,
'language-switcher.empty': `زبان دیگری در دسترس نیست.`,
'language-switcher.error': `بارگیری زبان‌ها ممکن نشد.`,
'language-switcher.label': `زبان‌ها`,
'language-switcher.loading': `در حال بارگیری زبان‌ها…`,
'language-switcher.no-translation': `(ترجمه‌ای موجود نیست)`,
    };
  