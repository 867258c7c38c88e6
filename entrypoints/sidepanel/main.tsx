import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/components/theme.css';
import '@/components/sidepanel/sidepanel.css';
import { preloadPanel } from '@/components/sidepanel/preload';
import { SidePanel } from '@/components/sidepanel/SidePanel';

// The panel's reads start here, before React mounts. The mark is where `npm run bench`
// starts the panel's data phase.
performance.mark('rapport:first-read');
preloadPanel(location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanel />
  </StrictMode>,
);
