import type { Note, Person, Touch } from '../../../storage/schema';
import type { ChecklistId, ChecklistStatus } from '../../../utils/coach';
import { DAY, NOW, note, person, promise, sentDaysAgo, touch } from './factories';

export interface DraftCase {
  name: string;
  subject: string;
  body: string;
  notes?: Note[];
  person?: Person;
  touches?: Touch[];
  expect: Partial<Record<ChecklistId, ChecklistStatus>>;
  /** Substrings the evidence of an item must contain. */
  evidence?: Partial<Record<ChecklistId, string>>;
}

const team = note('Team of 12 SDRs; they hate cleaning Salesforce data by hand.');
const budget = note('Budget is 40k for this year, signed off by the CFO.');
const tools = note('They use HubSpot and Outreach today.');
const timeline = note('Needs it live by the end of Q3, before the sales kickoff.');
const chivas = note("Bought four bottles of Chivas for his boss's retirement party.", {
  oneOff: true,
  kind: 'personal',
});
const marathon = note('Runs marathons; training for Berlin in September.', { kind: 'personal' });
const oldBudget = note('Budget around 25k, maybe more next year.', { updatedAt: NOW - 400 * DAY });
const soc2Overdue = promise('Send the SOC2 report', NOW - 2 * DAY);
const checklistSoon = promise('Share the onboarding checklist by Friday', NOW + 3 * DAY);
const CORE = [team, budget, tools, timeline];

