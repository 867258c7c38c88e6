import { useLiveQuery } from 'dexie-react-hooks';
import { findPerson } from '@/storage/people';
import type { Person } from '@/storage/schema';
import type { PagePerson } from '@/utils/messages';
import { useDatabase } from './useDatabase';

/**
 * The Rapport record for someone on the page, by address then LinkedIn slug, live (it
 * appears the moment the rep adds them). `undefined` while loading, `null` when unknown.
 */
export function useResolvedPerson(pagePerson: PagePerson | undefined): Person | null | undefined {
  const db = useDatabase();
  const email = pagePerson?.email;
  const slug = pagePerson?.linkedinSlug;
  return useLiveQuery(
    async () =>
      email || slug ? ((await findPerson(db, { email, linkedinSlug: slug })) ?? null) : null,
    [db, email, slug],
  );
}
