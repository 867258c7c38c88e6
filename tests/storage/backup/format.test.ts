import { describe, expect, it } from 'vitest';
import { planImport } from '@/storage/backup';
import {
  BACKUP_FORMAT,
  BACKUP_UPGRADES,
  BACKUP_VERSION,
  upgradeBackup,
  type BackupUpgrades,
} from '@/storage/backup/format';
import { freshDatabase } from '../../helpers/db';

describe('backup format: older versions', () => {
  it('has a step from every version below the current one, and none from it or above', () => {
    for (let version = 1; version < BACKUP_VERSION; version += 1) {
      expect(BACKUP_UPGRADES[version], `upgrade from version ${version}`).toBeTypeOf('function');
    }
    expect(
      Object.keys(BACKUP_UPGRADES)
        .map(Number)
        .filter((v) => v >= BACKUP_VERSION),
    ).toEqual([]);
  });

  it('passes a document at the current version through unchanged', () => {
    const current = { format: BACKUP_FORMAT, version: BACKUP_VERSION, people: [] };
    expect(upgradeBackup(current)).toBe(current);
  });

  it('leaves a document from a newer Rapport as it is, for the check to reject', async () => {
    const newer = { format: BACKUP_FORMAT, version: BACKUP_VERSION + 1, people: [] };
    expect(upgradeBackup(newer)).toBe(newer);
    const plan = await planImport(freshDatabase(), newer);
    expect(plan.problems).toEqual(['version: made by a newer Rapport: update Rapport first']);
    expect(plan.records).toBeUndefined();
  });

  it('leaves what is not a backup as it is', () => {
    for (const raw of [null, 3, 'text', [], { version: 1 }, { format: BACKUP_FORMAT }]) {
      expect(upgradeBackup(raw, {}, 3)).toBe(raw);
    }
  });

  describe('with a table of steps', () => {
    const steps: BackupUpgrades = {
      1: ({ contacts, ...rest }) => ({ ...rest, people: contacts }),
      2: (document) => ({ ...document, touches: [] }),
    };

    const v1 = { format: BACKUP_FORMAT, version: 1, contacts: ['a'] };
    const renamed = { format: BACKUP_FORMAT, people: ['a'] };

    it('applies each step in turn from the document’s version, stamping each new version', () => {
      expect(upgradeBackup(v1, steps, 3)).toEqual({ ...renamed, version: 3, touches: [] });
      expect(v1).toEqual({ format: BACKUP_FORMAT, version: 1, contacts: ['a'] });
      const v2 = { format: BACKUP_FORMAT, version: 2, people: ['b'] };
      expect(upgradeBackup(v2, steps, 3)).toEqual({ ...v2, version: 3, touches: [] });
    });

    it('stops at the target version and leaves newer documents alone', () => {
      expect(upgradeBackup(v1, steps, 2)).toEqual({ ...renamed, version: 2 });
      const v4 = { format: BACKUP_FORMAT, version: 4 };
      expect(upgradeBackup(v4, steps, 3)).toBe(v4);
    });

    it('fails loudly on a gap in the table', () => {
      expect(() =>
        upgradeBackup({ format: BACKUP_FORMAT, version: 1 }, { 2: steps[2] }, 3),
      ).toThrow('no upgrade for backup version 1');
    });
  });
});

describe('backup format: version 1 to 2', () => {
  it('adds no snoozes and no reminders to a version 1 file, keeping everything else', () => {
    const v1 = {
      format: BACKUP_FORMAT,
      version: 1,
      exportedAt: 5,
      people: [],
      notes: [],
      touches: [],
    };
    expect(upgradeBackup(v1)).toEqual({ ...v1, version: 2, snoozes: [], reminders: [] });
  });
});
