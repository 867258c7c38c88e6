import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  listCsvColumns,
  readContactFile,
  readContacts,
  type ContactFile,
} from '@/storage/contacts';

const FIXTURES = path.resolve(__dirname, '../fixtures/contacts');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const read = (name: string) => readContacts(name, fixture(name));

describe('readContacts: LinkedIn’s Connections.csv', () => {
  it('reads the people after the notes, with profiles, empty addresses and hostile cells as text', () => {
    expect(read('linkedin-Connections.csv')).toEqual<ContactFile>({
      format: 'linkedin-connections',
      people: [
        {
          name: 'Maya Lindqvist',
          emails: [],
          linkedinSlug: 'maya-lindqvist',
          company: 'Northwind Logistics',
          title: 'Head of Operations',
        },
        {
          name: 'Jörg Müller',
          emails: ['joerg.mueller@fabrikam.example'],
          linkedinSlug: 'jörg-müller-4a1b2c',
          company: 'Fabrikam, Inc.',
          title: 'VP Sales, DACH',
        },
        {
          name: 'Noor Haddad',
          emails: [],
          linkedinSlug: 'noorhaddad',
          company: 'Contoso',
          title: 'Director of Procurement (interim)',
        },
        { name: 'Kofi Okafor', emails: [], company: 'Tailspin Toys', title: 'Founder' },
        {
          name: '=HYPERLINK(""https://evil.example"") <img src=x onerror=alert(1)>',
          emails: [],
          linkedinSlug: 'hostile-cell',
          company: "@SUM(1+1)*cmd|' /C calc'!A0",
          title: '-2+3',
        },
        // The right-to-left override hidden in the last name is dropped.
        {
          name: 'Ines Moreau',
          emails: ['ines@litware.example'],
          linkedinSlug: 'ines-moreau',
          company: 'Litware',
          title: 'CFO',
        },
      ],
      problems: [{ line: 11, message: 'Connected On: “not a date” is not a date' }],
    });
  });

  it('keeps each connection date and the line each person starts on', () => {
    const reading = readContactFile('Connections.csv', fixture('linkedin-Connections.csv'));
    expect(reading.contacts.map((c) => [c.line, c.connectedOn])).toEqual([
      [5, '2023-02-24'],
      [6, '2024-01-03'],
      [7, '2022-11-15'],
      [9, '2021-06-01'],
      [10, '2025-07-07'],
      [11, undefined],
    ]);
  });

  it('reads an older export, without the notes or the profile column', () => {
    const reading = readContactFile('Connections.csv', fixture('linkedin-Connections-2019.csv'));
    expect(reading.format).toBe('linkedin-connections');
    expect(reading.contacts).toEqual([
      {
        line: 2,
        name: 'Ravi Tanaka',
        emails: ['ravi.tanaka@northwind.example'],
        company: 'Northwind Logistics',
        title: 'Warehouse Manager',
        connectedOn: '2019-02-24',
      },
      {
        line: 3,
        name: 'Lena Park',
        emails: [],
        company: 'Contoso',
        title: 'Analyst',
        connectedOn: '2019-02-03',
      },
    ]);
  });
});

describe('readContacts: vCard', () => {
  it('reads Google Contacts’ cards: every address, the organisation, the title, an escaped profile URL', () => {
    expect(read('google-contacts.vcf')).toEqual<ContactFile>({
      format: 'vcard',
      people: [
        {
          name: 'Alex Rivera',
          emails: ['alex.rivera@acme.example', 'alex@rivera-family.example'],
          linkedinSlug: 'alex-rivera-acme',
          company: 'Acme Logistics',
          title: 'VP Operations',
        },
        { name: 'Sam Lee', emails: ['sam.lee@contoso.example'] },
      ],
      problems: [],
    });
  });

  it('reads Apple’s cards: folded lines, escaped commas and semicolons, the social profile; one problem per bad card', () => {
    expect(read('apple-contacts.vcf')).toEqual<ContactFile>({
      format: 'vcard',
      people: [
        {
          name: 'Dr. Amara Nwosu',
          emails: ['amara.nwosu@litware.example', 'amara@nwosu.example'],
          linkedinSlug: 'amara-nwosu',
          company: 'Litware, Ltd.',
          title: 'Chief Scientist; Materials',
        },
        // No FN: the name comes from N.
        { name: 'Noor Haddad', emails: [] },
      ],
      problems: [
        { line: 16, message: 'no name, email address or LinkedIn profile: not a contact' },
        { line: 22, message: '“not an address” is not an email address' },
      ],
    });
  });

  it('reads Outlook’s vCard 2.1: bare parameters, quoted-printable text over two lines', () => {
    expect(read('outlook.vcf')).toEqual<ContactFile>({
      format: 'vcard',
      people: [
        {
          name: 'Jörg Müller',
          emails: ['joerg.mueller@fabrikam.example', 'jm@fabrikam.example'],
          company: 'Fabrikam',
          title: 'Vertriebsleiter für die Region DACH',
        },
      ],
      problems: [],
    });
  });

  it('reads vCard 4.0 and names the card that cannot be read and the one that never ends', () => {
    expect(read('vcard4.vcf')).toEqual<ContactFile>({
      format: 'vcard',
      people: [
        {
          name: 'Hana Kobayashi',
          emails: ['hana.kobayashi@wwi.example'],
          linkedinSlug: 'hana-kobayashi',
          company: 'Wide World Importers',
          title: 'Procurement Lead',
        },
      ],
      problems: [
        {
          line: 10,
          message: expect.stringMatching(/^this vCard cannot be read/) as unknown as string,
        },
        { line: 15, message: 'this vCard never ends (no END:VCARD): not read' },
      ],
    });
  });

  it('knows a vCard by its first line whatever the file is called', () => {
    expect(readContacts('export.txt', fixture('vcard4.vcf')).format).toBe('vcard');
    expect(readContacts('contacts.vcf', 'Name,Email\nA,a@b.example\n')).toEqual({
      format: 'vcard',
      people: [],
      problems: [
        { line: 1, message: 'no vCard in the file (each contact starts with BEGIN:VCARD)' },
      ],
    });
  });
});

