// Deterministic records at any scale, shaped like a rep's real data, for the benchmarks.
import type { Backup } from '../../storage/backup';
import {
  NOTE_KINDS,
  TOUCH_CHANNELS,
  type Note,
  type Person,
  type Touch,
} from '../../storage/schema';

const DAY = 86_400_000;
/** A fixed "now" so every run builds the same records. */
export const BENCH_NOW = Date.UTC(2026, 10, 20, 10, 0, 0);

/** mulberry32: small, fast, seedable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Maya', 'Alex', 'Robin', 'Sam', 'Noor', 'Jonas', 'Ines', 'Kofi', 'Lena', 'Ravi'];
const LAST = ['Lindqvist', 'Rivera', 'Park', 'Okafor', 'Haddad', 'Novak', 'Tanaka', 'Moreau'];
const COMPANIES = ['Northwind Logistics', 'Contoso', 'Fabrikam', 'Tailspin Toys', 'Litware'];
const SENTENCES = [
  'She said the board signs off budgets only in the first week of each quarter.',
  'Their warehouse team moved to the new scanning system in March and hated the training.',
  'He prefers a short call on Tuesday mornings to long email threads.',
  'They need the rollout finished before the peak season starts in October.',
  'Her daughter just started university in Lund, she mentioned it twice.',
  'Price was the main objection last time: they compared us with a cheaper local vendor.',
  'Procurement wants three references from customers of a similar size.',
  'The pilot in Gothenburg cut picking errors by a third, which she wants to show her boss.',
  'He asked for the security questionnaire to be filled in before any contract talk.',
  'They are hiring a new head of IT, so decisions may slow down until the summer.',
];
const PROMISES = [
  'Send the case study from the Gothenburg pilot',
  'Introduce her to our customer at Fabrikam',
  'Share the pricing for a three-site rollout',
  'Follow up with the security questionnaire answers',
];
const SUBJECTS = ['Pilot results', 'Next steps', 'Pricing for three sites', 'Quick question'];

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)]!;

export function personAt(i: number): Person {
  const rand = random(i + 1);
  const created = BENCH_NOW - 400 * DAY + Math.floor(rand() * 300 * DAY);
  return {
    id: `p${i}`,
    name: `${pick(rand, FIRST)} ${pick(rand, LAST)} ${i}`,
    emails: [`person${i}@bench.example`],
    linkedinSlug: `bench-person-${i}`,
    company: pick(rand, COMPANIES),
    title: 'Head of Operations',
    consent: pick(rand, ['unknown', 'asked', 'granted'] as const),
    tags: i % 3 === 0 ? ['pilot'] : [],
    createdAt: created,
    updatedAt: created + Math.floor(rand() * 90 * DAY),
  };
}

function noteFor(personId: string, n: number, rand: () => number): Note {
  const kind = pick(rand, NOTE_KINDS);
  const created = BENCH_NOW - Math.floor(rand() * 300 * DAY);
  const body =
    kind === 'promise'
      ? pick(rand, PROMISES)
      : `${pick(rand, SENTENCES)} ${rand() < 0.5 ? pick(rand, SENTENCES) : ''}`.trim();
  return {
    id: `${personId}-n${n}`,
    personId,
    body,
    kind,
    oneOff: rand() < 0.1,
    pinned: rand() < 0.05,
    ...(kind === 'promise' ? { dueAt: created + Math.floor(rand() * 30 * DAY) } : {}),
    ...(kind === 'promise' && rand() < 0.5 ? { doneAt: created + DAY } : {}),
    source: 'sidepanel',
    createdAt: created,
    updatedAt: created,
  };
}

function touchFor(personId: string, n: number, rand: () => number): Touch {
  const channel = rand() < 0.6 ? 'email' : pick(rand, TOUCH_CHANNELS);
  const at = BENCH_NOW - Math.floor(rand() * 300 * DAY);
  return {
    id: `${personId}-t${n}`,
    personId,
    channel,
    direction: rand() < 0.55 ? 'out' : 'in',
    at,
    subject: pick(rand, SUBJECTS),
    ...(channel === 'email' ? { externalId: `msg-${personId}-${n}` } : {}),
    createdAt: at,
  };
}

/** `notesEach` notes and `touchesEach` touches for one person. */
export function historyOf(personId: string, notesEach: number, touchesEach: number, seed = 7) {
  const rand = random(seed + personId.length * 131 + Number(personId.replace(/\D/g, '') || 0));
  return {
    notes: Array.from({ length: notesEach }, (_, n) => noteFor(personId, n, rand)),
    touches: Array.from({ length: touchesEach }, (_, n) => touchFor(personId, n, rand)),
  };
}

/** A Rapport backup file of `people` people, each with the same number of notes and touches. */
export function backupOf(people: number, notesEach: number, touchesEach: number): Backup {
  const backup: Backup = {
    format: 'rapport-backup',
    version: 1,
    exportedAt: BENCH_NOW,
    people: [],
    notes: [],
    touches: [],
  };
  for (let i = 0; i < people; i += 1) {
    const person = personAt(i);
    const { notes, touches } = historyOf(person.id, notesEach, touchesEach);
    backup.people.push(person);
    backup.notes.push(...notes);
    backup.touches.push(...touches);
  }
  return backup;
}

/** A 300-word draft, the way a rep writes a follow-up. */
export function draftOf(words: number, name: string, variant = 0): string {
  const paragraphs = [
    `Hi ${name.split(' ')[0]},`,
    'Thanks for the time on Tuesday. You mentioned that picking errors were the thing your boss asks about every week, so I put together the numbers from our Gothenburg pilot, where the team cut them by a third in the first two months.',
    'I have attached the case study. The short version: the scanning change took a week of training, the new routing rules another week, and the savings showed up in the third week.',
    'Would a thirty minute call next Thursday at 10:00 work to walk through how that would look for your two sites? If it helps, I can bring a one page plan with the cost for a six week pilot at one site, so you have something concrete to show before the budget meeting.',
  ];
  const filler =
    'We can also look at the reporting your team needs each month and how the pilot would fit around the peak season.';
  const out: string[] = [];
  let count = 0;
  for (const p of paragraphs) {
    out.push(p);
    count += p.split(/\s+/).length;
  }
  while (count < words - 10) {
    out.push(filler);
    count += filler.split(/\s+/).length;
  }
  out.push(`Best regards, Sam (draft ${variant})`);
  return out.join('\n\n');
}
