import { defineContentScript } from '#imports';
import { startLinkedIn } from '@/utils/content/linkedin';

// Every www.linkedin.com page: the rep lands on the feed and clicks through to a profile
// without a reload. Regional subdomains serve only logged-out public profiles.
export default defineContentScript({
  matches: ['https://www.linkedin.com/*', 'https://*.linkedin.com/in/*'],
  runAt: 'document_idle',
  main: startLinkedIn,
});
