import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PreparePage } from '@/components/prepare/PreparePage';
import '@/components/theme.css';
import '@/components/prepare/prepare.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <PreparePage />
    </StrictMode>,
  );
}
