import { describe, expect, it } from 'vitest';
import { profileSlugOfAddress, profileSlugOfSegment } from '@/utils/domain/linkedin-profile';

describe('a LinkedIn profile’s name in an address', () => {
  it('reads what contact files hold, on any LinkedIn host, with or without a scheme', () => {
    expect(profileSlugOfAddress('https://www.linkedin.com/in/Maya-Lindqvist')).toBe(
      'maya-lindqvist',
    );
    expect(profileSlugOfAddress('http://linkedin.com/in/maya-lindqvist/')).toBe('maya-lindqvist');
    expect(profileSlugOfAddress(' www.linkedin.com/in/maya-lindqvist?trk=public ')).toBe(
      'maya-lindqvist',
    );
    expect(profileSlugOfAddress('https://se.linkedin.com/in/j%C3%B6rg-m%C3%BCller-42')).toBe(
      'jörg-müller-42',
    );
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
      expect(profileSlugOfAddress(address), address).toBeUndefined();
    }
  });

  it('refuses a path segment with markup, spaces or control characters', () => {
    expect(profileSlugOfSegment('%3Cscript%3E')).toBeUndefined();
    expect(profileSlugOfSegment('a%20b')).toBeUndefined();
    expect(profileSlugOfSegment('a%00b')).toBeUndefined();
    expect(profileSlugOfSegment('x'.repeat(101))).toBeUndefined();
  });
});
