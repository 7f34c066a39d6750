import { createApp } from 'vue';
import 'news-elements';
import App from './App.vue';

// `?lang=ar` (or fa, ur) shows the page in that language, right to left.
const params = new URLSearchParams(location.search);
createApp(App, { lang: params.get('lang') ?? 'en', articleId: params.get('id') }).mount('#app');
