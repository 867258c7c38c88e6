import { describe, expect, it } from 'vitest';
import {
  displayNameOf,
  linkedinIdentitiesToLearn,
  mergeConflict,
  mergePersonRecords,
  normaliseEmail,
  normaliseMemberId,
  normaliseSlug,
  pageShowsPerson,
  personFromReading,
  previewMerge,
  strongerConsent,
  type Consent,
} from '@/utils/domain/person';

describe('identity', () => {
  it('keys an address trimmed and lower-cased, and refuses what is not one', () => {
    expect(normaliseEmail('  Dana.Reyes@Example.COM ')).toBe('dana.reyes@example.com');
    expect(normaliseEmail('dana at example')).toBeUndefined();
  });

  it('keys a LinkedIn slug lower-cased, and refuses markup', () => {
    expect(normaliseSlug('Sam-Okafor')).toBe('sam-okafor');
    expect(normaliseSlug('<script>')).toBeUndefined();
  });
});

describe('a person from a page reading', () => {
  it('keeps what parses, cut to fit, and names them by the best thing the page shows', () => {
    expect(
      personFromReading({
        role: 'to',
        name: '  Dana Reyes ',
        email: 'DANA@Example.com',
        company: ' Acme ',
        headline: 'x'.repeat(600),
        location: 'Oslo',
      }),
    ).toEqual({
      name: 'Dana Reyes',
      emails: ['dana@example.com'],
      company: 'Acme',
      title: 'x'.repeat(500),
      location: 'Oslo',
    });
    expect(personFromReading({ role: 'profile', linkedinSlug: 'Sam-Okafor' })).toEqual({
      name: 'Sam-Okafor',
      emails: [],
      linkedinSlug: 'sam-okafor',
    });
    expect(personFromReading({ role: 'to', email: 'not an address', name: ' ' })).toEqual({
      name: 'not an address',
      emails: [],
    });
  });

  it('names someone with nothing readable "Unnamed person"', () => {
    expect(displayNameOf({ role: 'to' })).toBe('Unnamed person');
    expect(displayNameOf({ role: 'to', email: 'a@b.co' })).toBe('a@b.co');
  });
});

describe('the merge policy', () => {
  const base = { tags: [] as string[], createdAt: 100, updatedAt: 100 };
  const kept = {
    ...base,
    id: 'k',
    name: 'Dana Reyes',
    emails: ['dana@acme.example'],
    company: 'Acme',
    consent: 'granted' as Consent,
    tags: ['pilot'],
  };
  const absorbed = {
    ...base,
    id: 'a',
    name: 'D. Reyes',
    emails: ['dana@gmail.example', 'dana@acme.example'],
    linkedinSlug: 'dana-reyes',
    company: 'Acme Corp',
    title: 'COO',
    consent: 'asked' as Consent,
    tags: ['pilot', 'ops'],
    createdAt: 50,
  };

  it('keeps what the kept record says, fills its gaps, unites addresses and tags', () => {
    expect(mergePersonRecords(kept, absorbed, 999)).toEqual({
      id: 'k',
      name: 'Dana Reyes',
      emails: ['dana@acme.example', 'dana@gmail.example'],
      linkedinSlug: 'dana-reyes',
      company: 'Acme',
      title: 'COO',
      consent: 'granted',
      tags: ['pilot', 'ops'],
      createdAt: 50,
      updatedAt: 999,
    });
  });

  it('lets a decline win whichever side it is on', () => {
    const states: Consent[] = ['unknown', 'asked', 'granted', 'declined'];
    for (const other of states) {
      expect(strongerConsent('declined', other)).toBe('declined');
      expect(strongerConsent(other, 'declined')).toBe('declined');
      expect(
        mergePersonRecords({ ...kept, consent: other }, { ...absorbed, consent: 'declined' }, 1)
          .consent,
      ).toBe('declined');
    }
    expect(strongerConsent('unknown', 'asked')).toBe('asked');
  });

  it('refuses to unite two different LinkedIn profiles', () => {
    expect(mergeConflict({ ...kept, linkedinSlug: 'dana-r' }, absorbed)).toMatch(
      /different LinkedIn profiles/,
    );
    expect(mergeConflict(kept, absorbed)).toBeUndefined();
  });
});

