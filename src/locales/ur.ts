
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    import {html} from 'lit';
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
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
'h922123a81f238186': html`از ${0}`,
's03aa3cfb08dff960': `ٹیگز`,
's060ba0f34b6a2122': `کوئی اور زبان دستیاب نہیں۔`,
's0f6a352f5563acaa': `زبانیں لوڈ ہو رہی ہیں…`,
's10d2dbc4613397f0': `تازہ کاری`,
's360a88b3b51cb08b': `یہ مضمون نہیں ملا۔`,
's41b149d93e44ebcc': `زبانیں لوڈ نہیں ہو سکیں۔`,
's42b68a1842b8ae58': `زبانیں`,
's449b2709e49c1c29': `مضامین لوڈ نہیں ہو سکے۔`,
's52ee07b831ee3f17': `ابھی کوئی مضمون نہیں۔`,
's60c1bfc0e2352e22': `(ترجمہ دستیاب نہیں)`,
's6c819e21471dce5d': `مضمون لوڈ ہو رہا ہے…`,
's6d3b5b0561ba34c9': `شائع شدہ`,
's7584ded3d749c75e': `مزید دیکھیں`,
's91e35b759940b346': `ماخذ:`,
'sa9603a4666f654ff': str`مضمون ${0}`,
'scd1dd6ff53d0d01a': `دوبارہ کوشش کریں`,
'sd62c218f8313287a': `مضمون لوڈ نہیں ہو سکا۔`,
'sd8f1677c72280555': str`زبان: ${0}`,
'sdb2bf46270cfda6c': `راستہ`,
'seaa12768740e69c2': `نئے مضامین شامل کیے گئے۔`,
'sebad0b8c34ad2138': `مضامین لوڈ ہو رہے ہیں…`,
'sf579db25f3ac9ce1': `تازہ ترین مضامین`,
'share-bar.copied': `لنک کاپی ہو گیا`,
'share-bar.copy': `لنک کاپی کریں`,
'share-bar.copy-manually': `یہ لنک کاپی کریں:`,
'share-bar.email': `ای میل`,
'share-bar.email-name': `ای میل کے ذریعے شیئر کریں`,
'share-bar.label': `شیئر کریں`,
'share-bar.mastodon-server': str`آپ کا ماسٹوڈون سرور، مثلاً ${0}`,
'share-bar.native': `مزید`,
'share-bar.native-name': `شیئر کرنے کے مزید طریقے`,
'share-bar.print': `پرنٹ کریں`,
'share-bar.share-on': str`${0} پر شیئر کریں`,
'share-bar.unsafe': `یہ لنک شیئر نہیں کیا جا سکتا۔`,
    };
  