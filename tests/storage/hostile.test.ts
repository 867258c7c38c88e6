import { describe, expect, it } from 'vitest';
import { exportBackup, importBackup, parseBackupText } from '@/storage/backup';
import { exportCsv } from '@/storage/csv';
import { addNote, notesFor } from '@/storage/notes';
import { addPerson, updatePerson } from '@/storage/people';
import { MAX_NOTE_LENGTH, RecordValidationError, type Note, type Person } from '@/storage/schema';
import { MAX_NAME_LENGTH } from '@/utils/domain/person';
import { readTabSignal, saveTabSignal } from '@/storage/tab-signals';
import { TEXT_LIMITS } from '@/utils/text-limits';
import { HOSTILE } from '../fixtures/hostile';
import { freshDatabase } from '../helpers/db';

/**
 * Hostile strings through storage: each is stored exactly as given or refused whole with a
 * validation error naming the field (the documented limits: MAX_NAME_LENGTH for names,
 * MAX_NOTE_LENGTH for notes, no blank names or notes). Nothing else ever throws, a refusal
 * writes nothing, and what was stored survives export, import and CSV.
 */

type Outcome<T> = { stored: T } | { refused: RecordValidationError };

async function attempt<T>(write: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { stored: await write() };
  } catch (error) {
    // Anything but a validation error is a bug: let it fail the test as it is.
    if (!(error instanceof RecordValidationError)) throw error;
    return { refused: error };
  }
}

describe.each(HOSTILE)('storage with a hostile string: $label', ({ value }) => {
  it('as a name: stored trimmed and intact, or refused at the documented limit', async () => {
    const db = freshDatabase();
    const outcome = await attempt(() =>
      addPerson(db, { name: value, company: value.slice(0, 50) }),
    );
    const trimmed = value.trim();
    if (trimmed.length > 0 && trimmed.length <= MAX_NAME_LENGTH) {
      expect('stored' in outcome).toBe(true);
      const person = (outcome as { stored: Person }).stored;
      expect(person.name).toBe(trimmed);
      expect((await db.people.get(person.id))?.name).toBe(trimmed);
    } else {
      expect('refused' in outcome).toBe(true);
      expect((outcome as { refused: RecordValidationError }).refused.message).toContain('name');
      expect(await db.people.count()).toBe(0);
    }
  });

  it('as a note: stored byte for byte, or refused at the documented limit', async () => {
    const db = freshDatabase();
    const person = await addPerson(db, { name: 'Maya Lindqvist' }, 1);
    const outcome = await attempt(() => addNote(db, { personId: person.id, body: value }, 2));
    if (value.trim().length > 0 && value.length <= MAX_NOTE_LENGTH) {
      expect('stored' in outcome).toBe(true);
      const [stored] = await notesFor(db, person.id);
      expect(stored?.body).toBe(value);
    } else {
      expect('refused' in outcome).toBe(true);
      expect(await db.notes.count()).toBe(0);
      // The refused write left the person as they were.
      expect((await db.people.get(person.id))?.updatedAt).toBe(1);
    }
  });

  it('as a page signal in session storage: read back as sent, once within the limits', async () => {
    const name = value.slice(0, TEXT_LIMITS.name);
    const signal = {
      site: 'linkedin' as const,
      view: 'profile' as const,
      people: [{ role: 'profile' as const, name, linkedinSlug: 'maya-l' }],
    };
    await saveTabSignal(9, { signal, url: 'https://www.linkedin.com/in/maya-l/', at: 1 });
    expect((await readTabSignal(9))?.signal).toEqual(signal);
  });
});

describe('a database full of hostile strings', () => {
  it('exports, imports into an empty profile identically, and writes CSV without throwing', async () => {
    const db = freshDatabase();
    let at = 1;
    for (const { value } of HOSTILE) {
      const name = value.trim().slice(0, MAX_NAME_LENGTH).trim() || 'Blank';
      const person = await addPerson(db, { name }, (at += 1));
      await updatePerson(db, person.id, { tags: [value.trim().slice(0, 100) || 'x'] }, (at += 1));
      if (value.trim() && value.length <= MAX_NOTE_LENGTH) {
        await addNote(db, { personId: person.id, body: value }, (at += 1));
      }
    }
    const backup = await exportBackup(db, undefined, at);
    const text = JSON.stringify(backup);
    const empty = freshDatabase();
    await importBackup(empty, parseBackupText(text));
    const again = await exportBackup(empty, undefined, at);
    const byId = <T extends { id: string }>(l: T[]) =>
      [...l].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.people)).toEqual(byId(backup.people));
    expect(byId(again.notes as Note[])).toEqual(byId(backup.notes as Note[]));
    expect(again.people).toHaveLength(HOSTILE.length);

    const csv = await exportCsv(empty);
    // Every note body reaches the CSV; none starts a cell as a live formula.
    expect(csv).toContain('"\'=HYPERLINK(""https://evil.example"",""click"")"');
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
  });
});
