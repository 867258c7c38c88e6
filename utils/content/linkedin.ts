import type { ContentScriptContext } from '#imports';
import { detectPage } from '@/utils/sites';
import { profileNameElement } from '@/utils/sites/linkedin/extract';
import { linkedinProfileSlug } from '@/utils/sites/urls';
import { createBadge } from './badge';
import { requestBadgeState, sendToBackground } from './send';
import { watchPage } from './page-watcher';

/**
 * LinkedIn: reports the profile on screen as the rep navigates the single-page app, and
 * keeps Rapport's badge in the profile's top card, beside the name.
 */
export function startLinkedIn(ctx: ContentScriptContext): void {
  const badge = createBadge(() => void sendToBackground({ type: 'open-side-panel' }));
  ctx.onInvalidated(() => badge.remove());

  watchPage(
    ctx,
    () => detectPage(document, location.href),
    (signal) => {
      void sendToBackground({ type: 'page-signal', signal, url: location.href }).then(async () => {
        if (!signal) return badge.remove();
        const slug = linkedinProfileSlug(location.href);
        badge.place(slug ? profileNameElement(document, slug) : null);
        badge.show(await requestBadgeState());
      });
    },
    {
      // LinkedIn's renderer may reuse the top card on moving between profiles: the name
      // then changes as text and the card's profile links as `href`, in place.
      mutations: {
        childList: true,
        characterData: true,
        attributeFilter: ['href', 'aria-label', 'aria-hidden', 'content'],
      },
    },
  );
}
