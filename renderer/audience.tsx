// The audience window's page: the slide the presenter shows, and nothing else.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/600.css';
import './app/app.css';
import { initI18n } from './i18n';
import { AudienceView } from './features/presenter';

initI18n();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AudienceView />
  </StrictMode>,
);
