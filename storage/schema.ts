import { z } from 'zod';
import {
  CONSENT_STATES,
  emailSchema,
  linkedinMemberIdSchema,
  linkedinSlugSchema,
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
} from '../utils/domain/person';
import { SITE_IDS } from '../utils/domain/sites';

/**
 * Every record Rapport stores, defined once. The TypeScript types are inferred from
 * these schemas, and every write goes through them, so a record that does not fit is
 * never written. Field names are a contract with later work and outside checks: add
 * fields freely, rename none. Timestamps are epoch milliseconds.
 */

export const NOTE_KINDS = [
  'said',
  'need',
  'preference',
  'personal',
  'objection',
  'promise',
  'other',
] as const;
export const NOTE_SOURCES = ['popup', 'sidepanel', ...SITE_IDS, 'import'] as const;
export const TOUCH_CHANNELS = ['email', 'linkedin', 'call', 'meeting', 'other'] as const;
export const TOUCH_DIRECTIONS = ['out', 'in'] as const;

/** Notes are the rep's own words: generous, but bounded so one paste cannot fill the disk. */
export const MAX_NOTE_LENGTH = 1_000_000;

/**
 * No stored date lies past the start of 2200: a later one is a misread page or a corrupt
 * file, and the browser cannot format dates much beyond it.
 */
export const LATEST_TIMESTAMP = Date.UTC(2200, 0, 1);

const id = z.string().min(1).max(100);
const timestamp = z.number().int().nonnegative().lt(LATEST_TIMESTAMP, 'a date before 2200');
const shortText = (max: number) => z.string().trim().max(max);

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, 'an IANA time zone such as Europe/Paris');

