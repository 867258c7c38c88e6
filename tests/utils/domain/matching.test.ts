import { describe, expect, it } from 'vitest';
import {
  matchIncoming,
  nameKey,
  PeopleIndex,
  withoutIdentities,
  type MatchablePerson,
} from '@/utils/domain/matching';

const p = (id: string, name: string, emails: string[] = [], linkedinSlug?: string) => ({
  id,
  name,
  emails,
  ...(linkedinSlug ? { linkedinSlug } : {}),
});

const backup = { byId: true, byName: false };
const contacts = { byId: false, byName: true };

describe('matching incoming people', () => {
  const maya = p('maya', 'Maya Lindqvist', ['maya@northwind.example'], 'maya-lindqvist');
  const jonas = p('jonas', 'Jonas Novak', ['jonas@contoso.example']);
  const index = () => new PeopleIndex<MatchablePerson>([maya, jonas, undefined]);

  it('matches by id first, then by any address, then by LinkedIn profile', () => {
    expect(matchIncoming(index(), p('maya', 'Someone else'), backup).person).toBe(maya);
    expect(
      matchIncoming(index(), p('x', 'M', ['other@x.example', 'maya@northwind.example']), backup)
        .person,
    ).toBe(maya);
    expect(matchIncoming(index(), p('x', 'M', [], 'maya-lindqvist'), contacts).person).toBe(maya);
    expect(matchIncoming(index(), p('maya', 'M'), contacts).person).toBeUndefined();
    expect(matchIncoming(index(), p('x', 'Noor', ['noor@x.example']), backup)).toEqual({
      keptApart: [],
    });
  });

  it('keeps every address or profile someone else holds with them', () => {
    const incoming = p('x', 'Maya', ['maya@northwind.example', 'jonas@contoso.example'], 'maya-l');
    const match = matchIncoming(index(), incoming, contacts);
    expect(match.person).toBe(maya);
    expect(match.keptApart).toEqual([
      { identity: 'email:jonas@contoso.example', holder: jonas },
      // Maya has her own profile: another one is not added to her.
      { identity: 'linkedin:maya-l', holder: maya },
    ]);
    expect(
      withoutIdentities(
        incoming,
        match.keptApart.map((k) => k.identity),
      ),
    ).toEqual(p('x', 'Maya', ['maya@northwind.example']));
  });

  it('matches someone known by name only to the one person of that name, in contact files only', () => {
    const people = index();
    expect(matchIncoming(people, p('x', '  maya   LINDQVIST '), contacts).person).toBe(maya);
    expect(matchIncoming(people, p('x', 'Maya Lindqvist'), backup).person).toBeUndefined();
    // A name with an address is matched by the address alone.
    expect(
      matchIncoming(people, p('x', 'Maya Lindqvist', ['m@x.example']), contacts).person,
    ).toBeUndefined();
    people.put(p('maya2', 'Maya Lindqvist'));
    expect(matchIncoming(people, p('x', 'Maya Lindqvist'), contacts).person).toBeUndefined();
  });

  it('lets people added with matchable: false hold their identities without being matched by them', () => {
    const people = index();
    const ana = p('ana', 'Ana', ['sales@fabrikam.example']);
    people.put(ana, { matchable: false });
    const ben = matchIncoming(people, p('ben', 'Ben', ['sales@fabrikam.example']), backup);
    expect(ben).toEqual({ keptApart: [{ identity: 'email:sales@fabrikam.example', holder: ana }] });
    expect(matchIncoming(people, p('ana', 'Ana'), backup).person).toBe(ana);
  });

  it('re-indexes a person whose record changes', () => {
    const people = index();
    people.put({ ...jonas, emails: ['jonas@new.example'] });
    expect(people.owner('email:jonas@contoso.example')).toBeUndefined();
    expect(people.owner('email:jonas@new.example')?.id).toBe('jonas');
  });

  it('matches by LinkedIn member id, and keeps a profile’s slug and member id together', () => {
    const noor = {
      ...p('noor', 'Noor Haddad', ['noor@fabrikam.example'], 'noor-haddad'),
      linkedinMemberId: 'ACoAAExampleNoorHaddad0001',
    };
    const ravi = { ...p('ravi', 'Ravi Moreau'), linkedinMemberId: 'ACoAAExampleRaviMoreau0002' };
    const people = new PeopleIndex<MatchablePerson>([noor, ravi]);
    const byMember = { ...p('x', 'R. Moreau'), linkedinMemberId: 'ACoAAExampleRaviMoreau0002' };
    expect(matchIncoming(people, byMember, contacts)).toEqual({ person: ravi, keptApart: [] });

    // Noor's address, with another profile: neither its slug nor its member id is added to her.
    const other = {
      ...p('y', 'Noor H', ['noor@fabrikam.example'], 'noor-h-2'),
      linkedinMemberId: 'ACoAAExampleSomeoneElse0003',
    };
    const match = matchIncoming(people, other, contacts);
    expect(match.person).toBe(noor);
    expect(match.keptApart).toEqual([
      { identity: 'linkedin:noor-h-2', holder: noor },
      { identity: 'linkedin-member:ACoAAExampleSomeoneElse0003', holder: noor },
    ]);
    expect(
      withoutIdentities(
        other,
        match.keptApart.map((k) => k.identity),
      ),
    ).toEqual(p('y', 'Noor H', ['noor@fabrikam.example']));

    // Ravi's member id with a slug he lacks: the record is Ravi, and the slug is his to gain.
    const twin = {
      ...p('z', 'Ravi M', [], 'ravi-moreau'),
      linkedinMemberId: ravi.linkedinMemberId,
    };
    expect(matchIncoming(people, twin, backup)).toEqual({ person: ravi, keptApart: [] });

    // Someone else's address with Noor's slug: the slug stays with Noor, and the member id
    // beside it names her profile too, so it is not given to anyone.
    const newcomer = {
      ...p('w', 'Someone', ['someone@x.example'], 'noor-haddad'),
      linkedinMemberId: 'ACoAAExampleNewMember0004',
    };
    people.put({ ...p('s', 'Someone', ['someone@x.example']) });
    expect(matchIncoming(people, newcomer, contacts).keptApart).toEqual([
      { identity: 'linkedin:noor-haddad', holder: noor },
      {
        identity: 'linkedin-member:ACoAAExampleNewMember0004',
        holder: noor,
        sameProfileAs: 'linkedin:noor-haddad',
      },
    ]);
  });

  it('compares names without case or spacing', () => {
    expect(nameKey('  Ana   de la  Cruz ')).toBe(nameKey('ana de la cruz'));
  });
});
