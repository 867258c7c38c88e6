import { emailIdentity, identitiesOf, slugIdentity, type IdentityKey } from './person';

/**
 * Matching incoming people (a backup from another device, a contacts file) to the people
 * Rapport has: by id, then by address, then by LinkedIn profile, and for a contact known by
 * name only, by that name. An address or a profile belongs to one person: an incoming record
 * never gives one to a second person, whoever it matches.
 */

/** What matching looks at in a person. */
export interface MatchablePerson {
  id: string;
  name: string;
  emails: string[];
  linkedinSlug?: string;
}

/** A name as it identifies someone listed by name only: case and spacing do not count. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Who holds each id, address and LinkedIn profile: the stored people, and the people an
 * import adds as it goes. Built for tens of thousands of people at once: names are indexed
 * only once a lookup by name is asked for (a backup never asks).
 */
export class PeopleIndex<P extends MatchablePerson> {
  private readonly byId = new Map<string, P>();
  private readonly byIdentity = new Map<IdentityKey, P>();
  private byName: Map<string, P[]> | undefined;
  /** People who hold their identities but whom no other record may match by them. */
  private readonly heldOnly = new Set<string>();

  constructor(people: Iterable<P | undefined> = []) {
    for (const person of people) if (person) this.put(person);
  }

  /**
   * Adds a person, or replaces the record with their id. With `matchable: false` they hold
   * their addresses and profile (no one else is given them) but no incoming record is
   * matched to them by those: a record of a backup is one person, however its addresses
   * overlap another record's of the same file.
   */
  put(person: P, { matchable = true }: { matchable?: boolean } = {}): void {
    const previous = this.byId.get(person.id);
    if (previous) this.remove(previous);
    this.byId.set(person.id, person);
    for (const identity of identitiesOf(person)) {
      if (!this.byIdentity.has(identity)) this.byIdentity.set(identity, person);
    }
    if (this.byName) this.addName(this.byName, person);
    if (!matchable) this.heldOnly.add(person.id);
  }

  private remove(person: P): void {
    this.byId.delete(person.id);
    this.heldOnly.delete(person.id);
    for (const identity of identitiesOf(person)) {
      if (this.byIdentity.get(identity)?.id === person.id) this.byIdentity.delete(identity);
    }
    const named = this.byName?.get(nameKey(person.name));
    const at = named?.findIndex((p) => p.id === person.id) ?? -1;
    if (at >= 0) named?.splice(at, 1);
  }

  private addName(byName: Map<string, P[]>, person: P): void {
    const key = nameKey(person.name);
    const named = byName.get(key);
    if (named) named.push(person);
    else byName.set(key, [person]);
  }

  get(id: string): P | undefined {
    return this.byId.get(id);
  }

  /** The person an address or profile belongs to. */
  owner(identity: IdentityKey): P | undefined {
    return this.byIdentity.get(identity);
  }

  /** Whether incoming records may be matched to this person by address or profile. */
  matchable(person: P): boolean {
    return !this.heldOnly.has(person.id);
  }

  /** Everyone of this name (see nameKey). */
  named(name: string): P[] {
    if (!this.byName) {
      const byName = new Map<string, P[]>();
      for (const person of this.byId.values()) this.addName(byName, person);
      this.byName = byName;
    }
    return this.byName.get(nameKey(name)) ?? [];
  }
}

/** An identity an incoming record carries that stays with the person who has it. */
export interface KeptApart<P> {
  identity: IdentityKey;
  /** Who keeps it: another person, or the match itself when it has another profile. */
  holder: P;
}

export interface Match<P> {
  /** The person the incoming record is, or undefined when it is someone new. */
  person?: P;
  /** The incoming record's identities that go to no one but their holder. */
  keptApart: KeptApart<P>[];
}

export interface MatchOptions {
  /** Match a record with a stored record's id (a backup: ids are kept across devices). */
  byId: boolean;
  /**
   * Match a record without any address or profile to the one person of the same name (a
   * contacts file: a phone-only card read twice is still one person).
   */
  byName: boolean;
}

/**
 * Who an incoming record is: the person with its id, else the first person holding one of
 * its addresses, else its profile's holder, else (by name only) the one person of its
 * name. Each of its identities held by someone else stays theirs, and a profile never
 * replaces the one the match already has.
 */
export function matchIncoming<P extends MatchablePerson>(
  index: PeopleIndex<P>,
  incoming: MatchablePerson,
  options: MatchOptions,
): Match<P> {
  const identities = identitiesOf(incoming);
  let person = options.byId ? index.get(incoming.id) : undefined;
  for (const identity of identities) {
    if (person) break;
    const holder = index.owner(identity);
    if (holder && index.matchable(holder)) person = holder;
  }
  if (!person && options.byName && identities.length === 0) {
    const named = index.named(incoming.name).filter((p) => index.matchable(p));
    if (named.length === 1) person = named[0];
  }
  const keptApart: KeptApart<P>[] = [];
  for (const identity of identities) {
    const holder = index.owner(identity);
    if (holder && holder.id !== person?.id) keptApart.push({ identity, holder });
  }
  if (
    person?.linkedinSlug &&
    incoming.linkedinSlug &&
    person.linkedinSlug !== incoming.linkedinSlug &&
    !keptApart.some((k) => k.identity === slugIdentity(incoming.linkedinSlug as string))
  ) {
    keptApart.push({ identity: slugIdentity(incoming.linkedinSlug), holder: person });
  }
  return person ? { person, keptApart } : { keptApart };
}

/** The record without the identities named: what it may bring to a merge or as someone new. */
export function withoutIdentities<T extends { emails: string[]; linkedinSlug?: string }>(
  record: T,
  identities: readonly IdentityKey[],
): T {
  if (!identities.length) return record;
  const dropped = new Set<string>(identities);
  const emails = record.emails.filter((e) => !dropped.has(emailIdentity(e)));
  const { linkedinSlug, ...rest } = record;
  const keepSlug = linkedinSlug !== undefined && !dropped.has(slugIdentity(linkedinSlug));
  return { ...rest, emails, ...(keepSlug ? { linkedinSlug } : {}) } as T;
}
