import { DAY, NOW, note, person, promise, sentDaysAgo, touch } from '../factories';
import type { Label } from './types';

/**
 * What reps have noted about the people in the corpus. Each note is written the way a rep
 * jots things down after a call; drafts paraphrase them rather than reuse their words.
 */
export const notes = {
  team: note('Team of 12 SDRs; they hate cleaning Salesforce data by hand.'),
  budget: note('Budget is 40k for this year, signed off by the CFO.'),
  tools: note('They use HubSpot and Outreach today.'),
  q3: note('Needs it live by the end of Q3, before the sales kickoff.'),
  renewal: note('Their Gong contract renews in June; unhappy with the price increase.'),
  signer: note('Maria Costa (VP Sales) signs; IT security has to approve any new vendor.'),
  lisbon: note('Based in Lisbon, with a second team in Austin.'),
  rivals: note('Also evaluating Clari and People.ai.'),
  ramp: note('Goal for this year: cut ramp time for new reps from 5 months to 3.'),
  procurement: note(
    'Procurement needs a security questionnaire and two customer references before any contract.',
  ),
  forecast: note('Forecast calls take 3 hours every Monday because the numbers never match.'),
  aes: note('About 45 account executives across two regions.'),
  marathon: note('Runs marathons; training for Berlin in September.', { kind: 'personal' }),
  kids: note('Two kids, the eldest just started university in Porto.', { kind: 'personal' }),
  oldBudget: note('Budget around 25k, maybe more next year.', { updatedAt: NOW - 400 * DAY }),
  oldRenewal: note('Contract with their current vendor renews every autumn.', {
    updatedAt: NOW - 300 * DAY,
  }),
  chivas: note("Bought four bottles of Chivas for his boss's retirement party.", {
    oneOff: true,
    kind: 'personal',
  }),
  tokyo: note('Flew to Tokyo once for a partner summit.', { oneOff: true, kind: 'personal' }),
  rushOrder: note('One-time rush order of 500 units for the spring trade show.', { oneOff: true }),
  concert: note('Took her niece to a Taylor Swift concert in May.', {
    oneOff: true,
    kind: 'personal',
  }),
  halfMarathon: note('Ran a half marathon for charity last spring, a one-time thing.', {
    oneOff: true,
    kind: 'personal',
  }),
  veganLunch: note('Ordered vegan catering for the offsite in January.', { oneOff: true }),
};

/** The notes a rep holds after a good discovery call. */
export const DISCOVERY = [notes.team, notes.budget, notes.tools, notes.q3];

export const promises = {
  soc2Overdue: promise('Send the SOC2 report', NOW - 2 * DAY),
  checklistSoon: promise('Share the onboarding checklist by Friday', NOW + 2 * DAY),
  introOverdue: promise('Introduce her to Priya at Northwind', NOW - 3 * DAY),
  pricingSoon: promise('Send pricing for the three-site rollout', NOW + 4 * DAY),
  caseStudyNoDate: promise('Share the Gothenburg case study'),
};

export const people = {
  dana: person(),
  danaGranted: person({ consent: 'granted' }),
  danaAsked: person({ consent: 'asked' }),
  danaDeclined: person({ consent: 'declined' }),
  tom: person({ name: 'Tom Reyes', company: 'Northwind' }),
  priya: person({ name: 'Priya Nair', company: 'Litware', location: 'Lisbon' }),
};

/** Three unanswered messages over three weeks: time to ask before writing again. */
export const THREE_SENT = sentDaysAgo(NOW, 20, 13, 6);
/** One message a week ago and their reply. */
export const A_REPLY = [touch('out', NOW - 7 * DAY), touch('in', NOW - 5 * DAY)];

/** Labels that follow from the context alone, shared so each reads the same everywhere. */
export const NO_ONE_OFF: Label = 'na: no note on this person is marked one-off';
export const NO_PROMISE: Label = 'na: no open promise to this person';
export const NO_NOTES: Label = 'na: nothing noted about this person yet';
export const NO_PERSON: Label = 'na: nobody picked, so no consent to check';
export const EARLY: Label = 'pass: consent unknown, fewer than three messages sent so far';
export const GRANTED: Label = 'pass: they agreed to stay in touch';
export const ASKED: Label = 'pass: the rep already asked; waiting for their answer';
export const DECLINED: Label = 'fail: they declined further contact';
export const NO_QUESTION: Label = 'pass: the draft asks them nothing';
export const NO_ASK_NA: Label = 'na: the draft proposes no step';
