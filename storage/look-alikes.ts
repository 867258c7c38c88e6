import { looksLikeSamePerson, nameStems, type Likeness } from '../utils/domain/duplicates';
import { WORD_IN } from '../utils/domain/search';
import type { RapportDatabase } from './db';
import type { Person } from './schema';
import { readTermPlaces } from './search';

export interface LookAlike {
  person: Person;
  likeness: Likeness;
}

/** People compared at most: those sharing the most name beginnings come first. */
const MAX_CANDIDATES = 200;

/**
 * Other people who look like this one (looksLikeSamePerson): found among those whose name
 * shares the beginnings of this person's name words, through the word index.
 */
export async function findLookAlikes(db: RapportDatabase, person: Person): Promise<LookAlike[]> {
  const stems = nameStems(person.name);
  if (stems.length === 0) return [];
  const { ids, places } = await readTermPlaces(db, stems);
  const needed = Math.min(2, stems.length);
  const candidates: string[] = [];
  ids.forEach((id, doc) => {
    if (!id || id === person.id) return;
    const shared = places.filter((p) => p[doc]! & WORD_IN.name).length;
    if (shared >= needed) candidates.push(id);
  });
  const others = await db.people.bulkGet(candidates.slice(0, MAX_CANDIDATES));
  return others.flatMap((other) => {
    const likeness = other && looksLikeSamePerson(person, other);
    return other && likeness ? [{ person: other, likeness }] : [];
  });
}
