import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readContacts, type ContactPerson } from '@/storage/contacts';
import {
  CRM_COLUMNS,
  crmCsv,
  MAX_NOTES_CELL,
  splitName,
  type CrmTarget,
} from '@/storage/crm-export';
import { toCsv } from '@/storage/csv';
import type { Note, Person } from '@/storage/schema';

const person = (contact: ContactPerson, id = 'p1'): Person => ({
  id,
  ...contact,
  consent: 'unknown',
  tags: [],
  createdAt: 1,
  updatedAt: 1,
});

const note = (body: string, createdAt: number, extra: Partial<Note> = {}): Note => ({
  id: `n${createdAt}`,
  personId: 'p1',
  body,
  kind: 'said',
  oneOff: false,
  pinned: false,
  source: 'sidepanel',
  createdAt,
  updatedAt: createdAt,
  ...extra,
});

/** The rows of a CSV Rapport wrote, as a CSV reader reads them. */
function rows(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
}

describe('CRM exports', () => {
  it('writes HubSpot’s and Salesforce’s column names, one row per person, notes joined oldest first', () => {
    const maya = person({
      name: 'Maya van der Berg',
      emails: ['maya@northwind.example', 'maya@home.example'],
      linkedinSlug: 'maya-vdb',
      company: 'Northwind',
      title: 'COO',
    });
    const notes = [
      note('Send the Rotterdam case study', Date.UTC(2026, 2, 10), {
        kind: 'promise',
        dueAt: Date.UTC(2026, 2, 13),
      }),
      note('Budget frozen until the board meets', Date.UTC(2026, 2, 2), { pinned: true }),
    ];
    expect(rows(crmCsv('hubspot', [maya], notes))).toEqual([
      [...CRM_COLUMNS.hubspot],
      [
        'Maya van der',
        'Berg',
        'maya@northwind.example',
        'maya@home.example',
        'Northwind',
        'COO',
        'https://www.linkedin.com/in/maya-vdb',
        '2026-03-02 (said, pinned): Budget frozen until the board meets\n\n2026-03-10 (promise, due 2026-03-13): Send the Rotterdam case study',
        '2026-03-10',
      ],
    ]);
    expect(rows(crmCsv('salesforce', [maya], notes))).toEqual([
      ['First Name', 'Last Name', 'Email', 'Title', 'Account Name', 'LinkedIn URL', 'Contact Note'],
      [
        'Maya van der',
        'Berg',
        'maya@northwind.example',
        'COO',
        'Northwind',
        'https://www.linkedin.com/in/maya-vdb',
        'Other email addresses: maya@home.example\n\n2026-03-02 (said, pinned): Budget frozen until the board meets\n\n2026-03-10 (promise, due 2026-03-13): Send the Rotterdam case study',
      ],
    ]);
  });

  it('defuses formulas in every cell it writes, the notes included', () => {
    const hostile = person({
      name: '=HYPERLINK("https://evil.example","x") +1',
      emails: [],
      company: '@SUM(A1)',
      title: '-2+3',
    });
    for (const target of ['hubspot', 'salesforce'] as CrmTarget[]) {
      const [, row] = rows(crmCsv(target, [hostile], [note("=cmd|' /C calc'!A0", 1)]));
      for (const cell of row ?? []) expect(cell, `${target}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      expect(row).toContain("'@SUM(A1)");
    }
    expect(toCsv([['\tTab', '\rReturn', "'=already"]])).toBe(`'\tTab,"'\rReturn",''=already\r\n`);
  });

  it('cuts a person’s notes to what a CRM cell holds, and says so', () => {
    const many = Array.from({ length: 200 }, (_, i) => note('x'.repeat(500), i * 86_400_000));
    const [, row] = rows(crmCsv('salesforce', [person({ name: 'Ana', emails: [] })], many));
    const cell = row?.at(-1) ?? '';
    expect(cell.length).toBeLessThanOrEqual(MAX_NOTES_CELL);
    expect(cell).toMatch(/… [\d,]+ more characters in Rapport$/);
  });

  it('splits a name into first and last so that joining gives it back', () => {
    expect(splitName('Ana de la Cruz')).toEqual({ first: 'Ana de la', last: 'Cruz' });
    expect(splitName('Madonna')).toEqual({ first: '', last: 'Madonna' });
  });

  it('reads back any CSV row through its own CRM exports (HubSpot whole, Salesforce with one address)', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '',
        ' ',
        '=1+1',
        "'=x",
        '+44 20',
        '-',
        '@home',
        'a,b',
        'a;b',
        'say "hi"',
        'two\nlines',
        '\t',
      ),
    );
    const emails = fc
      .array(fc.oneof(fc.emailAddress(), fc.constantFrom('Ana@Example.COM', 'not an address')), {
        maxLength: 3,
      })
      .map((list) => list.join(';'));
    const profile = fc.constantFrom(
      '',
      'https://www.linkedin.com/in/ana-ruiz',
      'linkedin.com/in/J%C3%B6rg',
      'ana_r',
    );
    fc.assert(
      fc.property(cell, emails, profile, cell, cell, (name, email, linkedin, company, title) => {
        const source = toCsv([
          ['Name', 'Email', 'LinkedIn', 'Company', 'Title'],
          [name, email, linkedin, company, title],
        ]);
        const [first] = readContacts('row.csv', source).people;
        if (!first) return;
        const hubspot = readContacts('hubspot.csv', crmCsv('hubspot', [person(first)], [])).people;
        expect(hubspot).toEqual([first]);
        const salesforce = readContacts(
          'salesforce.csv',
          crmCsv('salesforce', [person(first)], []),
        ).people;
        expect(salesforce).toEqual([{ ...first, emails: first.emails.slice(0, 1) }]);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
