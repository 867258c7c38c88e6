import {
  emailIdentity,
  identitiesOf,
  memberIdentity,
  slugIdentity,
  type IdentityKey,
} from './person';

/**
 * Matching incoming people (a backup from another device, a contacts file) to the people
 * Rapport has: by id, then by address, then by LinkedIn profile (its slug, then its member
 * id), and for a contact known by name only, by that name. An address or a profile belongs
 * to one person: an incoming record never gives one to a second person, whoever it matches.
 */

/** What matching looks at in a person. */
export interface MatchablePerson {
  id: string;
  name: string;
  emails: string[];
  linkedinSlug?: string;
  linkedinMemberId?: string;
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
  /**
   * Who keeps it: the person who has it, or the match itself when it has another LinkedIn
   * profile; with `sameProfileAs`, whoever keeps that other name of the same profile.
   */
  holder: P;
  /**
   * The record's other LinkedIn identity, kept apart first: a slug and a member id name one
   * profile, so neither goes where the other cannot.
   */
  sameProfileAs?: IdentityKey;
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
 * name. Each of its identities held by someone else stays theirs, a profile never
 * replaces the one the match already has, and a profile's slug and member id go together.
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
  // A LinkedIn profile the match already has under another slug or member id is another
  // profile: the record's is not added to them.
  const profiles: [IdentityKey | undefined, IdentityKey | undefined][] = [
    [
      incoming.linkedinSlug ? slugIdentity(incoming.linkedinSlug) : undefined,
      person?.linkedinSlug ? slugIdentity(person.linkedinSlug) : undefined,
    ],
    [
      incoming.linkedinMemberId ? memberIdentity(incoming.linkedinMemberId) : undefined,
      person?.linkedinMemberId ? memberIdentity(person.linkedinMemberId) : undefined,
    ],
  ];
  for (const [theirs, ours] of profiles) {
    if (
      person &&
      theirs &&
      ours &&
      theirs !== ours &&
      !keptApart.some((k) => k.identity === theirs)
    ) {
      keptApart.push({ identity: theirs, holder: person });
    }
  }
  // One profile, two names: where one is kept apart, the other goes with it.
  const [slug, member] = profiles.map(([theirs]) => theirs);
  for (const [one, other] of [
    [slug, member],
    [member, slug],
  ] as const) {
    const kept = keptApart.find((k) => k.identity === one && !k.sameProfileAs);
    const free = other && !keptApart.some((k) => k.identity === other);
    if (kept && other && free && !(person && holds(person, other))) {
      keptApart.push({ identity: other, holder: kept.holder, sameProfileAs: one });
    }
  }
  return person ? { person, keptApart } : { keptApart };
}

/** The record without the identities named: what it may bring to a merge or as someone new. */
export function withoutIdentities<T extends MatchableIdentities>(
  record: T,
  identities: readonly IdentityKey[],
): T {
  if (!identities.length) return record;
  const dropped = new Set<string>(identities);
  const { linkedinSlug, linkedinMemberId, ...rest } = record;
  const keepSlug = linkedinSlug !== undefined && !dropped.has(slugIdentity(linkedinSlug));
  const keepMember =
    linkedinMemberId !== undefined && !dropped.has(memberIdentity(linkedinMemberId));
  return {
    ...rest,
    emails: record.emails.filter((e) => !dropped.has(emailIdentity(e))),
    ...(keepSlug ? { linkedinSlug } : {}),
    ...(keepMember ? { linkedinMemberId } : {}),
  } as T;
}

type MatchableIdentities = Pick<MatchablePerson, 'emails' | 'linkedinSlug' | 'linkedinMemberId'>;

/** Whether `person` holds `identity` itself (rather than keeping it apart as another profile). */
export function holds(person: MatchableIdentities, identity: IdentityKey): boolean {
  return identitiesOf(person).includes(identity);
}
