import type { PagePerson } from '@/utils/messages';
import { detectPage } from '@/utils/sites';
import {
  cardBelongsTo,
  extractProfile,
  findTopCard,
  profileNameElement,
} from '@/utils/sites/linkedin/extract';
import { OWN_FIXTURES, CAPTURES, parseHtml, readFixture } from '../fixtures';

const sdui = () => parseHtml(readFixture(OWN_FIXTURES, 'linkedin/2026-sdui-topcard.html'));
const NOOR = 'noor-haddad-4b2a1';

describe('the 2026 SDUI layout', () => {
  it('reads name, headline, company and location from the top card', () => {
    expect(extractProfile(sdui(), NOOR)).toEqual({
      role: 'profile',
      linkedinSlug: NOOR,
      linkedinMemberId: 'ACoAAExampleNoorHaddad0001',
      name: 'Noor Haddad',
      headline: 'VP Operations | Scaling field teams across EMEA | Ex-consultant',
      company: 'Atlas Freight Example',
      location: 'Lisbon, Lisbon, Portugal',
    });
  });

  it("never takes the viewer's own profile, linked before and after the card", () => {
    const doc = sdui();
    expect(findTopCard(doc)?.name.textContent).toBe('Noor Haddad');
    expect(extractProfile(doc, 'pat-viewer-9z')).toEqual({
      role: 'profile',
      linkedinSlug: 'pat-viewer-9z',
    });
  });

  it('leaves out what the card does not show', () => {
    const doc = sdui();
    doc.querySelector('svg[id^="company"]')?.remove();
    doc.querySelector('p > a[href="#"]')?.closest('div')?.remove();
    const person = extractProfile(doc, NOOR);
    expect(person.company).toBeUndefined();
    expect(person.location).toBeUndefined();
    expect(person.name).toBe('Noor Haddad');
  });
});

// The captures are whole saved pages (up to 1.8 MB): happy-dom takes seconds to parse and
// query one on a loaded machine, where Chromium takes milliseconds.
const WHOLE_PAGES = { timeout: 30_000 };

describe('the 2022 and 2024 logged-in layouts', WHOLE_PAGES, () => {
  it.each([
    ['linkedin/2022-03-profile-a.html', 'austinoboyle', 'Palo Alto, California, United States'],
    [
      'linkedin/2024-07-profile-a.html',
      'eduardo-alvarez-nowak',
      'Greater Stockholm Metropolitan Area',
    ],
    ['linkedin/2024-08-profile-private.html', 'vasileiosalevizos', 'Sweden'],
  ])('%s: the location is read even without the contact-info link', (file, slug, location) => {
    const doc = parseHtml(readFixture(CAPTURES, file));
    const contactInfo = doc.querySelector('a[href*="/overlay/contact-info"]');
    expect(contactInfo).not.toBeNull();
    contactInfo?.remove();
    expect(extractProfile(doc, slug).location).toBe(location);
  });
});