export const personSchema = z.object({
  id,
  name: shortText(MAX_NAME_LENGTH).min(1, 'a person needs a name'),
  emails: z.array(emailSchema).max(50),
  linkedinSlug: linkedinSlugSchema.optional(),
  linkedinMemberId: linkedinMemberIdSchema.optional(),
  company: shortText(MAX_NAME_LENGTH).optional(),
  title: shortText(MAX_TITLE_LENGTH).optional(),
  location: shortText(MAX_NAME_LENGTH).optional(),
  timeZone: timeZoneSchema.optional(),
  consent: z.enum(CONSENT_STATES),
  tags: z.array(shortText(100)).max(100),
  /** People the rep said this person is not, though they look alike (no duplicate notice). */
  distinctFrom: z.array(id).max(100).optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Person = z.infer<typeof personSchema>;
export type Consent = Person['consent'];

export const noteSchema = z.object({
  id,
  personId: id,
  body: z
    .string()
    .max(MAX_NOTE_LENGTH)
    .refine((s) => s.trim().length > 0, 'a note cannot be empty'),
  kind: z.enum(NOTE_KINDS),
  oneOff: z.boolean(),
  pinned: z.boolean(),
  dueAt: timestamp.optional(),
  doneAt: timestamp.optional(),
  source: z.enum(NOTE_SOURCES),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Note = z.infer<typeof noteSchema>;
export type NoteKind = Note['kind'];

export const touchSchema = z.object({
  id,
  personId: id,
  channel: z.enum(TOUCH_CHANNELS),
  direction: z.enum(TOUCH_DIRECTIONS),
  at: timestamp,
  subject: shortText(1000).optional(),
  summary: shortText(10_000).optional(),
  externalId: shortText(500).optional(),
  createdAt: timestamp,
});
export type Touch = z.infer<typeof touchSchema>;
export type TouchChannel = Touch['channel'];

/** A person taken off the follow-up plan until a moment the rep chose (one per person). */
export const snoozeSchema = z.object({
  personId: id,
  until: timestamp,
  createdAt: timestamp,
});
export type Snooze = z.infer<typeof snoozeSchema>;

/**
 * A reminder Rapport has shown, so that no item is ever shown twice: the morning digest
 * of a day, a promise falling due, a call or meeting about to start.
 */
export const reminderSchema = z.object({
  /** What was reminded, e.g. `promise:<note id>:<due>`; see utils/coach/reminders.ts. */
  key: z.string().min(1).max(300),
  personId: id.optional(),
  sentAt: timestamp,
});
export type Reminder = z.infer<typeof reminderSchema>;

/** An identity key (`email:…`, `linkedin:…`, `linkedin-member:…`): see utils/domain/person.ts. */
const identityKeySchema = z
  .string()
  .max(400)
  .regex(/^(email|linkedin|linkedin-member):\S/, 'an identity such as email:jane@example.com');

/**
 * Contact with someone not in Rapport (yet): mail the rep sent to or opened from an address
 * no person has, and, from other channels, messages with a profile no person has. Kept for a
 * while (UNATTACHED_KEEP_DAYS), never with a message body; when someone is added with that
 * identity it becomes their touch, keyed by `messageKey` as a touch of that message would be.
 */
export const unattachedTouchSchema = z.object({
  id,
  identity: identityKeySchema,
  channel: z.enum(TOUCH_CHANNELS),
  direction: z.enum(TOUCH_DIRECTIONS),
  at: timestamp,
  subject: shortText(1000).optional(),
  /**
   * The message's own key (`sent:<send id>`, `gmail:<message id>`): one message, one touch.
   * Short enough that the touch's external id (key, `:`, person id) fits a touch record.
   */
  messageKey: shortText(300).min(1),
  createdAt: timestamp,
});
export type UnattachedTouch = z.infer<typeof unattachedTouchSchema>;

/** Thrown when a record does not fit its schema: says which field and why. */
export class RecordValidationError extends Error {
  constructor(
    readonly record: string,
    readonly issues: z.core.$ZodIssue[],
  ) {
    super(
      `Invalid ${record}: ` +
        issues
          .map((i) => `${i.path.length ? i.path.join('.') : '(record)'}: ${i.message}`)
          .join('; '),
    );
    this.name = 'RecordValidationError';
  }
}

/** Parses a record against its schema, throwing RecordValidationError when it does not fit. */
export function validate<T>(record: string, schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RecordValidationError(record, result.error.issues);
  return result.data;
}

const hourOfDay = z.number().min(0).max(24);
const days = z.number().positive().max(365);

/** How often to follow up and when to write: the rules the coach's timing applies. */
export const cadenceSettingsSchema = z.object({
  /** Days to wait before the 1st, 2nd, 3rd follow-up; the last gap repeats after that. */
  followUpGapsDays: z.array(days).min(1).max(10),
  /** This many outbound touches in a row with no answer means stop. */
  maxUnanswered: z.number().int().min(1).max(20),
  /** They wrote last and the rep has not answered for this long: going cold. */
  replyWithinDays: days,
  /** No two-way contact (inbound, call, meeting) for this long: going cold. */
  coldAfterDays: days,
  workdayStartHour: hourOfDay,
  workdayEndHour: hourOfDay,
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
  /** Count follow-up gaps in the person's working days (above) rather than calendar days. */
  gapsInWorkingDays: z.boolean().optional(),
});
export type CadenceSettings = z.infer<typeof cadenceSettingsSchema>;

export const DEFAULT_CADENCE: CadenceSettings = {
  followUpGapsDays: [3, 4, 7, 14],
  maxUnanswered: 3,
  replyWithinDays: 2,
  coldAfterDays: 14,
  workdayStartHour: 9,
  workdayEndHour: 17,
  workingDays: [1, 2, 3, 4, 5],
  gapsInWorkingDays: false,
};

export const settingsSchema = z.object({
  cadence: cadenceSettingsSchema,
  /** The rep's own IANA time zone; the system's when unset. */
  timeZone: timeZoneSchema.optional(),
  /** Ask "Send anyway?" when Send is clicked on a `stop` verdict. Off by default. */
  confirmSendOnStop: z.boolean(),
  /** When the rep last exported a backup (epoch ms). */
  lastExportAt: timestamp.optional(),
  /**
   * Reminders (a morning digest, promises falling due, calls and meetings about to start)
   * are on since this moment; off when absent, as they are until the rep turns them on.
   */
  remindersOnSince: timestamp.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  cadence: DEFAULT_CADENCE,
  confirmSendOnStop: false,
};
