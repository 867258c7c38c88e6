import { defineContentScript } from '#imports';
import { startLinkedIn } from '@/utils/content/linkedin';
import { SITES } from '@/utils/domain/sites';

export default defineContentScript({
  matches: [...SITES.linkedin.contentScriptMatches],
  runAt: 'document_idle',
  main: startLinkedIn,
});
