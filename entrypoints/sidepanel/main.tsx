import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/sidepanel/sidepanel.css';
import { keepBackgroundInformed } from '@/components/follow-up-sync';
import { preloadPanel } from '@/components/sidepanel/preload';
import { SidePanel } from '@/components/sidepanel/SidePanel';

// The panel's reads start here, before React mounts. The mark is where `npm run bench`
// starts the panel's data phase. React's first render waits for them, briefly: the reads
// then run on an idle main thread, and the panel renders once with the person instead of
// a loading state first.
const FIRST_RENDER_WAIT_MS = 150;
performance.mark('rapport:first-read');
await Promise.race([
  preloadPanel(location.search),
  new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAIT_MS)),
]);

// Writes made here reach the toolbar count and the reminders.
keepBackgroundInformed();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);
