// Invented people for the demo: none of them is a real person, every address is on a
// reserved .example domain. Times are relative to `now`, so the demo shows an overdue
// promise, a follow-up that is too soon and a contact to stop writing to, and a Today with
// every kind of item (a reply waiting, a meeting soon, a follow-up due, a conversation going
// cold), whatever the day.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../storage/backup';
import type { Note, Person, Touch } from '../../storage/schema';

const DAY = 86_400_000;

export const DEMO_LINKEDIN_URL = 'https://www.linkedin.com/in/maya-lindqvist-demo/';
export const DEMO_GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=demo';

export function demoBackup(now: number): Backup {
  const ago = (days: number) => now - days * DAY;
  const person = (
    p: Omit<Person, 'tags' | 'createdAt' | 'updatedAt'> & { since: number },
  ): Person => {
    const { since, ...rest } = p;
    return { ...rest, tags: [], createdAt: ago(since), updatedAt: ago(1) };
  };
  const people: Person[] = [
    person({
      id: 'demo-maya',
      name: 'Maya Lindqvist',
      emails: ['maya@northwind.example'],
      linkedinSlug: 'maya-lindqvist-demo',
      company: 'Northwind Logistics',
      title: 'Head of Operations',
      location: 'Gothenburg, Sweden',
      timeZone: 'Europe/Stockholm',
      consent: 'granted',
      since: 40,
    }),
    person({
      id: 'demo-tomas',
      name: 'Tomás Herrera',
      emails: ['tomas@brightline.example'],
      company: 'Brightline Analytics',
      title: 'CTO',
      timeZone: 'America/Mexico_City',
      consent: 'unknown',
      since: 30,
    }),
    person({
      id: 'demo-priya',
      name: 'Priya Raman',
      emails: ['priya@kestrel.example'],
      company: 'Kestrel Health',
      title: 'VP Sales',
      timeZone: 'Asia/Kolkata',
      consent: 'declined',
      since: 90,
    }),
    person({
      id: 'demo-jonas',
      name: 'Jonas Novak',
      emails: ['jonas@tailspin.example'],
      linkedinSlug: 'jonas-novak-demo',
      company: 'Tailspin Toys',
      title: 'Supply Chain Lead',
      timeZone: 'Europe/Prague',
      consent: 'granted',
      since: 25,
    }),
    person({
      id: 'demo-ines',
      name: 'Ines Moreau',
      emails: ['ines@litware.example'],
      company: 'Litware',
      title: 'COO',
      timeZone: 'Europe/Paris',
      consent: 'granted',
      since: 35,
    }),
    person({
      id: 'demo-kofi',
      name: 'Kofi Mensah',
      emails: ['kofi@wingtip.example'],
      company: 'Wingtip Freight',
      title: 'Head of Planning',
      consent: 'asked',
      since: 60,
    }),
    person({
      id: 'demo-lena',
      name: 'Lena Park',
      emails: ['lena@adatum.example'],
      company: 'Adatum',
      title: 'Procurement Manager',
      consent: 'unknown',
      since: 15,
    }),
  ];
  let n = 0;
  const note = (personId: string, body: string, fields: Partial<Note> & { days: number }): Note => {
    const { days, ...rest } = fields;
    n += 1;
    return {
      id: `demo-note-${n}`,
      personId,
      body,
      kind: 'said',
      oneOff: false,
      pinned: false,
      source: 'import',
      createdAt: ago(days),
      updatedAt: ago(days),
      ...rest,
    };
  };
  const notes: Note[] = [
    note('demo-maya', 'Shipment delays in Q3 cost them two key accounts.', {
      days: 18,
      kind: 'said',
      pinned: true,
    }),
    note('demo-maya', 'Needs route planning that handles the cross-dock in Gothenburg.', {
      days: 18,
      kind: 'need',
    }),
    note('demo-maya', 'Prefers short emails; no calls before 10:00.', {
      days: 12,
      kind: 'preference',
    }),
    note('demo-maya', 'Worried about the effort of migrating off their in-house planner.', {
      days: 12,
      kind: 'objection',
    }),
    note('demo-maya', 'Was at her sister’s wedding in Porto last week.', {
      days: 12,
      kind: 'personal',
      oneOff: true,
    }),
    note('demo-maya', 'Budget for this is approved up to €40k for this fiscal year.', {
      days: 12,
      kind: 'said',
    }),
    note('demo-maya', 'Send the Gothenburg cross-dock case study', {
      days: 12,
      kind: 'promise',
      dueAt: ago(2),
    }),
    note('demo-maya', 'Intro to our customer at Contoso Freight', {
      days: 12,
      kind: 'promise',
      dueAt: now + 5 * DAY,
    }),
    note('demo-tomas', 'Evaluating three vendors; decision by the end of the quarter.', {
      days: 25,
      kind: 'said',
    }),
    note('demo-ines', 'Runs three depots: Lyon, Lille and Nantes; Lille is the busiest.', {
      days: 10,
      kind: 'said',
    }),
    note('demo-ines', 'Wants the agenda the day before any meeting.', {
      days: 10,
      kind: 'preference',
    }),
    note('demo-ines', 'Needs one dashboard for the three depots before the board meets.', {
      days: 10,
      kind: 'need',
    }),
    note('demo-ines', 'Thinks a pilot would take her team away from peak season.', {
      days: 10,
      kind: 'objection',
    }),
    note('demo-ines', 'Share the pilot plan for one depot', {
      days: 10,
      kind: 'promise',
      dueAt: now + 6 * 3_600_000,
    }),
    note('demo-jonas', 'Their planners re-key every order into a spreadsheet.', {
      days: 20,
      kind: 'said',
    }),
    note('demo-priya', 'Asked not to be contacted again this year.', {
      days: 20,
      kind: 'said',
      pinned: true,
    }),
  ];
  let t = 0;
  const touch = (
    personId: string,
    fields: Omit<Touch, 'id' | 'personId' | 'createdAt' | 'at'> & { days: number },
  ): Touch => {
    const { days, ...rest } = fields;
    t += 1;
    return { id: `demo-touch-${t}`, personId, at: ago(days), createdAt: ago(days), ...rest };
  };
  const touches: Touch[] = [
    touch('demo-maya', {
      channel: 'linkedin',
      direction: 'out',
      days: 21,
      summary: 'Connection request with a note about Q3 delays',
    }),
    touch('demo-maya', {
      channel: 'email',
      direction: 'in',
      days: 18,
      subject: 'Re: Route planning',
    }),
    touch('demo-maya', {
      channel: 'call',
      direction: 'out',
      days: 12,
      summary: '30-minute discovery call',
    }),
    touch('demo-maya', {
      channel: 'email',
      direction: 'out',
      days: 1,
      subject: 'Notes from our call',
    }),
    touch('demo-tomas', {
      channel: 'email',
      direction: 'out',
      days: 14,
      subject: 'Dashboards for Brightline',
    }),
    touch('demo-tomas', {
      channel: 'email',
      direction: 'out',
      days: 9,
      subject: 'Re: Dashboards for Brightline',
    }),
    touch('demo-tomas', {
      channel: 'linkedin',
      direction: 'out',
      days: 3,
      summary: 'Message about the vendor shortlist',
    }),
    touch('demo-priya', {
      channel: 'email',
      direction: 'in',
      days: 20,
      subject: 'Please remove me',
    }),
    touch('demo-jonas', {
      channel: 'linkedin',
      direction: 'out',
      days: 6,
      summary: 'Sent the re-keying checklist',
    }),
    touch('demo-jonas', {
      channel: 'linkedin',
      direction: 'in',
      days: 0.2,
      summary: 'Asked whether it works with their ERP',
    }),
    touch('demo-ines', {
      channel: 'call',
      direction: 'out',
      days: 10,
      summary: 'Discovery call',
    }),
    touch('demo-ines', {
      channel: 'meeting',
      direction: 'out',
      days: -2 / 24,
      subject: 'Depot dashboard walkthrough',
    }),
    touch('demo-kofi', {
      channel: 'call',
      direction: 'in',
      days: 17,
      summary: 'He called about winter capacity',
    }),
    touch('demo-lena', {
      channel: 'email',
      direction: 'out',
      days: 4,
      subject: 'Pricing for two sites',
    }),
  ];
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    people,
    notes,
    touches,
  };
}
