/**
 * Demo articles: six stories, each written in English, Arabic, Persian and
 * Urdu, linked as translations of one another through their shared slug.
 * The places and people are invented; the text reads like local news.
 */
import type { SeedLang } from './seed-sections.js';

export interface Version {
  title: string;
  lead: string;
  bodyHtml: string;
  author: string;
  alt: string;
  caption?: string;
  tags: string[];
}

export interface Story {
  slug: string;
  section: string;
  image: { name: string; width: number; height: number };
  /** Hours before the seed time the English version was published. */
  hoursAgo: number;
  views: number;
  commentsOpen: boolean;
  versions: Record<SeedLang, Version>;
}

export const stories: Story[] = [
  {
    slug: 'central-library-opens-late',
    section: 'news-public',
    image: { name: 'library', width: 1200, height: 675 },
    hoursAgo: 3,
    views: 1843,
    commentsOpen: true,
    versions: {
      en: {
        title: 'Central library to stay open until midnight from next month',
        lead: 'The city’s main library will extend its hours on weekdays after a year-long campaign by students and night-shift workers.',
        author: 'Sara Whitfield',
        alt: 'The reading hall of the central library at dusk',
        caption: 'The reading hall will keep its lights on until midnight on weekdays.',
        tags: ['libraries', 'city council', 'education'],
        bodyHtml: `<p>The central library will stay open until midnight from Monday to Friday starting next month, the city council announced on Tuesday, ending a campaign that gathered more than 6,000 signatures.</p>
<p>Students preparing for exams and people who work evening shifts had asked for a quiet, heated place to read after the building’s current closing time of 7 pm.</p>
<blockquote><p>We have seen the queue at the door every evening for years. Now the door will simply stay open.</p><footer>— Amina Rahman, head librarian</footer></blockquote>
<p>The council said the longer hours would be paid for by moving two mobile-library routes to daytime service. The late opening will include:</p>
<ul><li>the main reading hall and the children’s corner until 9 pm;</li><li>free wireless internet and printing until midnight;</li><li>two study rooms that can be booked online.</li></ul>
<p>A review of the trial is planned after six months.</p>`,
      },
      ar: {
        title: 'المكتبة المركزية تفتح أبوابها حتى منتصف الليل اعتباراً من الشهر المقبل',
        lead: 'ستمدّد المكتبة الرئيسية في المدينة ساعات عملها في أيام الأسبوع بعد حملة استمرت عاماً قادها طلاب وعمال المناوبات الليلية.',
        author: 'ليلى حداد',
        alt: 'قاعة المطالعة في المكتبة المركزية عند الغروب',
        caption: 'ستبقى أضواء قاعة المطالعة مضاءة حتى منتصف الليل في أيام الأسبوع.',
        tags: ['مكتبات', 'المجلس البلدي', 'تعليم'],
        bodyHtml: `<p>أعلن المجلس البلدي يوم الثلاثاء أن المكتبة المركزية ستبقى مفتوحة حتى منتصف الليل من الاثنين إلى الجمعة بدءاً من الشهر المقبل، لتنتهي بذلك حملة جمعت أكثر من ستة آلاف توقيع.</p>
<p>وكان طلاب يستعدون للامتحانات وعاملون في المناوبات المسائية قد طالبوا بمكان هادئ ودافئ للقراءة بعد موعد الإغلاق الحالي في السابعة مساءً.</p>
<blockquote><p>نرى الطابور أمام الباب كل مساء منذ سنوات. الآن سيبقى الباب مفتوحاً ببساطة.</p><footer>— أمينة رحمن، مديرة المكتبة</footer></blockquote>
<p>وقال المجلس إن تكلفة الساعات الإضافية ستُغطّى بنقل خطّين من خطوط المكتبة المتنقلة إلى الخدمة النهارية. ويشمل الدوام المسائي:</p>
<ul><li>قاعة المطالعة الرئيسية وركن الأطفال حتى التاسعة مساءً؛</li><li>الإنترنت اللاسلكي والطباعة مجاناً حتى منتصف الليل؛</li><li>غرفتين للدراسة يمكن حجزهما عبر الإنترنت.</li></ul>
<p>ومن المقرر تقييم التجربة بعد ستة أشهر.</p>`,
      },
      fa: {
        title: 'کتابخانه مرکزی از ماه آینده تا نیمه‌شب باز می‌ماند',
        lead: 'کتابخانه اصلی شهر پس از یک سال پیگیری دانشجویان و کارگران شیفت شب، ساعت کاری خود را در روزهای هفته افزایش می‌دهد.',
        author: 'مریم توکلی',
        alt: 'سالن مطالعه کتابخانه مرکزی هنگام غروب',
        caption: 'چراغ‌های سالن مطالعه در روزهای هفته تا نیمه‌شب روشن می‌ماند.',
        tags: ['کتابخانه', 'شورای شهر', 'آموزش'],
        bodyHtml: `<p>شورای شهر روز سه‌شنبه اعلام کرد که کتابخانه مرکزی از ماه آینده، دوشنبه تا جمعه، تا نیمه‌شب باز خواهد بود؛ تصمیمی که به کارزاری با بیش از شش هزار امضا پایان داد.</p>
<p>دانشجویانی که برای امتحان آماده می‌شوند و کسانی که در شیفت عصر کار می‌کنند، خواستار جایی آرام و گرم برای مطالعه پس از ساعت بسته‌شدن فعلی، یعنی هفت عصر، بودند.</p>
<blockquote><p>سال‌هاست هر شب صف جلوی در را می‌بینیم. حالا در به‌سادگی باز می‌ماند.</p><footer>— آمنه رحمانی، مدیر کتابخانه</footer></blockquote>
<p>به گفته شورا، هزینه ساعات اضافه با انتقال دو مسیر کتابخانه سیار به نوبت روز تأمین می‌شود. برنامه شبانه شامل این موارد است:</p>
<ul><li>سالن اصلی مطالعه و بخش کودکان تا ساعت نه شب؛</li><li>اینترنت بی‌سیم و چاپ رایگان تا نیمه‌شب؛</li><li>دو اتاق مطالعه که می‌توان آنها را برخط رزرو کرد.</li></ul>
<p>این طرح آزمایشی پس از شش ماه بازبینی می‌شود.</p>`,
      },
      ur: {
        title: 'مرکزی لائبریری اگلے مہینے سے آدھی رات تک کھلی رہے گی',
        lead: 'شہر کی مرکزی لائبریری طلبہ اور رات کی شفٹ میں کام کرنے والوں کی ایک سالہ مہم کے بعد ہفتے کے دنوں میں اپنے اوقات بڑھا رہی ہے۔',
        author: 'عائشہ قریشی',
        alt: 'شام کے وقت مرکزی لائبریری کا مطالعہ ہال',
        caption: 'مطالعہ ہال کی روشنیاں ہفتے کے دنوں میں آدھی رات تک جلتی رہیں گی۔',
        tags: ['لائبریری', 'سٹی کونسل', 'تعلیم'],
        bodyHtml: `<p>سٹی کونسل نے منگل کو اعلان کیا کہ اگلے مہینے سے مرکزی لائبریری پیر سے جمعہ تک آدھی رات تک کھلی رہے گی۔ اس فیصلے کے ساتھ وہ مہم ختم ہو گئی جس پر چھ ہزار سے زیادہ دستخط جمع ہوئے تھے۔</p>
<p>امتحان کی تیاری کرنے والے طلبہ اور شام کی شفٹ میں کام کرنے والے افراد شام سات بجے بند ہونے کے بعد پڑھنے کے لیے ایک پرسکون اور گرم جگہ کا مطالبہ کر رہے تھے۔</p>
<blockquote><p>ہم برسوں سے ہر شام دروازے پر قطار دیکھتے آئے ہیں۔ اب دروازہ بس کھلا رہے گا۔</p><footer>— آمنہ رحمان، چیف لائبریرین</footer></blockquote>
<p>کونسل کے مطابق اضافی اوقات کا خرچ موبائل لائبریری کے دو روٹس کو دن کے اوقات میں منتقل کر کے پورا کیا جائے گا۔ رات کے اوقات میں یہ سہولتیں ملیں گی:</p>
<ul><li>مرکزی مطالعہ ہال اور بچوں کا گوشہ رات نو بجے تک؛</li><li>مفت وائرلیس انٹرنیٹ اور پرنٹنگ آدھی رات تک؛</li><li>مطالعے کے دو کمرے جو آن لائن بک کیے جا سکتے ہیں۔</li></ul>
<p>چھ ماہ بعد اس تجربے کا جائزہ لیا جائے گا۔</p>`,
      },
    },
  },
  {
    slug: 'parliament-passes-water-bill',
    section: 'news-politics',
    image: { name: 'parliament', width: 1200, height: 675 },
    hoursAgo: 9,
    views: 3120,
    commentsOpen: true,
    versions: {
      en: {
        title: 'Parliament passes water-saving bill after all-night debate',
        lead: 'The law requires new buildings to collect rainwater and sets a target of cutting leaks in city pipes by a third within five years.',
        author: 'Daniel Okafor',
        alt: 'The debating chamber of parliament with members seated',
        tags: ['parliament', 'water', 'climate'],
        bodyHtml: `<p>Members of parliament approved the national water conservation bill by 212 votes to 87 early on Thursday, after a debate that ran through the night.</p>
<p>The environment minister called the vote <q>the most important decision this house has taken on the climate in a decade</q>, while opposition members said farmers had not been given enough time to adapt.</p>
<p>Under the law, every new building larger than 500 square metres must collect rainwater, and water companies must publish monthly figures on the water lost through leaking pipes.</p>
<blockquote><p>A third of the water we clean never reaches a tap. That is the first thing we have to fix.</p><footer>— Helen Maro, chair of the environment committee</footer></blockquote>
<p>The bill now goes to the upper house, which is expected to vote on it next month.</p>`,
      },
      ar: {
        title: 'البرلمان يقرّ قانون ترشيد المياه بعد نقاش استمر طوال الليل',
        lead: 'يُلزم القانون المباني الجديدة بجمع مياه الأمطار، ويحدد هدفاً لخفض التسرب في أنابيب المدن بمقدار الثلث خلال خمس سنوات.',
        author: 'يوسف العلي',
        alt: 'قاعة البرلمان والأعضاء في مقاعدهم',
        tags: ['البرلمان', 'المياه', 'المناخ'],
        bodyHtml: `<p>وافق أعضاء البرلمان فجر الخميس على قانون ترشيد المياه الوطني بأغلبية 212 صوتاً مقابل 87، بعد نقاش امتد طوال الليل.</p>
<p>ووصفت وزيرة البيئة التصويت بأنه <q>أهم قرار يتخذه هذا المجلس بشأن المناخ منذ عقد</q>، في حين قال نواب المعارضة إن المزارعين لم يُمنحوا وقتاً كافياً للتكيّف.</p>
<p>وبموجب القانون، يجب على كل مبنى جديد تزيد مساحته على 500 متر مربع أن يجمع مياه الأمطار، وعلى شركات المياه أن تنشر شهرياً أرقام المياه المهدرة بسبب تسرب الأنابيب.</p>
<blockquote><p>ثلث المياه التي ننقّيها لا يصل أبداً إلى الصنبور. هذا أول ما يجب أن نصلحه.</p><footer>— هيلين مارو، رئيسة لجنة البيئة</footer></blockquote>
<p>وينتقل مشروع القانون الآن إلى مجلس الشيوخ، ومن المتوقع أن يصوّت عليه الشهر المقبل.</p>`,
      },
      fa: {
        title: 'مجلس پس از بحثی شبانه قانون صرفه‌جویی در مصرف آب را تصویب کرد',
        lead: 'این قانون ساختمان‌های تازه را به جمع‌آوری آب باران ملزم می‌کند و هدف آن کاهش یک‌سوم نشت لوله‌های شهری در پنج سال است.',
        author: 'رضا کریمی',
        alt: 'صحن مجلس و نمایندگان در جایگاه‌هایشان',
        tags: ['مجلس', 'آب', 'اقلیم'],
        bodyHtml: `<p>نمایندگان مجلس بامداد پنجشنبه، پس از بحثی که تمام شب ادامه داشت، قانون ملی صرفه‌جویی در مصرف آب را با ۲۱۲ رأی موافق در برابر ۸۷ رأی مخالف تصویب کردند.</p>
<p>وزیر محیط زیست این رأی را <q>مهم‌ترین تصمیم این مجلس درباره اقلیم در یک دهه گذشته</q> خواند، اما نمایندگان مخالف گفتند به کشاورزان فرصت کافی برای سازگاری داده نشده است.</p>
<p>بر اساس این قانون، هر ساختمان تازه با مساحت بیش از ۵۰۰ متر مربع باید آب باران را جمع‌آوری کند و شرکت‌های آب باید هر ماه میزان آب هدررفته از لوله‌های فرسوده را منتشر کنند.</p>
<blockquote><p>یک‌سوم آبی که تصفیه می‌کنیم هرگز به شیر آب نمی‌رسد. این نخستین چیزی است که باید درستش کنیم.</p><footer>— هلن مارو، رئیس کمیسیون محیط زیست</footer></blockquote>
<p>این لایحه اکنون به مجلس سنا می‌رود که انتظار می‌رود ماه آینده درباره آن رأی‌گیری کند.</p>`,
      },
      ur: {
        title: 'پارلیمنٹ نے رات بھر کی بحث کے بعد پانی بچانے کا بل منظور کر لیا',
        lead: 'قانون کے تحت نئی عمارتوں کو بارش کا پانی جمع کرنا ہوگا اور پانچ سال میں شہری پائپوں سے رساؤ ایک تہائی کم کرنے کا ہدف رکھا گیا ہے۔',
        author: 'عمران بٹ',
        alt: 'پارلیمنٹ کا ایوان اور اپنی نشستوں پر بیٹھے ارکان',
        tags: ['پارلیمنٹ', 'پانی', 'موسمیات'],
        bodyHtml: `<p>پارلیمنٹ کے ارکان نے جمعرات کی صبح رات بھر جاری رہنے والی بحث کے بعد قومی آبی تحفظ بل 87 کے مقابلے میں 212 ووٹوں سے منظور کر لیا۔</p>
<p>ماحولیات کی وزیر نے اس ووٹ کو <q>ایک دہائی میں موسمیات کے بارے میں اس ایوان کا سب سے اہم فیصلہ</q> قرار دیا، جبکہ حزب اختلاف کے ارکان کا کہنا تھا کہ کسانوں کو تیاری کے لیے کافی وقت نہیں دیا گیا۔</p>
<p>قانون کے مطابق 500 مربع میٹر سے بڑی ہر نئی عمارت کو بارش کا پانی جمع کرنا ہوگا اور پانی کی کمپنیوں کو ہر مہینے رستے ہوئے پائپوں سے ضائع ہونے والے پانی کے اعداد و شمار شائع کرنا ہوں گے۔</p>
<blockquote><p>جو پانی ہم صاف کرتے ہیں اس کا ایک تہائی کبھی نل تک نہیں پہنچتا۔ سب سے پہلے یہی ٹھیک کرنا ہے۔</p><footer>— ہیلن مارو، ماحولیاتی کمیٹی کی سربراہ</footer></blockquote>
<p>اب یہ بل سینیٹ میں جائے گا جہاں اگلے مہینے اس پر ووٹنگ متوقع ہے۔</p>`,
      },
    },
  },
  {
    slug: 'bakeries-flour-prices',
    section: 'business-economy',
    image: { name: 'bakery', width: 1200, height: 675 },
    hoursAgo: 20,
    views: 2264,
    commentsOpen: true,
    versions: {
      en: {
        title: 'Neighbourhood bakeries squeezed as flour prices climb for a third month',
        lead: 'Small bakers say they are shortening opening hours rather than raising the price of bread again.',
        author: 'Priya Natarajan',
        alt: 'Loaves of bread cooling on wooden shelves in a small bakery',
        tags: ['prices', 'small business', 'food'],
        bodyHtml: `<p>The wholesale price of bread flour rose by 4 per cent in October, the third monthly increase in a row, according to figures published by the statistics office on Wednesday.</p>
<figure><img src="/images/flour-prices.svg" alt="Bar chart: wholesale flour price index rising from 100 in July to 112 in October" width="800" height="450"><figcaption>Wholesale flour price index, July to October (July = 100). Source: statistics office.</figcaption></figure>
<p>At a family bakery on Market Street, the ovens now start an hour later. <q>If I raise the price of a loaf again, my regular customers will go to the supermarket,</q> said its owner, Tomasz Nowak.</p>
<p>The bakers’ association has asked the government to delay a planned rise in the energy tax for small food producers until the spring.</p>`,
      },
      ar: {
        title: 'ارتفاع أسعار الطحين للشهر الثالث يضغط على مخابز الأحياء',
        lead: 'يقول أصحاب المخابز الصغيرة إنهم يقلّصون ساعات العمل بدلاً من رفع سعر الخبز مرة أخرى.',
        author: 'سلمى الخطيب',
        alt: 'أرغفة خبز تبرد على رفوف خشبية في مخبز صغير',
        tags: ['الأسعار', 'المشاريع الصغيرة', 'الغذاء'],
        bodyHtml: `<p>ارتفع سعر الجملة لطحين الخبز بنسبة 4 في المئة في أكتوبر، في ثالث زيادة شهرية على التوالي، بحسب أرقام نشرها مكتب الإحصاء يوم الأربعاء.</p>
<figure><img src="/images/flour-prices.svg" alt="رسم بياني: مؤشر سعر الطحين بالجملة يرتفع من 100 في يوليو إلى 112 في أكتوبر" width="800" height="450"><figcaption>مؤشر سعر الطحين بالجملة من يوليو إلى أكتوبر (يوليو = 100). المصدر: مكتب الإحصاء.</figcaption></figure>
<p>في مخبز عائلي في شارع السوق، باتت الأفران تعمل متأخرة ساعة. وقال صاحبه توماس نوفاك: <q>إذا رفعت سعر الرغيف مرة أخرى فسيذهب زبائني الدائمون إلى السوبرماركت</q>.</p>
<p>وطلبت جمعية الخبازين من الحكومة تأجيل زيادة مقررة في ضريبة الطاقة على منتجي الأغذية الصغار حتى الربيع.</p>`,
      },
      fa: {
        title: 'افزایش قیمت آرد برای سومین ماه پیاپی نانوایی‌های محله را تحت فشار گذاشت',
        lead: 'نانواهای کوچک می‌گویند به جای گران‌کردن دوباره نان، ساعت کار خود را کوتاه می‌کنند.',
        author: 'نگار صادقی',
        alt: 'نان‌های تازه روی قفسه‌های چوبی یک نانوایی کوچک',
        tags: ['قیمت‌ها', 'کسب‌وکار کوچک', 'غذا'],
        bodyHtml: `<p>بر پایه آماری که مرکز آمار روز چهارشنبه منتشر کرد، قیمت عمده‌فروشی آرد نان در مهر ۴ درصد بالا رفت؛ سومین افزایش ماهانه پیاپی.</p>
<figure><img src="/images/flour-prices.svg" alt="نمودار میله‌ای: شاخص قیمت عمده آرد از ۱۰۰ در تیر به ۱۱۲ در مهر رسیده است" width="800" height="450"><figcaption>شاخص قیمت عمده‌فروشی آرد، تیر تا مهر (تیر = ۱۰۰). منبع: مرکز آمار.</figcaption></figure>
<p>در یک نانوایی خانوادگی در خیابان بازار، تنورها حالا یک ساعت دیرتر روشن می‌شوند. صاحب آن، توماس نواک، می‌گوید: <q>اگر باز قیمت نان را بالا ببرم، مشتری‌های همیشگی‌ام به فروشگاه‌های بزرگ می‌روند.</q></p>
<p>انجمن نانوایان از دولت خواسته است افزایش برنامه‌ریزی‌شده مالیات انرژی برای تولیدکنندگان کوچک مواد غذایی را تا بهار به تعویق بیندازد.</p>`,
      },
      ur: {
        title: 'آٹے کی قیمتیں مسلسل تیسرے مہینے بڑھنے سے محلے کی بیکریاں دباؤ میں',
        lead: 'چھوٹے نانبائیوں کا کہنا ہے کہ وہ روٹی دوبارہ مہنگی کرنے کے بجائے دکان کے اوقات کم کر رہے ہیں۔',
        author: 'ثنا ملک',
        alt: 'ایک چھوٹی بیکری میں لکڑی کے شیلفوں پر ٹھنڈی ہوتی ڈبل روٹیاں',
        tags: ['قیمتیں', 'چھوٹے کاروبار', 'خوراک'],
        bodyHtml: `<p>ادارہ شماریات کی بدھ کو جاری کردہ رپورٹ کے مطابق اکتوبر میں روٹی کے آٹے کی تھوک قیمت میں 4 فیصد اضافہ ہوا، جو مسلسل تیسرا ماہانہ اضافہ ہے۔</p>
<figure><img src="/images/flour-prices.svg" alt="بار چارٹ: آٹے کی تھوک قیمت کا اشاریہ جولائی میں 100 سے بڑھ کر اکتوبر میں 112" width="800" height="450"><figcaption>آٹے کی تھوک قیمت کا اشاریہ، جولائی تا اکتوبر (جولائی = 100)۔ ماخذ: ادارہ شماریات۔</figcaption></figure>
<p>مارکیٹ اسٹریٹ کی ایک خاندانی بیکری میں تنور اب ایک گھنٹہ دیر سے گرم ہوتے ہیں۔ مالک توماش نوواک نے کہا: <q>اگر میں نے روٹی پھر مہنگی کی تو میرے پرانے گاہک سپر مارکیٹ چلے جائیں گے۔</q></p>
<p>نانبائیوں کی انجمن نے حکومت سے مطالبہ کیا ہے کہ چھوٹے خوراک پیدا کرنے والوں پر توانائی ٹیکس میں مجوزہ اضافہ بہار تک مؤخر کیا جائے۔</p>`,
      },
    },
  },
  {
    slug: 'poetry-festival-four-languages',
    section: 'culture-arts',
    image: { name: 'festival', width: 1200, height: 675 },
    hoursAgo: 30,
    views: 977,
    commentsOpen: true,
    versions: {
      en: {
        title: 'Poetry festival fills the old market hall with verse in four languages',
        lead: 'Readings in English, Arabic, Persian and Urdu drew more than two thousand people over the weekend.',
        author: 'Lucy Marsh',
        alt: 'A poet reading on a small stage under strings of lights',
        caption: 'Readers queued for the Saturday evening session in the old market hall.',
        tags: ['poetry', 'festival', 'languages'],
        bodyHtml: `<p>The old market hall was full on Saturday night as poets read side by side in four languages, each poem followed by a translation projected on a screen behind the stage.</p>
<p>The organisers had expected a few hundred visitors. By Sunday evening they had counted more than 2,000.</p>
<blockquote><p>Half of the audience understood the poem. The other half understood the silence after it. Both applauded.</p><footer>— Farid Jafari, one of the festival’s founders</footer></blockquote>
<p>The programme included:</p>
<ol><li>an open-microphone evening for first-time readers;</li><li>a workshop on translating the ghazal;</li><li>a children’s hour with stories told in all four languages.</li></ol>
<p>The festival will return next year, with Turkish and Kurdish added to the programme.</p>`,
      },
      ar: {
        title: 'مهرجان للشعر يملأ قاعة السوق القديمة بقصائد بأربع لغات',
        lead: 'استقطبت القراءات بالإنجليزية والعربية والفارسية والأردية أكثر من ألفي شخص خلال عطلة نهاية الأسبوع.',
        author: 'نادين سليمان',
        alt: 'شاعر يقرأ على منصة صغيرة تحت سلاسل من الأضواء',
        caption: 'اصطف الحضور لأمسية السبت في قاعة السوق القديمة.',
        tags: ['شعر', 'مهرجان', 'لغات'],
        bodyHtml: `<p>امتلأت قاعة السوق القديمة مساء السبت، إذ قرأ الشعراء جنباً إلى جنب بأربع لغات، وتلت كلَّ قصيدة ترجمةٌ عُرضت على شاشة خلف المنصة.</p>
<p>كان المنظمون يتوقعون بضع مئات من الزوار، لكنهم أحصوا بحلول مساء الأحد أكثر من ألفين.</p>
<blockquote><p>نصف الجمهور فهم القصيدة، والنصف الآخر فهم الصمت الذي تلاها. وصفّق الجميع.</p><footer>— فريد جعفري، أحد مؤسسي المهرجان</footer></blockquote>
<p>وتضمّن البرنامج:</p>
<ol><li>أمسية مفتوحة لمن يقرأ للمرة الأولى؛</li><li>ورشة عن ترجمة الغزل؛</li><li>ساعة للأطفال تُروى فيها الحكايات باللغات الأربع.</li></ol>
<p>وسيعود المهرجان العام المقبل مع إضافة التركية والكردية إلى برنامجه.</p>`,
      },
      fa: {
        title: 'جشنواره شعر تالار بازار قدیم را با شعر به چهار زبان پر کرد',
        lead: 'شعرخوانی به انگلیسی، عربی، فارسی و اردو در آخر هفته بیش از دو هزار نفر را گرد هم آورد.',
        author: 'پرستو نادری',
        alt: 'شاعری در حال شعرخوانی روی صحنه‌ای کوچک زیر ریسه‌های نور',
        caption: 'علاقه‌مندان برای برنامه شنبه‌شب در تالار بازار قدیم صف کشیدند.',
        tags: ['شعر', 'جشنواره', 'زبان‌ها'],
        bodyHtml: `<p>شنبه‌شب تالار بازار قدیم پر بود؛ شاعران کنار هم به چهار زبان شعر خواندند و پس از هر شعر، ترجمه آن روی پرده‌ای پشت صحنه نمایش داده شد.</p>
<p>برگزارکنندگان انتظار چند صد بازدیدکننده را داشتند، اما تا عصر یکشنبه بیش از دو هزار نفر را شمردند.</p>
<blockquote><p>نیمی از تماشاگران شعر را فهمیدند و نیمی دیگر سکوت پس از آن را. همه دست زدند.</p><footer>— فرید جعفری، از بنیان‌گذاران جشنواره</footer></blockquote>
<p>برنامه جشنواره شامل این بخش‌ها بود:</p>
<ol><li>شب شعرخوانی آزاد برای کسانی که نخستین بار می‌خوانند؛</li><li>کارگاه ترجمه غزل؛</li><li>ساعت کودک با قصه‌گویی به هر چهار زبان.</li></ol>
<p>جشنواره سال آینده با افزودن ترکی و کردی به برنامه بازمی‌گردد.</p>`,
      },
      ur: {
        title: 'شاعری کے میلے نے پرانے بازار ہال کو چار زبانوں کے کلام سے بھر دیا',
        lead: 'انگریزی، عربی، فارسی اور اردو میں ہونے والی نشستوں میں ہفتے کے آخر میں دو ہزار سے زیادہ لوگ شریک ہوئے۔',
        author: 'فرحان صدیقی',
        alt: 'روشنیوں کی لڑیوں کے نیچے ایک چھوٹے اسٹیج پر کلام سناتا شاعر',
        caption: 'ہفتے کی شام کی نشست کے لیے پرانے بازار ہال میں لوگ قطار میں کھڑے رہے۔',
        tags: ['شاعری', 'میلہ', 'زبانیں'],
        bodyHtml: `<p>ہفتے کی رات پرانا بازار ہال کھچا کھچ بھرا ہوا تھا۔ شاعروں نے چار زبانوں میں باری باری کلام سنایا اور ہر نظم کے بعد اس کا ترجمہ اسٹیج کے پیچھے اسکرین پر دکھایا گیا۔</p>
<p>منتظمین کو چند سو افراد کی توقع تھی، لیکن اتوار کی شام تک وہ دو ہزار سے زیادہ لوگ گن چکے تھے۔</p>
<blockquote><p>آدھے سامعین نے نظم سمجھی، باقی آدھوں نے اس کے بعد کی خاموشی۔ تالیاں سب نے بجائیں۔</p><footer>— فرید جعفری، میلے کے بانیوں میں سے ایک</footer></blockquote>
<p>پروگرام میں شامل تھے:</p>
<ol><li>پہلی بار کلام سنانے والوں کے لیے کھلا مشاعرہ؛</li><li>غزل کے ترجمے پر ایک ورکشاپ؛</li><li>بچوں کے لیے ایک گھنٹہ جس میں چاروں زبانوں میں کہانیاں سنائی گئیں۔</li></ol>
<p>میلہ اگلے سال ترکی اور کرد زبانوں کے اضافے کے ساتھ واپس آئے گا۔</p>`,
      },
    },
  },
  {
    slug: 'wetland-bird-count',
    section: 'science-environment',
    image: { name: 'wetland', width: 1200, height: 675 },
    hoursAgo: 44,
    views: 1415,
    commentsOpen: true,
    versions: {
      en: {
        title: 'Volunteers count record numbers of migrating cranes at the southern wetland',
        lead: 'More than 14,000 cranes were counted in a single morning, the highest figure since the survey began in 1998.',
        author: 'Ahmed Siddiqui',
        alt: 'Cranes standing in shallow water at sunrise',
        caption: 'Cranes rest in the shallow lagoon before continuing south.',
        tags: ['birds', 'wetlands', 'volunteers'],
        bodyHtml: `<p>Ninety volunteers with binoculars and notebooks spent Sunday morning at the southern wetland and counted 14,260 common cranes, a record for the annual survey.</p>
<p>Scientists at the regional university said the restoration of two drained lagoons five years ago had given the birds safer places to rest.</p>
<blockquote><p>Ten years ago this field was dry in autumn. This morning we could hear the cranes before we could see them.</p><footer>— Dr Nasrin Haidari, ecologist</footer></blockquote>
<p>The survey also recorded:</p>
<ul><li>around 3,400 greylag geese;</li><li>the first white-tailed eagle seen at the site in eleven years;</li><li>a drop in the number of lapwings, which the team will study next spring.</li></ul>
<p>Visitors are asked to stay on the marked paths until the end of November.</p>`,
      },
      ar: {
        title: 'متطوعون يحصون أعداداً قياسية من طيور الكركي المهاجرة في الأراضي الرطبة الجنوبية',
        lead: 'أُحصي أكثر من 14 ألف طائر كركي في صباح واحد، وهو أعلى رقم منذ بدء المسح عام 1998.',
        author: 'خالد منصور',
        alt: 'طيور كركي تقف في مياه ضحلة عند شروق الشمس',
        caption: 'طيور الكركي تستريح في البحيرة الضحلة قبل أن تواصل رحلتها جنوباً.',
        tags: ['طيور', 'أراض رطبة', 'متطوعون'],
        bodyHtml: `<p>أمضى تسعون متطوعاً يحملون المناظير والدفاتر صباح الأحد في الأراضي الرطبة الجنوبية، وأحصوا 14260 طائر كركي، وهو رقم قياسي للمسح السنوي.</p>
<p>وقال علماء في الجامعة الإقليمية إن إعادة تأهيل بحيرتين جُففتا قبل خمس سنوات منحت الطيور أماكن أكثر أماناً للراحة.</p>
<blockquote><p>قبل عشر سنوات كان هذا الحقل جافاً في الخريف. هذا الصباح سمعنا طيور الكركي قبل أن نراها.</p><footer>— د. نسرين حيدري، عالمة بيئة</footer></blockquote>
<p>وسجّل المسح أيضاً:</p>
<ul><li>نحو 3400 إوزة رمادية؛</li><li>أول عقاب أبيض الذيل يُشاهد في الموقع منذ أحد عشر عاماً؛</li><li>تراجعاً في أعداد طيور الزقزاق سيدرسه الفريق في الربيع المقبل.</li></ul>
<p>ويُطلب من الزوار البقاء على المسارات المحددة حتى نهاية نوفمبر.</p>`,
      },
      fa: {
        title: 'داوطلبان شمار بی‌سابقه‌ای از درناهای مهاجر را در تالاب جنوبی ثبت کردند',
        lead: 'بیش از ۱۴ هزار درنا در یک صبح شمارش شد؛ بالاترین رقم از آغاز این سرشماری در سال ۱۹۹۸.',
        author: 'کاوه محمدی',
        alt: 'درناها هنگام طلوع آفتاب در آب کم‌عمق ایستاده‌اند',
        caption: 'درناها پیش از ادامه سفر به جنوب در آبگیر کم‌عمق استراحت می‌کنند.',
        tags: ['پرندگان', 'تالاب', 'داوطلبان'],
        bodyHtml: `<p>نود داوطلب با دوربین و دفترچه صبح یکشنبه را در تالاب جنوبی گذراندند و ۱۴٬۲۶۰ درنای معمولی شمردند؛ رکوردی تازه برای سرشماری سالانه.</p>
<p>پژوهشگران دانشگاه منطقه‌ای می‌گویند احیای دو آبگیر خشک‌شده در پنج سال پیش، جای امن‌تری برای استراحت پرندگان فراهم کرده است.</p>
<blockquote><p>ده سال پیش این زمین در پاییز خشک بود. امروز صبح صدای درناها را پیش از دیدنشان شنیدیم.</p><footer>— دکتر نسرین حیدری، بوم‌شناس</footer></blockquote>
<p>در این سرشماری همچنین ثبت شد:</p>
<ul><li>حدود ۳٬۴۰۰ غاز خاکستری؛</li><li>نخستین عقاب دم‌سفید در این منطقه پس از یازده سال؛</li><li>کاهش شمار کاکایی‌ها که گروه بهار آینده بررسی خواهد کرد.</li></ul>
<p>از بازدیدکنندگان خواسته شده تا پایان آبان از مسیرهای مشخص‌شده بیرون نروند.</p>`,
      },
      ur: {
        title: 'رضاکاروں نے جنوبی دلدلی علاقے میں ریکارڈ تعداد میں مہاجر کونجیں گنیں',
        lead: 'ایک ہی صبح میں 14 ہزار سے زیادہ کونجیں گنی گئیں، جو 1998 میں سروے شروع ہونے کے بعد سب سے بڑی تعداد ہے۔',
        author: 'احمد صدیقی',
        alt: 'طلوع آفتاب کے وقت کم گہرے پانی میں کھڑی کونجیں',
        caption: 'کونجیں جنوب کی طرف سفر جاری رکھنے سے پہلے کم گہری جھیل میں آرام کرتی ہیں۔',
        tags: ['پرندے', 'دلدلی علاقے', 'رضاکار'],
        bodyHtml: `<p>دوربینوں اور نوٹ بکوں کے ساتھ نوے رضاکاروں نے اتوار کی صبح جنوبی دلدلی علاقے میں گزاری اور 14,260 کونجیں گنیں، جو سالانہ سروے کا نیا ریکارڈ ہے۔</p>
<p>علاقائی یونیورسٹی کے سائنس دانوں کا کہنا ہے کہ پانچ سال پہلے خشک کی گئی دو جھیلوں کی بحالی سے پرندوں کو آرام کی محفوظ جگہیں ملی ہیں۔</p>
<blockquote><p>دس سال پہلے خزاں میں یہ میدان خشک ہوتا تھا۔ آج صبح ہم نے کونجوں کو دیکھنے سے پہلے ان کی آواز سنی۔</p><footer>— ڈاکٹر نسرین حیدری، ماہر ماحولیات</footer></blockquote>
<p>سروے میں یہ بھی درج کیا گیا:</p>
<ul><li>تقریباً 3,400 سرمئی راج ہنس؛</li><li>گیارہ سال میں پہلی بار یہاں دیکھا گیا سفید دم والا عقاب؛</li><li>ٹٹیریوں کی تعداد میں کمی، جس کا ٹیم اگلی بہار میں مطالعہ کرے گی۔</li></ul>
<p>زائرین سے کہا گیا ہے کہ نومبر کے آخر تک نشان زدہ راستوں پر ہی رہیں۔</p>`,
      },
    },
  },
  {
    slug: 'womens-cricket-regional-final',
    section: 'sport',
    image: { name: 'cricket', width: 1200, height: 675 },
    hoursAgo: 56,
    views: 4082,
    commentsOpen: false,
    versions: {
      en: {
        title: 'City women’s cricket team wins regional final off the last ball',
        lead: 'A boundary from the captain in the final over sealed a four-wicket win in front of a sell-out crowd.',
        author: 'Tom Fairbairn',
        alt: 'Cricket players celebrating on the field after the winning run',
        tags: ['cricket', 'women’s sport', 'final'],
        bodyHtml: `<p>The city women’s cricket team won the regional final by four wickets on Saturday, with captain Noor Aziz hitting the last ball of the match to the boundary.</p>
<p>Chasing 168, the team needed eleven runs from the final over. Aziz, who had come in at number five, scored all of them.</p>
<p><q>I did not look at the scoreboard once,</q> she said afterwards. <q>I just watched the ball.</q></p>
<p>It is the club’s first regional title. The team will play in the national championship in March.</p>`,
      },
      ar: {
        title: 'فريق المدينة للكريكيت النسائي يفوز بالنهائي الإقليمي في الكرة الأخيرة',
        lead: 'حسمت ضربة حدودية من القائدة في الجولة الأخيرة الفوز بفارق أربع ويكيتات أمام مدرجات ممتلئة.',
        author: 'رنا عيسى',
        alt: 'لاعبات كريكيت يحتفلن في الملعب بعد نقطة الفوز',
        tags: ['كريكيت', 'رياضة نسائية', 'نهائي'],
        bodyHtml: `<p>فاز فريق المدينة للكريكيت النسائي بالنهائي الإقليمي يوم السبت بفارق أربع ويكيتات، بعدما سدّدت القائدة نور عزيز الكرة الأخيرة في المباراة إلى الحدود.</p>
<p>كان الفريق يطارد 168 نقطة، واحتاج إلى إحدى عشرة نقطة في الجولة الأخيرة، فسجّلتها عزيز كلها بعد أن دخلت في المركز الخامس.</p>
<p>وقالت بعد المباراة: <q>لم أنظر إلى لوحة النتائج مرة واحدة. كنت أراقب الكرة فقط</q>.</p>
<p>هذا أول لقب إقليمي للنادي، وسيشارك الفريق في البطولة الوطنية في مارس.</p>`,
      },
      fa: {
        title: 'تیم کریکت زنان شهر با آخرین توپ قهرمان فینال منطقه‌ای شد',
        lead: 'ضربه مرزی کاپیتان در آخرین اوور، پیروزی با اختلاف چهار ویکت را در ورزشگاهی پر از تماشاگر قطعی کرد.',
        author: 'سارا امینی',
        alt: 'بازیکنان کریکت پس از امتیاز پیروزی در زمین جشن می‌گیرند',
        tags: ['کریکت', 'ورزش زنان', 'فینال'],
        bodyHtml: `<p>تیم کریکت زنان شهر روز شنبه با اختلاف چهار ویکت قهرمان فینال منطقه‌ای شد؛ نور عزیز، کاپیتان تیم، آخرین توپ مسابقه را به مرز زمین فرستاد.</p>
<p>تیم برای رسیدن به ۱۶۸ امتیاز در آخرین اوور به یازده امتیاز نیاز داشت و عزیز که نفر پنجم به زمین آمده بود، همه را خودش به دست آورد.</p>
<p>او پس از بازی گفت: <q>حتی یک بار هم به تابلوی امتیازات نگاه نکردم. فقط توپ را تماشا می‌کردم.</q></p>
<p>این نخستین عنوان منطقه‌ای باشگاه است. تیم در اسفند در مسابقات قهرمانی کشور بازی خواهد کرد.</p>`,
      },
      ur: {
        title: 'شہر کی خواتین کرکٹ ٹیم نے آخری گیند پر علاقائی فائنل جیت لیا',
        lead: 'آخری اوور میں کپتان کے چوکے نے کھچا کھچ بھرے اسٹیڈیم کے سامنے چار وکٹوں کی فتح یقینی بنا دی۔',
        author: 'زینب حسین',
        alt: 'جیت کا رن بننے کے بعد میدان میں جشن مناتی کرکٹ کھلاڑی',
        tags: ['کرکٹ', 'خواتین کھیل', 'فائنل'],
        bodyHtml: `<p>شہر کی خواتین کرکٹ ٹیم نے ہفتے کو علاقائی فائنل چار وکٹوں سے جیت لیا۔ کپتان نور عزیز نے میچ کی آخری گیند پر چوکا لگایا۔</p>
<p>168 رنز کے تعاقب میں ٹیم کو آخری اوور میں گیارہ رنز درکار تھے، اور پانچویں نمبر پر کھیلنے آنے والی عزیز نے یہ سارے رنز خود بنائے۔</p>
<p>میچ کے بعد انہوں نے کہا: <q>میں نے ایک بار بھی اسکور بورڈ کی طرف نہیں دیکھا۔ میں بس گیند کو دیکھ رہی تھی۔</q></p>
<p>یہ کلب کا پہلا علاقائی اعزاز ہے۔ ٹیم مارچ میں قومی چیمپئن شپ میں حصہ لے گی۔</p>`,
      },
    },
  },
];
