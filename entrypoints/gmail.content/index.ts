import { defineContentScript } from '#imports';
import { startGmail } from '@/utils/content/gmail';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main: startGmail,
});
