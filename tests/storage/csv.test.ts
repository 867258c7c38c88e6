import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, CSV_HEADER, exportCsv, toCsv } from '@/storage/csv';
import { addNote } from '@/storage/notes';
import { addPerson } from '@/storage/people';
import { freshDatabase } from '../helpers/db';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else if (c === '"' || c === '\r' || c === '\n')
      throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
    i += 1;
  }
  if (quoted || cell !== '' || row.length) throw new Error('unterminated last row');
  return rows;
}

describe('csv', () => {
  it('quotes per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('a,b\r\nc,d\r\n');
  });

  it.each(['=1+1', '+1', '-2', '@SUM(A1)', '\tcmd', '=HYPERLINK("http://x","y")'])(
    'defuses a formula in %j',
    (value) => {
      const cell = parseCsv(toCsv([[value]]))[0]?.[0];
      expect(cell).toBe(`'${value}`);
    },
  );

  it('round-trips any text through a strict reader (formula characters aside)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));
          const expected = rows.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
          expect(parsed).toEqual(expected);
        },
      ),
    );
  });

  it('writes one row per note with the person’s columns, and people without notes', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, {
      name: 'Alex "the closer" Rivera',
      emails: ['alex@example.com', 'a.rivera@example.org'],
      company: 'Acme, Inc.',
    });
    await addPerson(db, { name: 'Sam Okafor', linkedinSlug: 'sam-okafor' });
    await addNote(db, { personId: alex.id, body: 'Budget\n€20k', kind: 'need' }, 1000);
    await addNote(db, { personId: alex.id, body: '=cmd|calc', kind: 'said' }, 2000);

    const rows = parseCsv(await exportCsv(db));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(4);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    expect(rows[1]?.[col('Name')]).toBe('Alex "the closer" Rivera');
    expect(rows[1]?.[col('Emails')]).toBe('alex@example.com; a.rivera@example.org');
    expect(rows[1]?.[col('Company')]).toBe('Acme, Inc.');
    expect(rows[1]?.[col('Note')]).toBe('Budget\n€20k');
    expect(rows[1]?.[col('Noted at')]).toBe('1970-01-01T00:00:01.000Z');
    expect(rows[2]?.[col('Note')]).toBe("'=cmd|calc");
    expect(rows[3]?.[col('Name')]).toBe('Sam Okafor');
    expect(rows[3]?.[col('LinkedIn')]).toBe('https://www.linkedin.com/in/sam-okafor');
    expect(rows[3]?.[col('Note')]).toBe('');
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
  });

  it('exports a damaged record’s date as an empty cell rather than failing', async () => {
    const db = freshDatabase();
    const alex = await addPerson(db, { name: 'Alex' });
    const note = await addNote(db, { personId: alex.id, body: 'Renewal in March' }, 1000);
    // Written by an older version, before dates were bounded.
    await db.notes.update(note.id, { dueAt: 9e15 });

    const rows = parseCsv(await exportCsv(db));
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    expect(rows[1]?.[col('Note')]).toBe('Renewal in March');
    expect(rows[1]?.[col('Due')]).toBe('');
    expect(rows[1]?.[col('Noted at')]).toBe('1970-01-01T00:00:01.000Z');
  });
});
