import { describe, expect, it } from 'vitest';
import {
  looksLikeSamePerson,
  nameStems,
  organisationOfAddress,
  type LookAlikePerson,
} from '@/utils/domain/duplicates';

let next = 0;
const person = (fields: Partial<LookAlikePerson> & Pick<LookAlikePerson, 'name'>) => ({
  id: `p${(next += 1)}`,
  emails: [],
  consent: 'unknown' as const,
  tags: [],
  createdAt: 0,
  ...fields,
});

describe('two records that look like one person', () => {
  const fromGmail = person({ name: 'Maya Lindqvist', emails: ['maya@northwind.example'] });

  it('share a name, whatever the case, accents or order', () => {
    expect(looksLikeSamePerson(fromGmail, person({ name: 'maya lindqvist' }))).toEqual({
      kind: 'same-name',
    });
    expect(
      looksLikeSamePerson(person({ name: 'José Núñez' }), person({ name: 'Nunez Jose' })),
    ).toEqual({
      kind: 'same-name',
    });
  });

  it('have a close name at the organisation of the address: one from Gmail, one from LinkedIn', () => {
    const fromLinkedIn = person({
      name: 'Maya Lindquist',
      linkedinSlug: 'maya-lindquist',
      company: 'Northwind Logistics',
    });
    expect(looksLikeSamePerson(fromGmail, fromLinkedIn)).toEqual({
      kind: 'close-name-same-organisation',
      organisation: 'northwind',
    });
    expect(
      looksLikeSamePerson(
        person({ name: 'Alex Rivera', emails: ['alex@contoso.co.uk'] }),
        person({ name: 'Alexander Rivera', emails: ['a.rivera@contoso.co.uk'] }),
      ),
    ).toEqual({ kind: 'close-name-same-organisation', organisation: 'contoso.co.uk' });
    expect(
      looksLikeSamePerson(
        person({ name: 'M. Lindqvist', company: 'Northwind' }),
        person({ name: 'Maya Lindqvist', emails: ['m@northwind.example'] }),
      ),
    ).toMatchObject({ kind: 'close-name-same-organisation' });
  });

  it('a LinkedIn address as a name still compares by its words', () => {
    expect(
      looksLikeSamePerson(
        fromGmail,
        person({ name: 'maya-lindqvist-4b2a19', company: 'Northwind' }),
      ),
    ).toEqual({ kind: 'same-name' });
  });

  it('are not alike with a close name but no shared organisation, or a personal address', () => {
    expect(
      looksLikeSamePerson(fromGmail, person({ name: 'Maya Lindquist', company: 'Contoso' })),
    ).toBeUndefined();
    expect(
      looksLikeSamePerson(
        person({ name: 'Sam Park', emails: ['sam.park@gmail.com'] }),
        person({ name: 'Sam Parks', emails: ['sparks@gmail.com'] }),
      ),
    ).toBeUndefined();
    expect(
      looksLikeSamePerson(
        person({ name: 'Robin Park', emails: ['robin@northwind.example'] }),
        person({ name: 'Noor Haddad', emails: ['noor@northwind.example'] }),
      ),
    ).toBeUndefined();
  });

  it('never when they have two LinkedIn profiles, or the rep said they are different', () => {
    expect(
      looksLikeSamePerson(
        person({ name: 'Maya Lindqvist', linkedinSlug: 'maya-1' }),
        person({ name: 'Maya Lindqvist', linkedinSlug: 'maya-2' }),
      ),
    ).toBeUndefined();
    const other = person({ name: 'Maya Lindqvist', distinctFrom: [fromGmail.id] });
    expect(looksLikeSamePerson(fromGmail, other)).toBeUndefined();
    expect(looksLikeSamePerson(other, fromGmail)).toBeUndefined();
    expect(looksLikeSamePerson(fromGmail, fromGmail)).toBeUndefined();
  });
});

describe('reading organisations and names', () => {
  it('reads the organisation from an address, not from a personal mail service', () => {
    expect(organisationOfAddress('maya@northwind.example')).toBe('northwind');
    expect(organisationOfAddress('maya@eu.northwind.co.uk')).toBe('northwind');
    expect(organisationOfAddress('maya@gmail.com')).toBeUndefined();
  });

  it('gives the start of each name word, digits dropped', () => {
    expect(nameStems('Maya Lindqvist')).toEqual(['may', 'lin']);
    expect(nameStems('maya-lindqvist-4b2a19')).toEqual(['may', 'lin']);
    expect(nameStems("Al O'Neil")).toEqual(['al', 'o', 'nei', 'one']);
  });
});
