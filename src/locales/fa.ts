
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
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
'h922123a81f238186': html`نوشتهٔ ${0}`,
's03aa3cfb08dff960': `برچسب‌ها`,
's060ba0f34b6a2122': `زبان دیگری در دسترس نیست.`,
's0f6a352f5563acaa': `در حال بارگیری زبان‌ها…`,
's10d2dbc4613397f0': `به‌روزرسانی`,
's360a88b3b51cb08b': `این مقاله پیدا نشد.`,
's41b149d93e44ebcc': `بارگیری زبان‌ها ممکن نشد.`,
's42b68a1842b8ae58': `زبان‌ها`,
's449b2709e49c1c29': `بارگیری مقاله‌ها ممکن نشد.`,
's52ee07b831ee3f17': `هنوز مقاله‌ای نیست.`,
's60c1bfc0e2352e22': `(ترجمه‌ای موجود نیست)`,
's6c819e21471dce5d': `در حال بارگیری مقاله…`,
's6d3b5b0561ba34c9': `انتشار`,
's7584ded3d749c75e': `بیشتر`,
's91e35b759940b346': `منبع:`,
'sa9603a4666f654ff': str`مقاله ${0}`,
'scd1dd6ff53d0d01a': `تلاش دوباره`,
'sd62c218f8313287a': `بارگیری مقاله ممکن نشد.`,
'sd8f1677c72280555': str`زبان: ${0}`,
'sdb2bf46270cfda6c': `مسیر صفحه`,
'seaa12768740e69c2': `مقاله‌های تازه‌تری اضافه شد.`,
'sebad0b8c34ad2138': `در حال بارگیری مقاله‌ها…`,
'sf579db25f3ac9ce1': `تازه‌ترین مقاله‌ها`,
'share-bar.copied': `پیوند کپی شد`,
'share-bar.copy': `کپی پیوند`,
'share-bar.copy-manually': `این پیوند را کپی کنید:`,
'share-bar.email': `ایمیل`,
'share-bar.email-name': `اشتراک‌گذاری با ایمیل`,
'share-bar.label': `اشتراک‌گذاری`,
'share-bar.mastodon-server': str`سرور ماستودون شما، برای نمونه ${0}`,
'share-bar.native': `بیشتر`,
'share-bar.native-name': `راه‌های بیشتر برای اشتراک‌گذاری`,
'share-bar.print': `چاپ`,
'share-bar.share-on': str`اشتراک‌گذاری در ${0}`,
'share-bar.unsafe': `این پیوند را نمی‌توان به اشتراک گذاشت.`,
    };
  