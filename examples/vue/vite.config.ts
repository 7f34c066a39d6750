import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// The reference server (`npm start` at the repository's root) answers /api and serves the articles'
// images; NEWS_API points elsewhere.
const server = process.env.NEWS_API ?? 'http://127.0.0.1:8080';
const api = { '/api': server, '/images': server };

export default defineConfig({
  // The news-* tags are custom elements, not Vue components: Vue sets their properties and listens
  // to their events.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('news-') } } })],
  server: { proxy: api },
  preview: { proxy: api },
});
