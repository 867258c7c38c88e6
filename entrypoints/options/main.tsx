import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OptionsPage } from '@/components/options/OptionsPage';
import '@/components/theme.css';
import { keepBackgroundInformed } from '@/components/follow-up-sync';

// Writes made here reach the toolbar count and the reminders.
keepBackgroundInformed();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <OptionsPage />
    </StrictMode>,
  );
}