describe('readContacts: CRM and spreadsheet CSV', () => {
  it('reads Google Contacts’ export: several addresses in one cell, a profile among websites', () => {
    expect(read('google-contacts.csv')).toEqual<ContactFile>({
      format: 'csv',
      people: [
        {
          name: 'Alex Rivera',
          emails: ['alex.rivera@acme.example', 'alex@rivera-family.example'],
          linkedinSlug: 'alex-rivera-acme',
          company: 'Acme Logistics',
          title: 'VP Operations',
        },
        { name: 'Sam J. Lee', emails: ['sam.lee@contoso.example'] },
      ],
      problems: [{ line: 4, message: 'no name, email address or LinkedIn profile: not a contact' }],
    });
  });

  it('reads Google’s older export, with a byte-order mark and CRLF', () => {
    expect(read('google-contacts-legacy.csv').people).toEqual([
      {
        name: 'Priya Natarajan',
        emails: ['priya@tailspin.example'],
        company: 'Tailspin Toys',
        title: 'Head of Supply Chain',
      },
      { name: 'Tomás García', emails: ['tomas.garcia@example.com'] },
    ]);
  });

  it('reads HubSpot’s export, naming someone without a name by their address', () => {
    expect(read('hubspot-contacts.csv')).toEqual<ContactFile>({
      format: 'csv',
      people: [
        { name: 'Dana Whitfield', emails: ['dana@acme.example'], company: 'Acme', title: 'CTO' },
        { name: 'info@litware.example', emails: ['info@litware.example'], company: 'Litware' },
        { name: 'Erik Solberg', emails: [] },
      ],
      problems: [{ line: 4, message: '“erik@@broken” is not an email address' }],
    });
  });

  it('reads Salesforce’s report (`;`) and Data Loader exports', () => {
    expect(read('salesforce-contacts.csv').people).toEqual([
      {
        name: 'Hana Kobayashi',
        emails: ['hana.kobayashi@wwi.example'],
        company: 'Wide World Importers',
        title: 'Procurement Lead',
      },
      {
        name: 'Luca Bianchi',
        emails: [],
        company: 'Northwind; Italy',
        title: 'Logistics Analyst; Rail',
      },
    ]);
    expect(read('salesforce-dataloader.csv').people).toEqual([
      {
        name: 'Olga Petrova',
        emails: ['olga.petrova@fabrikam.example'],
        company: 'Fabrikam',
        title: 'Buyer',
      },
    ]);
  });

  it('reads Outlook’s export: the job title, not the honorific, and a profile in Web Page', () => {
    expect(read('outlook-contacts.csv').people).toEqual([
      {
        name: 'Amara Nwosu',
        emails: ['amara.nwosu@litware.example', 'amara@nwosu.example'],
        linkedinSlug: 'amara-nwosu',
        company: 'Litware',
        title: 'Chief Scientist',
      },
    ]);
  });

  it('reads a spreadsheet saved with `;`, quoted cells, a blank row and a row that names no one', () => {
    expect(read('spreadsheet.csv')).toEqual<ContactFile>({
      format: 'csv',
      people: [
        {
          name: 'Okafor, Chidi',
          emails: ['chidi@tailspin.example'],
          company: 'Tailspin Toys',
          title: 'Head of "Last Mile"',
        },
        { name: 'Siobhán Byrne', emails: ['siobhan.byrne@contoso.example'], company: 'Contoso' },
      ],
      problems: [{ line: 5, message: 'no name, email address or LinkedIn profile: not a contact' }],
    });
  });

  it('keeps a profile linked by LinkedIn’s member id as that id, never as a slug', () => {
    const csv = [
      'Name,Email,LinkedIn',
      'Noor Haddad,,https://www.linkedin.com/in/ACoAAExampleNoorHaddad0001/',
      'Ravi Moreau,,ACoAAExampleRaviMoreau0002',
      'Lena Park,,linkedin.com/in/Lena-Park',
    ].join('\n');
    expect(readContacts('people.csv', csv).people).toEqual([
      { name: 'Noor Haddad', emails: [], linkedinMemberId: 'ACoAAExampleNoorHaddad0001' },
      { name: 'Ravi Moreau', emails: [], linkedinMemberId: 'ACoAAExampleRaviMoreau0002' },
      { name: 'Lena Park', emails: [], linkedinSlug: 'lena-park' },
    ]);
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Noor Haddad',
      'URL:https://www.linkedin.com/in/ACoAAExampleNoorHaddad0001',
      'END:VCARD',
    ].join('\r\n');
    expect(readContacts('noor.vcf', card).people).toEqual([
      { name: 'Noor Haddad', emails: [], linkedinMemberId: 'ACoAAExampleNoorHaddad0001' },
    ]);
  });

  it('reads tab-separated text, and gives a record with line breaks the line it starts on', () => {
    const text =
      'Email\tName\tTitle\r\nnoor@contoso.example\tNoor\t"Head of\r\nProcurement"\r\nbad\tBad Row\t\r\n';
    expect(readContacts('contacts.tsv', text)).toEqual<ContactFile>({
      format: 'csv',
      people: [
        { name: 'Noor', emails: ['noor@contoso.example'], title: 'Head of Procurement' },
        { name: 'Bad Row', emails: [] },
      ],
      problems: [{ line: 4, message: '“bad” is not an email address' }],
    });
  });

  it('asks for a mapping when no column is recognised, then reads by it', () => {
    const text = fixture('unrecognised.csv');
    expect(readContacts('x.csv', text)).toEqual({
      format: 'csv',
      people: [],
      problems: [
        {
          line: 1,
          message:
            'no column of names, email addresses or LinkedIn profiles was recognised: say which column holds what',
        },
      ],
    });
    const columns = listCsvColumns(text);
    expect(columns.columns).toEqual([
      { index: 0, header: 'Kontakt', samples: ['Jan Kowalski', 'Ewa Nowak'] },
      { index: 1, header: 'Adresse', samples: ['jan@northwind.example', 'ewa@contoso.example'] },
      { index: 2, header: 'Firma', samples: ['Northwind', 'Contoso'] },
    ]);
    expect(columns.guess).toEqual({ headerLine: 1, hasHeader: true, roles: [null, null, null] });
    const mapped = readContactFile('x.csv', text, {
      ...columns.guess,
      roles: ['name', 'email', 'company'],
    });
    expect(
      mapped.contacts.map(({ line, name, emails, company }) => ({ line, name, emails, company })),
    ).toEqual([
      { line: 2, name: 'Jan Kowalski', emails: ['jan@northwind.example'], company: 'Northwind' },
      { line: 3, name: 'Ewa Nowak', emails: ['ewa@contoso.example'], company: 'Contoso' },
    ]);
  });

  it('reads a file without a header by a mapping that says so', () => {
    const text = 'Jan Kowalski;jan@northwind.example\nEwa Nowak;ewa@contoso.example\n';
    const columns = listCsvColumns(text);
    expect(columns.guess.hasHeader).toBe(false);
    expect(columns.columns.map((c) => c.header)).toEqual(['Column 1', 'Column 2']);
    const reading = readContactFile('x.csv', text, { ...columns.guess, roles: ['name', 'email'] });
    expect(reading.contacts.map((c) => [c.line, c.name])).toEqual([
      [1, 'Jan Kowalski'],
      [2, 'Ewa Nowak'],
    ]);
  });

  it('recognises the usual headers in any order and case', () => {
    const headers = [
      'First Name',
      'Last Name',
      'Email',
      'Company Name',
      'Job Title',
      'LinkedIn URL',
    ];
    const values = [
      'Dana',
      'Whitfield',
      'DANA@acme.example',
      'Acme',
      'CTO',
      'linkedin.com/in/dana-w',
    ];
    const expected = {
      name: 'Dana Whitfield',
      emails: ['dana@acme.example'],
      linkedinSlug: 'dana-w',
      company: 'Acme',
      title: 'CTO',
    };
    const caseOf = [
      (s: string) => s,
      (s: string) => s.toUpperCase(),
      (s: string) => s.toLowerCase(),
      (s: string) => s.replace(/ /g, '_'),
    ];
    fc.assert(
      fc.property(
        fc.shuffledSubarray([0, 1, 2, 3, 4, 5], { minLength: 6, maxLength: 6 }),
        fc.constantFrom(...caseOf),
        fc.constantFrom(',', ';', '\t'),
        (order, kase, delimiter) => {
          const text = `${order.map((i) => kase(headers[i]!)).join(delimiter)}\n${order.map((i) => values[i]).join(delimiter)}\n`;
          expect(readContacts('x.csv', text).people).toEqual([expected]);
        },
      ),
    );
  });

  it('names an unclosed quote at the line its record starts on', () => {
    const text = 'Name,Email\nAna,ana@x.example\n"Ben,ben@x.example\nCleo,cleo@x.example\n';
    const result = readContacts('x.csv', text);
    expect(result.people.map((p) => p.name)).toEqual([
      'Ana',
      'Ben,ben@x.example Cleo,cleo@x.example',
    ]);
    expect(result.problems).toEqual([
      {
        line: 3,
        message:
          'a quoted cell that starts in this record never closes: the rest of the file is read as one cell',
      },
    ]);
  });
});