describe('single-page navigation', WHOLE_PAGES, () => {
  const onlySlug = (slug: string): PagePerson => ({ role: 'profile', linkedinSlug: slug });

  it.each([
    ['linkedin/2022-03-profile-a.html', CAPTURES],
    ['linkedin/2022-03-profile-b-singlefile.html', CAPTURES],
    ['linkedin/2024-07-profile-a.html', CAPTURES],
    ['linkedin/2024-07-profile-b.html', CAPTURES],
    ['linkedin/2024-08-profile-private.html', CAPTURES],
    ['linkedin/2026-sdui-topcard.html', OWN_FIXTURES],
    ['linkedin/2016-public-profile-legacy.html', CAPTURES],
    ['linkedin/2024-03-public-profile-logged-out.html', CAPTURES],
  ])('%s under a new slug reports no field of the card still shown', (file, dir) => {
    const doc = parseHtml(readFixture(dir, file));
    const signal = detectPage(doc, 'https://www.linkedin.com/in/next-person-42/');
    expect(signal).toEqual({
      site: 'linkedin',
      view: 'profile',
      people: [onlySlug('next-person-42')],
    });
    expect(profileNameElement(doc, 'next-person-42')).toBeNull();
  });

  it('reports the slug alone while the previous page (the feed) is still on screen', () => {
    const doc = parseHtml(
      '<title>Feed | LinkedIn</title><main><section><h1>Main feed</h1><p>Someone posted</p></section></main>',
    );
    expect(detectPage(doc, 'https://www.linkedin.com/in/next-person-42/')).toEqual({
      site: 'linkedin',
      view: 'profile',
      people: [onlySlug('next-person-42')],
    });
  });

  it('fills the fields once the new card has rendered', () => {
    const doc = sdui();
    const url = 'https://www.linkedin.com/in/next-person-42/';
    expect(detectPage(doc, url)?.people[0]?.name).toBeUndefined();
    for (const link of doc.querySelectorAll(`section a[href*="/in/${NOOR}/"]`)) {
      link.setAttribute('href', 'https://www.linkedin.com/in/next-person-42/');
    }
    doc.querySelector('section h2')!.textContent = 'Next Person';
    expect(detectPage(doc, url)?.people[0]).toMatchObject({
      name: 'Next Person',
      linkedinSlug: 'next-person-42',
    });
  });

  it('distrusts a card whose own links disagree', () => {
    const doc = parseHtml(readFixture(CAPTURES, 'linkedin/2024-07-profile-a.html'));
    const top = findTopCard(doc)!;
    expect(cardBelongsTo(doc, top, 'eduardo-alvarez-nowak')).toBe(true);
    top.card
      .querySelector('a[href*="/overlay/contact-info/"]')!
      .setAttribute('href', '/in/someone-else/overlay/contact-info/');
    expect(cardBelongsTo(doc, top, 'eduardo-alvarez-nowak')).toBe(false);
  });

  it('matches slugs case-insensitively and percent-decoded', () => {
    const doc = sdui();
    for (const link of doc.querySelectorAll(`section a[href*="/in/${NOOR}/"]`)) {
      link.setAttribute('href', '/in/J%C3%B6rg-M%C3%BCller-12/');
    }
    const signal = detectPage(doc, 'https://www.linkedin.com/in/j%c3%b6rg-m%c3%bcller-12/');
    expect(signal?.people[0]).toMatchObject({
      linkedinSlug: 'jörg-müller-12',
      name: 'Noor Haddad',
    });
  });
});

describe('hostile page text', () => {
  const withName = (build: (h2: Element) => void) => {
    const doc = sdui();
    const h2 = doc.querySelector('section h2')!;
    h2.textContent = '';
    build(h2);
    return extractProfile(doc, NOOR);
  };

  it('cuts a 10,000-character name to the limit', () => {
    const person = withName((h2) => h2.append('N'.repeat(10_000)));
    expect(person.name).toBe('N'.repeat(200));
  });

  it('keeps markup in a name as plain text', () => {
    const person = withName((h2) => h2.append('<img src=x onerror=alert(1)>Noor'));
    expect(person.name).toBe('<img src=x onerror=alert(1)>Noor');
  });

  it('reads an element in the name as its text only', () => {
    const person = withName((h2) => {
      const img = h2.ownerDocument.createElement('img');
      img.setAttribute('src', 'x');
      img.setAttribute('onerror', 'alert(1)');
      h2.append(img, 'Noor');
    });
    expect(person.name).toBe('Noor');
  });

  it('strips bidi overrides and zero-width characters', () => {
    const person = withName((h2) => h2.append('\u202eNo\u200bor\u200d Had\u2066dad\u2069\ufeff'));
    expect(person.name).toBe('Noor Haddad');
  });

  it('reports no field that is only invisible characters', () => {
    const person = withName((h2) => h2.append('\u200b\u202e \u2060'));
    expect(person).not.toHaveProperty('name');
  });
});

describe('SDUI headline', () => {
  it('is not mistaken for pronouns when it has a slash', () => {
    const doc = sdui();
    doc.querySelector('p._9cbad2f9')!.textContent = 'CEO/Founder';
    doc.querySelector('p._9cbad2f9')!.previousElementSibling!.textContent = 'they/them';
    expect(extractProfile(doc, NOOR).headline).toBe('CEO/Founder');
  });
});