export const DRAFT_CASES: DraftCase[] = [
  {
    name: 'strong follow-up after a discovery call',
    subject: 'Salesforce cleanup benchmark for your SDR team',
    body: `Hi Dana,

You mentioned your 12 SDRs lose hours every week cleaning Salesforce data by hand. I pulled a benchmark from three teams your size that cut that time by 40% with one routing rule.

Would 15 minutes on Thursday at 10am work to walk you through it?

Best,
Sam`,
    notes: CORE,
    person: person({ consent: 'granted' }),
    expect: {
      'offers-value': 'pass',
      'call-to-action': 'pass',
      'specific-proposal': 'pass',
      'small-first-step': 'pass',
      'customer-centred': 'pass',
      'no-rehash': 'pass',
      remembers: 'pass',
      'one-off-not-pattern': 'na',
      permission: 'pass',
      'keeps-promise': 'na',
    },
    evidence: { remembers: 'Salesforce' },
  },
  {
    name: 'pure bump',
    subject: 'Re: Following up',
    body: 'Hi Dana, just checking in to see if you had a chance to look at my last email. Let me know!',
    notes: CORE,
    expect: {
      'offers-value': 'fail',
      'call-to-action': 'warn',
      'specific-proposal': 'fail',
      remembers: 'fail',
      'no-rehash': 'pass',
    },
    evidence: { 'offers-value': 'just checking in' },
  },
  {
    name: 'circling back with nothing',
    subject: 'Circling back',
    body: 'Hey Dana,\n\nCircling back on this. Any update on your side?\n\nThanks,\nSam',
    expect: { 'offers-value': 'fail', remembers: 'na', 'keeps-promise': 'na' },
  },
  {
    name: 'bumping this to the top of the inbox',
    subject: 'Quick bump',
    body: 'Bumping this to the top of your inbox in case it got buried. Thoughts?',
    expect: { 'offers-value': 'fail' },
  },
  {
    name: 'did you see my last email',
    subject: 'Did you see this?',
    body: 'Hi Dana, did you see my last email? I would really like to get some time with you.',
    expect: { 'offers-value': 'fail', 'customer-centred': 'pass' },
  },
  {
    name: 'rehash: asks the budget the notes already hold',
    subject: 'Next steps',
    body: 'Hi Dana, great speaking yesterday. Before we go further, what budget have you set aside for this project? And how many SDRs are on the team?',
    notes: CORE,
    expect: { 'no-rehash': 'fail', 'call-to-action': 'pass' },
    evidence: { 'no-rehash': 'Budget is 40k' },
  },
  {
    name: 'rehash: team size',
    subject: 'Quick question',
    body: 'Hi Dana, how many reps are on your team right now? It helps me size the proposal.',
    notes: [team],
    expect: { 'no-rehash': 'fail' },
    evidence: { 'no-rehash': 'Team of 12 SDRs' },
  },
  {
    name: 'rehash: current tools',
    subject: 'Your stack',
    body: 'Hi Dana, what tools are you currently using for sequencing? Would love to understand the setup.',
    notes: [tools],
    expect: { 'no-rehash': 'fail' },
    evidence: { 'no-rehash': 'HubSpot' },
  },
  {
    name: 'rehash: who decides',
    subject: 'Process',
    body: 'Thanks for the time today. Who else is involved in the decision on your side?',
    notes: [budget],
    expect: { 'no-rehash': 'fail' },
    evidence: { 'no-rehash': 'CFO' },
  },
  {
    name: 'rehash: timeline',
    subject: 'Timing',
    body: 'Hi Dana, what does your timeline look like for getting this live?',
    notes: [timeline],
    expect: { 'no-rehash': 'fail' },
    evidence: { 'no-rehash': 'end of Q3' },
  },
  {
    name: 'confirming a known figure is not a rehash',
    subject: 'Budget check',
    body: 'Hi Dana, is the 40k budget still the plan for this year, or has anything moved since our call?',
    notes: [budget],
    expect: { 'no-rehash': 'pass' },
  },
  {
    name: 'asking about an old budget note only warns',
    subject: 'Planning',
    body: 'Hi Dana, what budget are you working with this year?',
    notes: [oldBudget],
    expect: { 'no-rehash': 'warn' },
  },
  {
    name: 'question on a topic the notes do not cover',
    subject: 'Onboarding',
    body: 'Hi Dana, what does onboarding look like for a new SDR on your team today?',
    notes: [budget],
    expect: { 'no-rehash': 'pass', 'call-to-action': 'pass', 'small-first-step': 'pass' },
  },
  {
    name: 'asks for a partnership',
    subject: 'Partnership',
    body: 'Hi Dana, we would love to explore a long-term strategic partnership between our companies. We are the leading platform for revenue teams and our customers love us. Let me know when you are free.',
    expect: {
      'small-first-step': 'fail',
      'customer-centred': 'fail',
      'offers-value': 'warn',
      'call-to-action': 'warn',
    },
    evidence: { 'small-first-step': 'partnership' },
  },
  {
    name: 'wants a relationship',
    subject: 'Introduction',
    body: 'Hi Dana, I would like to build a relationship with you and your team over the coming months. Are you open to that?',
    expect: { 'small-first-step': 'fail', 'call-to-action': 'pass' },
  },
  {
    name: 'small call mixed with a big ask',
    subject: 'Idea',
    body: 'Hi Dana, could we do a quick 15-minute call on Friday at 2pm to discuss a partnership?',
    expect: { 'small-first-step': 'warn', 'specific-proposal': 'pass' },
  },
  {
    name: 'an hour-long demo is a big first ask',
    subject: 'Demo',
    body: 'Hi Dana, can we book a 60-minute demo with your whole team next Tuesday at 11am?',
    expect: { 'small-first-step': 'warn', 'specific-proposal': 'pass' },
  },
  {
    name: 'vague proposal without time',
    subject: 'Chat?',
    body: 'Hi Dana, would you be up for a chat sometime about how your team handles data hygiene?',
    expect: { 'specific-proposal': 'fail', 'call-to-action': 'pass' },
  },
  {
    name: 'time but no scope',
    subject: 'Tuesday?',
    body: 'Hi Dana, are you free on Tuesday at 3pm for a call?',
    expect: { 'specific-proposal': 'warn', 'call-to-action': 'pass' },
    evidence: { 'specific-proposal': 'Tuesday' },
  },
  {
    name: 'pricing proposal without an amount',
    subject: 'Pilot',
    body: 'Hi Dana, I can offer a two-week pilot for five seats starting Monday, with a discount on the pricing if you continue. Does that work for you?',
    expect: { 'specific-proposal': 'warn' },
    evidence: { 'specific-proposal': 'when' },
  },
  {
    name: 'pricing proposal with an amount',
    subject: 'Pilot for five seats',
    body: 'Hi Dana, I can offer a two-week pilot for five seats starting Monday 9 March at $500 flat, with the price credited if you continue. Does that work for you?',
    expect: { 'specific-proposal': 'pass', 'small-first-step': 'pass' },
    evidence: { 'specific-proposal': '$500' },
  },
  {
    name: 'no ask at all',
    subject: 'Our new release',
    body: 'Hi Dana, we just launched our new release. It has many new features that our team worked hard on. We are very proud of it.',
    expect: {
      'call-to-action': 'fail',
      'specific-proposal': 'na',
      'small-first-step': 'na',
      'customer-centred': 'fail',
    },
  },
  {
    name: 'honest stated intent instead of an ask',
    subject: 'Article on SDR ramp time',
    body: 'Hi Dana, I came across this article on how SDR teams cut ramp time and thought you might find the second section useful given your hiring plans. No need to reply.',
    notes: [team],
    expect: { 'call-to-action': 'pass', 'offers-value': 'pass', 'specific-proposal': 'na' },
    evidence: { 'call-to-action': 'thought you might find' },
  },
  {
    name: 'three different asks',
    subject: 'A few things',
    body: 'Hi Dana, could you send me the org chart? Can we set up a call with your manager? Would you also forward this to IT?',
    expect: { 'call-to-action': 'warn' },
  },
  {
    name: 'imperative call to action',
    subject: 'Onboarding checklist',
    body: 'Hi Dana, here is the onboarding checklist teams like yours use in week one. Grab any 15-minute slot on my calendar this Thursday and I will tailor it to your team.',
    expect: {
      'call-to-action': 'pass',
      'offers-value': 'pass',
      'small-first-step': 'pass',
      'specific-proposal': 'pass',
    },
  },
  {
    name: 'self-centred pitch',
    subject: 'About us',
    body: 'Hi Dana, I am Sam from Lumen. We help companies like ours grow. Our platform is used by 500 customers and we have won three awards. I think we would be a great fit. Can I show you?',
    expect: { 'customer-centred': 'fail' },
  },
  {
    name: 'balanced but slightly self-focused',
    subject: 'Notes from our call',
    body: 'Hi Dana, I wrote up my notes on the routing question. Would Monday at 9am work to review them?',
    expect: { 'customer-centred': 'warn' },
  },
  {
    name: 'uses a one-off as a lasting interest',
    subject: 'A gift idea',
    body: 'Hi Tom, since you love Chivas, I thought you would enjoy this limited whisky release. Want me to send a bottle over?',
    notes: [chivas, team],
    person: person({ name: 'Tom Reyes' }),
    expect: { 'one-off-not-pattern': 'fail' },
    evidence: { 'one-off-not-pattern': 'Chivas' },
  },
  {
    name: 'mentions the one-off as a single event',
    subject: 'Congrats to your boss',
    body: 'Hi Tom, I hope the retirement party went well last week. Here is the pipeline report you asked for. Would Thursday at 10am work for 15 minutes to go through it?',
    notes: [chivas, team],
    person: person({ name: 'Tom Reyes' }),
    expect: { 'one-off-not-pattern': 'pass', 'offers-value': 'pass' },
    evidence: { 'one-off-not-pattern': 'boss' },
  },
  {
    name: 'does not use the one-off',
    subject: 'SDR data',
    body: 'Hi Tom, you said your 12 SDRs spend hours cleaning Salesforce data. Here is a checklist that halves that. Worth a 15-minute look on Friday at 11am?',
    notes: [chivas, team],
    person: person({ name: 'Tom Reyes' }),
    expect: { 'one-off-not-pattern': 'pass', remembers: 'pass' },
  },
  {
    name: 'remembers a personal note',
    subject: 'Good luck in Berlin',
    body: 'Hi Dana, good luck with the Berlin marathon training! Unrelated: here is the routing guide I mentioned. Would a 15-minute call on Thursday at 4pm help?',
    notes: [marathon, budget],
    expect: { remembers: 'pass' },
    evidence: { remembers: 'Berlin' },
  },
  {
    name: 'generic message ignores all notes',
    subject: 'Quick idea',
    body: 'Hi Dana, here is a case study on how a retail company improved its reporting. Would a 15-minute call next Tuesday at 10am be useful?',
    notes: CORE,
    expect: { remembers: 'fail', 'offers-value': 'pass' },
  },
  {
    name: 'only one-off notes: remembers is na',
    subject: 'Idea for your team',
    body: 'Hi Tom, here is a short guide on routing rules. Would Friday at 10am work for 15 minutes?',
    notes: [chivas],
    person: person({ name: 'Tom Reyes' }),
    expect: { remembers: 'na', 'one-off-not-pattern': 'pass' },
  },
  {
    name: 'delivers an overdue promise',
    subject: 'SOC2 report, as promised',
    body: 'Hi Dana, attached is the SOC2 report I promised, sorry it is two days late. Would 15 minutes on Thursday at 10am help to go through any questions your security team has?',
    notes: [soc2Overdue],
    expect: { 'keeps-promise': 'pass', 'offers-value': 'pass' },
  },
  {
    name: 'ignores an overdue promise',
    subject: 'Pricing',
    body: 'Hi Dana, here is our pricing sheet for a team of your size. Would Thursday at 10am work for 15 minutes?',
    notes: [soc2Overdue],
    expect: { 'keeps-promise': 'fail' },
    evidence: { 'keeps-promise': 'SOC2' },
  },
  {
    name: 'ignores an open promise not yet due',
    subject: 'Routing idea',
    body: 'Hi Dana, here is a routing idea for your SDR team. Would Thursday at 10am work for 15 minutes?',
    notes: [checklistSoon],
    expect: { 'keeps-promise': 'warn' },
  },
  {
    name: 'addresses an open promise by topic',
    subject: 'Onboarding checklist',
    body: 'Hi Dana, the onboarding checklist is nearly ready and will be with you on Friday. Meanwhile, here is a short guide on ramp time. Would a 15-minute call on Monday at 10am help?',
    notes: [checklistSoon],
    expect: { 'keeps-promise': 'pass' },
  },
  {
    name: 'a done promise is not open',
    subject: 'Routing idea',
    body: 'Hi Dana, here is a routing idea for your SDR team. Would Thursday at 10am work for 15 minutes?',
    notes: [promise('Send the SOC2 report', NOW - 5 * DAY, { doneAt: NOW - 4 * DAY })],
    expect: { 'keeps-promise': 'na' },
  },
  {
    name: 'permission: declined',
    subject: 'One more idea',
    body: 'Hi Dana, here is one more idea for your SDR team. Would Thursday at 10am work for 15 minutes?',
    person: person({ consent: 'declined' }),
    expect: { permission: 'fail' },
  },
  {
    name: 'permission: unknown after three messages',
    subject: 'Idea',
    body: 'Hi Dana, here is an idea for your SDR team. Would Thursday at 10am work for 15 minutes?',
    person: person({ consent: 'unknown' }),
    touches: sentDaysAgo(NOW, 20, 14, 7),
    expect: { permission: 'warn' },
  },
  {
    name: 'permission: the draft asks to stay in touch',
    subject: 'Staying in touch?',
    body: 'Hi Dana, here is the last benchmark I promised myself to share. Would you like me to keep you posted on new ones each quarter, or shall I leave it here?',
    person: person({ consent: 'unknown' }),
    touches: sentDaysAgo(NOW, 20, 14, 7),
    expect: { permission: 'pass', 'call-to-action': 'pass' },
  },
  {
    name: 'permission: young relationship',
    subject: 'Idea',
    body: 'Hi Dana, here is an idea for your SDR team. Would Thursday at 10am work for 15 minutes?',
    person: person({ consent: 'unknown' }),
    touches: [touch('out', NOW - 3 * DAY)],
    expect: { permission: 'pass' },
  },
  {
    name: 'permission: no person picked',
    subject: 'Idea',
    body: 'Hi there, here is an idea for your SDR team. Would Thursday at 10am work for 15 minutes?',
    expect: { permission: 'na' },
  },
  {
    name: 'reply to their question',
    subject: 'Re: Does it work with HubSpot?',
    body: `Hi Dana,

To answer your question: yes, it syncs with HubSpot both ways, including custom fields. Here is the setup guide.

Want me to set it up on a sandbox for you on Monday? It takes 20 minutes.

On Tue, Mar 3, 2026 at 9:12 AM Dana Whitfield <dana@acme.test> wrote:
> Does this work with HubSpot? What does it cost?`,
    notes: [tools],
    expect: {
      'offers-value': 'pass',
      'call-to-action': 'pass',
      'specific-proposal': 'pass',
      'small-first-step': 'pass',
      remembers: 'pass',
    },
  },
  {
    name: 'first cold touch with a resource',
    subject: 'Ramp time data for SDR teams',
    body: 'Hi Dana, I noticed Acme is hiring six SDRs this quarter. Teams at that stage usually lose two weeks of ramp to tooling; this one-page guide shows how three of them cut it in half. Worth a 15-minute look on Thursday at 11am?',
    person: person(),
    expect: {
      'offers-value': 'pass',
      'call-to-action': 'pass',
      'specific-proposal': 'pass',
      'small-first-step': 'pass',
      remembers: 'na',
      permission: 'pass',
    },
  },
  {
    name: 'introduction offered',
    subject: 'Intro to a RevOps lead',
    body: 'Hi Dana, you mentioned hand-cleaning Salesforce data. I can introduce you to Priya, who solved the same problem at Northwind. Shall I send the intro today?',
    notes: [team],
    expect: {
      'offers-value': 'pass',
      'call-to-action': 'pass',
      remembers: 'pass',
      'small-first-step': 'pass',
    },
  },
  {
    name: 'Spanish draft: language items are na',
    subject: 'Seguimiento',
    body: 'Hola Dana, te escribo para saber si tuviste tiempo de revisar la propuesta que te envié la semana pasada. Quedo atento a tus comentarios.',
    notes: CORE,
    person: person({ consent: 'granted' }),
    expect: {
      'offers-value': 'na',
      'call-to-action': 'na',
      'specific-proposal': 'na',
      'small-first-step': 'na',
      'customer-centred': 'na',
      'no-rehash': 'na',
      remembers: 'na',
      'one-off-not-pattern': 'na',
      permission: 'pass',
      'keeps-promise': 'na',
    },
  },
  {
    name: 'German draft with an open promise keeps it visible',
    subject: 'Bericht',
    body: 'Hallo Dana, anbei der Bericht, den wir besprochen haben. Passt dir ein kurzes Gespräch am Donnerstag um zehn Uhr?',
    notes: [soc2Overdue],
    expect: { 'keeps-promise': 'na', 'offers-value': 'na' },
    evidence: { 'keeps-promise': 'SOC2' },
  },
  {
    name: 'empty draft',
    subject: '',
    body: '',
    notes: CORE,
    person: person({ consent: 'declined' }),
    expect: {
      'offers-value': 'na',
      'call-to-action': 'na',
      remembers: 'na',
      permission: 'fail',
    },
  },
];