describe('readContacts on any input', () => {
  it('never throws, and every problem has a line in the file', () => {
    const names = fc.constantFrom('contacts.csv', 'Connections.csv', 'cards.vcf', '', 'x.VCARD');
    const pieces = fc.constantFrom(
      'BEGIN:VCARD\n',
      'END:VCARD\n',
      'VERSION:2.1\n',
      'VERSION:4.0\n',
      'FN:Ana\n',
      'EMAIL;PREF;INTERNET:',
      'EMAIL:a@b.co\n',
      'N;ENCODING=QUOTED-PRINTABLE:=C3=\n',
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n',
      'Name;Email\n',
      '"',
      '""',
      ',',
      ';',
      '\t',
      '\r\n',
      '\n',
      '\r',
      '\uFEFF',
      '\u0000',
      '\ud800',
      '=cmd|',
      'a@b.co',
      ' ::: ',
      'https://www.linkedin.com/in/%E0%A4%A',
      'linkedin.com/in/x',
      '31 Feb 2023',
      '\\,',
      '\\;',
      ' ',
    );
    fc.assert(
      fc.property(
        names,
        fc.array(fc.oneof(pieces, fc.string()), { maxLength: 40 }),
        (name, parts) => {
          const text = parts.join('');
          const result = readContacts(name, text);
          const lines = text.split(/\r\n|\r|\n/).length;
          for (const problem of result.problems) {
            expect(
              Number.isInteger(problem.line) && problem.line >= 1 && problem.line <= lines,
            ).toBe(true);
            expect(Object.keys(problem).sort()).toEqual(['line', 'message']);
          }
          for (const person of result.people) {
            expect(person.name.length).toBeGreaterThan(0);
            for (const key of Object.keys(person)) {
              expect(['name', 'emails', 'linkedinSlug', 'company', 'title']).toContain(key);
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('says what is wrong with an empty file, a binary file and something that is not text', () => {
    expect(readContacts('x.csv', '')).toEqual({
      format: 'csv',
      people: [],
      problems: [{ line: 1, message: 'the file is empty' }],
    });
    expect(readContacts('x.xlsx', 'PK\u0003\u0004\u0000\u0000binary')).toEqual({
      format: 'csv',
      people: [],
      problems: [{ line: 1, message: expect.stringMatching(/^this is not a text file/) }],
    });
    expect(readContacts('x.csv', undefined as unknown as string).problems).toHaveLength(1);
    expect(readContacts(null as unknown as string, 'Name\nAna\n').people).toEqual([
      { name: 'Ana', emails: [] },
    ]);
  });

  it('reads a 5 MB LinkedIn export whole, each person at their line', () => {
    const header = fixture('linkedin-Connections.csv').split('\r\n').slice(0, 4).join('\r\n');
    const rows: string[] = [];
    let size = header.length;
    for (let i = 0; size < 5 * 1024 * 1024; i += 1) {
      const row = `Person,Number ${i},https://www.linkedin.com/in/person-${i},${i % 3 ? '' : `p${i}@example.com`},"Company ${i % 97}, Ltd.","Head of Things ${i}",${String((i % 28) + 1).padStart(2, '0')} Mar 2024`;
      rows.push(row);
      size += row.length + 2;
    }
    const text = `${header}\r\n${rows.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
    const reading = readContactFile('Connections.csv', text);
    expect(reading.problems).toEqual([]);
    expect(reading.contacts).toHaveLength(rows.length);
    const last = reading.contacts.at(-1);
    expect(last).toMatchObject({
      line: rows.length + 4,
      name: `Person Number ${rows.length - 1}`,
      linkedinSlug: `person-${rows.length - 1}`,
    });
  });
});
