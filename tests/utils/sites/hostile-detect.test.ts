import { describe, expect, it } from 'vitest';
import { pageSignalSchema, type PageSignal } from '@/utils/messages';
import { TEXT_LIMITS } from '@/utils/text-limits';
import { detectPage } from '@/utils/sites';
import { HOSTILE } from '../../fixtures/hostile';
import { OWN_FIXTURES, parseHtml, readFixture } from './fixtures';

/**
 * Hostile names and drafts inside otherwise real pages: detection must never throw, and
 * what it reports must be plain, bounded, well-formed text that the background accepts.
 */

const PROFILE_URL = 'https://www.linkedin.com/in/noor-haddad-4b2a1/';
const COMPOSE_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const profileHtml = readFixture(OWN_FIXTURES, 'linkedin/2026-sdui-topcard.html');
const composeHtml = readFixture(OWN_FIXTURES, 'gmail/compose-new-message.html');

// What a single line of page text must never carry once detected: controls, line breaks,
// zero-width characters, bidi marks and overrides, the BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HIDDEN_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
// The same, with line breaks allowed (draft bodies keep their lines).
const HIDDEN_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/;
// Printable ASCII only: such a string must come back exactly as the page showed it.
const PLAIN_ASCII = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

function expectSafeLine(value: string | undefined, max: number) {
  if (value === undefined) return;
  expect(value.length).toBeGreaterThan(0);
  expect(value.length).toBeLessThanOrEqual(max);
  expect(value).toBe(value.trim());
  expect(HIDDEN_IN_LINE.test(value)).toBe(false);
  expect(value.isWellFormed()).toBe(true);
}

function expectAccepted(signal: PageSignal | null): PageSignal {
  expect(signal).not.toBeNull();
  expect(pageSignalSchema.safeParse(signal).success).toBe(true);
  return signal!;
}

function profileWithName(name: string): Document {
  const doc = parseHtml(profileHtml);
  const heading = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'Noor Haddad');
  heading!.textContent = name;
  return doc;
}

function composeWith(name: string, text: string): Document {
  const doc = parseHtml(composeHtml);
  doc.querySelector('[data-hovercard-id="alex@example.com"]')!.setAttribute('data-name', name);
  doc.querySelector('input[name=subjectbox]')!.setAttribute('value', text);
  doc.querySelector('[aria-label="Message Body"]')!.textContent = text;
  return doc;
}

describe.each(HOSTILE)('detection with a hostile string: $label', ({ value }) => {
  it('on a LinkedIn profile: the slug from the address, the name as bounded plain text', () => {
    const signal = expectAccepted(detectPage(profileWithName(value), PROFILE_URL));
    const [person] = signal.people;
    expect(person?.linkedinSlug).toBe('noor-haddad-4b2a1');
    expectSafeLine(person?.name, TEXT_LIMITS.name);
    if (PLAIN_ASCII.test(value) && value.length <= TEXT_LIMITS.name) {
      // Markup in a name is the name's text, never parsed.
      expect(person?.name).toBe(value.replace(/\s+/g, ' '));
    }
  });

  it('as raw markup in the profile page source: parsed by the page, read as text only', () => {
    const doc = parseHtml(profileHtml.replace('>Noor Haddad</h2>', `>${value}</h2>`));
    const signal = detectPage(doc, PROFILE_URL);
    if (signal === null) return;
    expectAccepted(signal);
    for (const person of signal.people) expectSafeLine(person.name, TEXT_LIMITS.name);
  }, 30_000); // happy-dom takes seconds to parse a megabyte of markup on a busy machine

  it('in a Gmail compose: recipient name, subject and body bounded, the address intact', () => {
    const signal = expectAccepted(detectPage(composeWith(value, value), COMPOSE_URL));
    const alex = signal.people.find((p) => p.email === 'alex@example.com');
    expect(alex).toBeDefined();
    expectSafeLine(alex?.name, TEXT_LIMITS.name);
    expectSafeLine(signal.draft?.subject || undefined, TEXT_LIMITS.subject);
    const body = signal.draft?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(TEXT_LIMITS.body);
    expect(HIDDEN_IN_TEXT.test(body)).toBe(false);
    expect(body.isWellFormed()).toBe(true);
  });
});
