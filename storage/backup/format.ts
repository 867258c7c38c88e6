import * as z from 'zod/mini';
import type { Note, Person, Reminder, Settings, Snooze, Touch } from '../schema';

/**
 * The backup file format: one versioned JSON document. A document from an older Rapport is
 * upgraded, one version at a time, before it is checked; one from a newer Rapport is refused.
 */

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 2;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: number;
  people: Person[];
  notes: Note[];
  touches: Touch[];
  /** People taken off the follow-up plan for a while (since version 2; none when absent). */
  snoozes?: Snooze[];
  /** Reminders already shown, so a restored profile does not show them again (as snoozes). */
  reminders?: Reminder[];
  settings?: Settings;
}

/** A document of one version, as read from the file: nothing in it is checked yet. */
export type BackupDocument = Record<string, unknown>;

/**
 * Turns a version-N document into a version-N+1 one. The step returns the document's
 * content; upgradeBackup stamps the new version on it.
 */
export type BackupUpgrade = (document: BackupDocument) => BackupDocument;

/** Upgrade steps, keyed by the version each upgrades from. */
export type BackupUpgrades = Readonly<Partial<Record<number, BackupUpgrade>>>;

/**
 * One step for every version below BACKUP_VERSION: a change to the format raises
 * BACKUP_VERSION and adds here the step from the version before it.
 */
export const BACKUP_UPGRADES: BackupUpgrades = {
  // Version 2 adds snoozes and the reminders shown; a version 1 file had neither.
  1: (document) => ({ ...document, snoozes: [], reminders: [] }),
};

const olderVersion = (raw: unknown, to: number): number | undefined => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { format, version } = raw as BackupDocument;
  return format === BACKUP_FORMAT &&
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= 1 &&
    version < to
    ? version
    : undefined;
};

/**
 * The document brought up to version `to`, one step at a time; anything else (a document
 * already at `to`, from a newer Rapport, or not a backup at all) is returned as it is, for
 * the envelope check to accept or refuse.
 */
export function upgradeBackup(
  raw: unknown,
  steps: BackupUpgrades = BACKUP_UPGRADES,
  to: number = BACKUP_VERSION,
): unknown {
  const from = olderVersion(raw, to);
  if (from === undefined) return raw;
  let document = raw as BackupDocument;
  for (let version = from; version < to; version += 1) {
    const step = steps[version];
    // A missing step is a gap in Rapport's own table, not a fault of the file.
    if (!step) throw new Error(`no upgrade for backup version ${version}`);
    document = { ...step(document), version: version + 1 };
  }
  return document;
}

/** The document's outer shape; each record in it is checked on its own afterwards. */
export const envelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, {
    error: `not a Rapport backup (format must be "${BACKUP_FORMAT}")`,
  }),
  version: z
    .int()
    .check(
      z.gte(1),
      z.lte(BACKUP_VERSION, { error: 'made by a newer Rapport: update Rapport first' }),
    ),
  exportedAt: z.optional(z.number()),
  people: z.array(z.unknown()),
  notes: z._default(z.array(z.unknown()), []),
  touches: z._default(z.array(z.unknown()), []),
  snoozes: z._default(z.array(z.unknown()), []),
  reminders: z._default(z.array(z.unknown()), []),
  settings: z.optional(z.unknown()),
});
