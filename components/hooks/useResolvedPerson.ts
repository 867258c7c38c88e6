import { useLiveQuery } from 'dexie-react-hooks';
import { resolvePagePerson } from '@/storage/person-in-focus';
import type { Person } from '@/storage/schema';
import type { PagePerson } from '@/utils/messages';
import { earlyPerson, personKey } from './preloaded';
import { useDatabase } from './useDatabase';

/**
 * The Rapport record for someone on the page, by address then LinkedIn profile, live (it
 * appears the moment the rep adds them). `undefined` while loading, `null` when unknown.
 */
export function useResolvedPerson(pagePerson: PagePerson | undefined): Person | null | undefined {
  const db = useDatabase();
  const email = pagePerson?.email;
  const slug = pagePerson?.linkedinSlug;
  const memberId = pagePerson?.linkedinMemberId;
  const key = personKey({ email, linkedinSlug: slug, linkedinMemberId: memberId });
  return useLiveQuery(
    async () => {
      const found = await resolvePagePerson(db, {
        email,
        linkedinSlug: slug,
        linkedinMemberId: memberId,
      });
      earlyPerson.forget(key);
      return found;
    },
    [db, email, slug, memberId],
    earlyPerson.value(key),
  );
}
