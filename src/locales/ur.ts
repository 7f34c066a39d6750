
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.retry': `دوبارہ کوشش کریں`,
'count.comments.few': str`${0} تبصرے`,
'count.comments.many': str`${0} تبصرے`,
'count.comments.one': str`${0} تبصرہ`,
'count.comments.other': str`${0} تبصرے`,
'count.comments.two': str`${0} تبصرے`,
'count.comments.zero': str`${0} تبصرے`,
'count.minutes-read.few': str`${0} منٹ کا مطالعہ`,
'count.minutes-read.many': str`${0} منٹ کا مطالعہ`,
'count.minutes-read.one': str`${0} منٹ کا مطالعہ`,
'count.minutes-read.other': str`${0} منٹ کا مطالعہ`,
'count.minutes-read.two': str`${0} منٹ کا مطالعہ`,
'count.minutes-read.zero': str`${0} منٹ کا مطالعہ`,
'count.views.few': str`${0} بار دیکھا گیا`,
'count.views.many': str`${0} بار دیکھا گیا`,
'count.views.one': str`${0} بار دیکھا گیا`,
'count.views.other': str`${0} بار دیکھا گیا`,
'count.views.two': str`${0} بار دیکھا گیا`,
'count.views.zero': str`${0} بار دیکھا گیا`,
'language-switcher.button': str`زبان: ${0}`,
'language-switcher.empty': `کوئی اور زبان دستیاب نہیں۔`,
'language-switcher.error': `زبانیں لوڈ نہیں ہو سکیں۔`,
'language-switcher.label': `زبانیں`,
'language-switcher.loading': `زبانیں لوڈ ہو رہی ہیں…`,
'language-switcher.no-translation': `(ترجمہ دستیاب نہیں)`,
    };
  