import { defineContentScript } from '#imports';
import { startGmail } from '@/utils/content/gmail';
import { SITES } from '@/utils/domain/sites';

export default defineContentScript({
  matches: [...SITES.gmail.contentScriptMatches],
  runAt: 'document_idle',
  main: startGmail,
});