describe('LinkedIn member ids, the second LinkedIn identity', () => {
  const ID = 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ';

  it('keys a member id as written (it is case-sensitive), and refuses what is not one', () => {
    expect(normaliseMemberId(` ${ID} `)).toBe(ID);
    expect(normaliseMemberId(ID.toLowerCase())).toBeUndefined();
    expect(normaliseMemberId('austinoboyle')).toBeUndefined();
    expect(normaliseMemberId('ACoAA<script>')).toBeUndefined();
  });

  it('keeps the member id a page shows, and names someone by it when nothing else', () => {
    expect(personFromReading({ role: 'to', linkedinMemberId: ID })).toEqual({
      name: ID,
      emails: [],
      linkedinMemberId: ID,
    });
    expect(personFromReading({ role: 'to', linkedinMemberId: 'ACoAA' }).linkedinMemberId).toBe(
      undefined,
    );
  });

  it('refuses to unite two records with different member ids', () => {
    const base = { emails: [], consent: 'unknown' as const, tags: [], createdAt: 1 };
    expect(
      mergeConflict(
        { ...base, name: 'A', linkedinMemberId: ID },
        { ...base, name: 'B', linkedinMemberId: `${ID.slice(0, -1)}X` },
      ),
    ).toMatch(/different LinkedIn member ids/);
    expect(
      mergeConflict(
        { ...base, name: 'A', linkedinSlug: 'a-1' },
        { ...base, name: 'B', linkedinMemberId: ID },
      ),
    ).toBeUndefined();
  });

  it('learns the identity a record lacks from a page that shows both, never overwriting one', () => {
    const page = { linkedinSlug: 'Austin-OBoyle', linkedinMemberId: ID };
    expect(linkedinIdentitiesToLearn({ linkedinSlug: 'austin-oboyle' }, page)).toEqual({
      linkedinMemberId: ID,
    });
    expect(linkedinIdentitiesToLearn({ linkedinMemberId: ID }, page)).toEqual({
      linkedinSlug: 'austin-oboyle',
    });
    expect(
      linkedinIdentitiesToLearn({ linkedinSlug: 'austin-oboyle', linkedinMemberId: ID }, page),
    ).toBeUndefined();
    expect(linkedinIdentitiesToLearn({ linkedinSlug: 'someone-else' }, page)).toBeUndefined();
    expect(
      linkedinIdentitiesToLearn(
        { linkedinSlug: 'austin-oboyle' },
        { linkedinSlug: 'austin-oboyle' },
      ),
    ).toBeUndefined();
  });
});

describe('a merge preview', () => {
  it('says what each field becomes and whose record it comes from', () => {
    const kept = {
      name: 'Maya Lindqvist',
      emails: ['maya@northwind.example'],
      consent: 'granted' as const,
      tags: ['q3'],
      createdAt: 1,
    };
    const absorbed = {
      name: 'Maya Lindquist',
      emails: [],
      linkedinSlug: 'maya-lindquist',
      company: 'Northwind Logistics',
      consent: 'declined' as const,
      tags: ['q3', 'pilot'],
      createdAt: 2,
    };
    expect(previewMerge(kept, absorbed)).toEqual([
      { field: 'name', value: 'Maya Lindqvist', from: 'kept' },
      { field: 'emails', value: ['maya@northwind.example'], from: 'kept' },
      { field: 'linkedinSlug', value: 'maya-lindquist', from: 'absorbed' },
      { field: 'company', value: 'Northwind Logistics', from: 'absorbed' },
      { field: 'title', value: undefined, from: 'neither' },
      { field: 'location', value: undefined, from: 'neither' },
      { field: 'timeZone', value: undefined, from: 'neither' },
      { field: 'tags', value: ['q3', 'pilot'], from: 'both' },
      { field: 'consent', value: 'declined', from: 'absorbed' },
    ]);
    // A member id is listed only when a record has one.
    const ID = 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ';
    expect(previewMerge(kept, { ...absorbed, linkedinMemberId: ID })[3]).toEqual({
      field: 'linkedinMemberId',
      value: ID,
      from: 'absorbed',
    });
  });
});

describe('whether a page shows a person', () => {
  const maya = {
    emails: ['maya@northwind.example'],
    linkedinSlug: 'maya-lindqvist',
    linkedinMemberId: 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ',
  };

  it('knows them by any address, their profile or their member id, and no one else', () => {
    expect(pageShowsPerson(maya, { role: 'to', email: 'Maya@Northwind.example' })).toBe(true);
    expect(pageShowsPerson(maya, { role: 'profile', linkedinSlug: 'Maya-Lindqvist' })).toBe(true);
    expect(
      pageShowsPerson(maya, {
        role: 'participant',
        linkedinMemberId: 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRQ',
      }),
    ).toBe(true);
    expect(pageShowsPerson(maya, { role: 'to', email: 'jonas@contoso.example' })).toBe(false);
    expect(
      pageShowsPerson(maya, {
        role: 'participant',
        linkedinMemberId: 'ACoAABmE2HYBytXiiQ3CJOKGBxCMP-Bxx7VkJRX',
      }),
    ).toBe(false);
  });
});
