import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

// Same origin behind the local gateway; a deployed console is built with VITE_API_BASE set to
// the functions' base URL (whose CORS_ORIGINS list the console's origin).

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App baseUrl={import.meta.env.VITE_API_BASE ?? ''} />
  </StrictMode>,
);
