import { describe, expect, it } from 'vitest';
import { profileOfAddress, profileSlugOfSegment } from '@/utils/domain/linkedin-identity';

describe('a LinkedIn profile in an address', () => {
  it('reads what contact files hold, on any LinkedIn host, with or without a scheme', () => {
    expect(profileOfAddress('https://www.linkedin.com/in/Maya-Lindqvist')).toEqual({
      linkedinSlug: 'maya-lindqvist',
    });
    expect(profileOfAddress('http://linkedin.com/in/maya-lindqvist/')).toEqual({
      linkedinSlug: 'maya-lindqvist',
    });
    expect(profileOfAddress(' www.linkedin.com/in/maya-lindqvist?trk=public ')).toEqual({
      linkedinSlug: 'maya-lindqvist',
    });
    expect(profileOfAddress('https://se.linkedin.com/in/j%C3%B6rg-m%C3%BCller-42')).toEqual({
      linkedinSlug: 'jörg-müller-42',
    });
  });

  it('reads a member id where the address links one, as written', () => {
    expect(profileOfAddress('https://www.linkedin.com/in/ACoAAExampleNoorHaddad0001/')).toEqual({
      linkedinMemberId: 'ACoAAExampleNoorHaddad0001',
    });
  });

  it('reads nothing from other addresses or other LinkedIn pages', () => {
    for (const address of [
      '',
      'maya-lindqvist',
      'https://www.linkedin.com/company/contoso',
      'https://www.linkedin.com/in/',
      'https://evil.example/in/maya',
      'https://linkedin.com.evil.example/in/maya',
      'javascript:alert(1)//linkedin.com/in/maya',
      'ftp://www.linkedin.com/in/maya',
      'https://www.linkedin.com/in/%E0%A4%A',
    ]) {
      expect(profileOfAddress(address), address).toBeUndefined();
    }
  });

  it('refuses a path segment with markup, spaces or control characters', () => {
    expect(profileSlugOfSegment('%3Cscript%3E')).toBeUndefined();
    expect(profileSlugOfSegment('a%20b')).toBeUndefined();
    expect(profileSlugOfSegment('a%00b')).toBeUndefined();
    expect(profileSlugOfSegment('x'.repeat(101))).toBeUndefined();
  });
});
