
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
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
'h922123a81f238186': html`بقلم ${0}`,
's03aa3cfb08dff960': `الوسوم`,
's060ba0f34b6a2122': `لا تتوفر لغات أخرى.`,
's0f6a352f5563acaa': `جارٍ تحميل اللغات…`,
's10d2dbc4613397f0': `حُدّث`,
's360a88b3b51cb08b': `لم يُعثر على هذا المقال.`,
's41b149d93e44ebcc': `تعذّر تحميل اللغات.`,
's42b68a1842b8ae58': `اللغات`,
's449b2709e49c1c29': `تعذّر تحميل المقالات.`,
's52ee07b831ee3f17': `لا توجد مقالات بعد.`,
's60c1bfc0e2352e22': `(لا توجد ترجمة)`,
's6c819e21471dce5d': `جارٍ تحميل المقال…`,
's6d3b5b0561ba34c9': `نُشر`,
's7584ded3d749c75e': `تحميل المزيد`,
's91e35b759940b346': `المصدر:`,
'sa9603a4666f654ff': str`المقال ${0}`,
'scd1dd6ff53d0d01a': `أعد المحاولة`,
'sd62c218f8313287a': `تعذّر تحميل المقال.`,
'sd8f1677c72280555': str`اللغة: ${0}`,
'sdb2bf46270cfda6c': `مسار التنقل`,
'seaa12768740e69c2': `أُضيفت مقالات أحدث.`,
'sebad0b8c34ad2138': `جارٍ تحميل المقالات…`,
'sf579db25f3ac9ce1': `أحدث المقالات`,
'share-bar.copied': `تم نسخ الرابط`,
'share-bar.copy': `نسخ الرابط`,
'share-bar.copy-manually': `انسخ هذا الرابط:`,
'share-bar.email': `البريد الإلكتروني`,
'share-bar.email-name': `المشاركة عبر البريد الإلكتروني`,
'share-bar.label': `مشاركة`,
'share-bar.mastodon-server': str`خادم ماستودون الخاص بك، مثلًا ${0}`,
'share-bar.native': `المزيد`,
'share-bar.native-name': `المزيد من طرق المشاركة`,
'share-bar.print': `طباعة`,
'share-bar.share-on': str`المشاركة على ${0}`,
'share-bar.unsafe': `لا يمكن مشاركة هذا الرابط.`,
    };
  