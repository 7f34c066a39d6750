import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The reference server (`npm start` at the repository's root) answers /api and serves the articles'
// images; NEWS_API points elsewhere.
const server = process.env.NEWS_API ?? 'http://127.0.0.1:8080';
const api = { '/api': server, '/images': server };

export default defineConfig({
  plugins: [react()],
  server: { proxy: api },
  preview: { proxy: api },
});
