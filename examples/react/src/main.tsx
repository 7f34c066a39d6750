import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// `?lang=ar` (or fa, ur) shows the page in that language, right to left.
const lang = new URLSearchParams(location.search).get('lang') ?? 'en';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App lang={lang} articleId={new URLSearchParams(location.search).get('id')} />
  </StrictMode>,
);
