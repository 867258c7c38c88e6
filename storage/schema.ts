import * as z from 'zod/mini';
import {
  CONSENT_STATES,
  emailSchema,
  linkedinMemberIdSchema,
  linkedinSlugSchema,
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
} from '../utils/domain/person';
import { SITE_IDS } from '../utils/domain/sites';
import { isValidTimeZone } from '../utils/domain/zoned-time';

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

// `zod/mini` (some 60 KB lighter than full zod in the worker and every page, which load
// these schemas at start) ships no messages: without English ones a rejected record would
// say only "Invalid input".
z.config(z.locales.en());

/** Notes are the rep's own words: generous, but bounded so one paste cannot fill the disk. */
export const MAX_NOTE_LENGTH = 1_000_000;

/**
 * No stored date lies past the start of 2200: a later one is a misread page or a corrupt
 * file, and the browser cannot format dates much beyond it.
 */
export const LATEST_TIMESTAMP = Date.UTC(2200, 0, 1);

const id = z.string().check(z.minLength(1), z.maxLength(100));
const timestamp = z.int().check(z.nonnegative(), z.lt(LATEST_TIMESTAMP, 'a date before 2200'));
const shortText = (max: number) => z.string().check(z.trim(), z.maxLength(max));
/** Trimmed text of at most `max` characters, not empty once trimmed. */
const filledText = (max: number, message: string) =>
  z.string().check(z.trim(), z.maxLength(max), z.minLength(1, message));

export const timeZoneSchema = z
  .string()
  .check(z.refine(isValidTimeZone, 'an IANA time zone such as Europe/Paris'));

export const personSchema = z.object({
  id,
  name: filledText(MAX_NAME_LENGTH, 'a person needs a name'),
  emails: z.array(emailSchema).check(z.maxLength(50)),
  linkedinSlug: z.optional(linkedinSlugSchema),
  linkedinMemberId: z.optional(linkedinMemberIdSchema),
  company: z.optional(shortText(MAX_NAME_LENGTH)),
  title: z.optional(shortText(MAX_TITLE_LENGTH)),
  location: z.optional(shortText(MAX_NAME_LENGTH)),
  timeZone: z.optional(timeZoneSchema),
  consent: z.enum(CONSENT_STATES),
  tags: z.array(shortText(100)).check(z.maxLength(100)),
  /** People the rep said this person is not, though they look alike (no duplicate notice). */
  distinctFrom: z.optional(z.array(id).check(z.maxLength(100))),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Person = z.infer<typeof personSchema>;
export type Consent = Person['consent'];

export const noteSchema = z.object({
  id,
  personId: id,
  body: z.string().check(
    z.maxLength(MAX_NOTE_LENGTH),
    z.refine((s) => s.trim().length > 0, 'a note cannot be empty'),
  ),
  kind: z.enum(NOTE_KINDS),
  oneOff: z.boolean(),
  pinned: z.boolean(),
  dueAt: z.optional(timestamp),
  doneAt: z.optional(timestamp),
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
  subject: z.optional(shortText(1000)),
  summary: z.optional(shortText(10_000)),
  externalId: z.optional(shortText(500)),
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
  key: z.string().check(z.minLength(1), z.maxLength(300)),
  personId: z.optional(id),
  sentAt: timestamp,
});
export type Reminder = z.infer<typeof reminderSchema>;

/** An identity key (`email:…`, `linkedin:…`, `linkedin-member:…`): see utils/domain/person.ts. */
const identityKeySchema = z
  .string()
  .check(
    z.maxLength(400),
    z.regex(/^(email|linkedin|linkedin-member):\S/, 'an identity such as email:jane@example.com'),
  );

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
  subject: z.optional(shortText(1000)),
  /**
   * The message's own key (`sent:<send id>`, `gmail:<message id>`): one message, one touch.
   * Short enough that the touch's external id (key, `:`, person id) fits a touch record.
   */
  messageKey: filledText(300, 'a message key cannot be empty'),
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
export function validate<T>(record: string, schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RecordValidationError(record, result.error.issues);
  return result.data;
}

const hourOfDay = z.number().check(z.gte(0), z.lte(24));
const days = z.number().check(z.positive(), z.lte(365));

/** How often to follow up and when to write: the rules the coach's timing applies. */
export const cadenceSettingsSchema = z.object({
  /** Days to wait before the 1st, 2nd, 3rd follow-up; the last gap repeats after that. */
  followUpGapsDays: z.array(days).check(z.minLength(1), z.maxLength(10)),
  /** This many outbound touches in a row with no answer means stop. */
  maxUnanswered: z.int().check(z.gte(1), z.lte(20)),
  /** They wrote last and the rep has not answered for this long: going cold. */
  replyWithinDays: days,
  /** No two-way contact (inbound, call, meeting) for this long: going cold. */
  coldAfterDays: days,
  workdayStartHour: hourOfDay,
  workdayEndHour: hourOfDay,
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: z.array(z.int().check(z.gte(0), z.lte(6))).check(z.minLength(1), z.maxLength(7)),
  /** Count follow-up gaps in the person's working days (above) rather than calendar days. */
  gapsInWorkingDays: z.optional(z.boolean()),
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
  timeZone: z.optional(timeZoneSchema),
  /** Ask "Send anyway?" when Send is clicked on a `stop` verdict. Off by default. */
  confirmSendOnStop: z.boolean(),
  /** When the rep last exported a backup (epoch ms). */
  lastExportAt: z.optional(timestamp),
  /**
   * Reminders (a morning digest, promises falling due, calls and meetings about to start)
   * are on since this moment; off when absent, as they are until the rep turns them on.
   */
  remindersOnSince: z.optional(timestamp),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  cadence: DEFAULT_CADENCE,
  confirmSendOnStop: false,
};
