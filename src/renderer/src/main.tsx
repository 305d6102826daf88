// Placeholder entry so `npm run build` works; the UI engineer replaces this file.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <h1>Rounds</h1>
    </StrictMode>,
  );
}
