import { DAY, NOW, promise, touch } from '../factories';
import {
  ASKED,
  DECLINED,
  EARLY,
  GRANTED,
  NO_ONE_OFF,
  NO_PROMISE,
  NO_QUESTION,
  THREE_SENT,
  notes,
  people,
  promises,
} from './context';
import type { CorpusDraft } from './types';

/**
 * Do what you said you would, on time; and ask before nurturing the relationship. Promises
 * are delivered in other words than the note's ("the security audit" for "the SOC2
 * report"); consent is asked in other words than "stay in touch".
 */
export const PROMISES: CorpusDraft[] = [
  {
    name: 'delivers the overdue SOC2 report as "the security audit"',
    family: 'promise-and-permission',
    subject: 'Security audit attached',
    body: `Hi Dana,

Sorry this took longer than I said: attached is our latest SOC2 Type II audit report for your IT security team. Page 4 covers data residency, which I think is what they will look at first.

Would 15 minutes on Thursday at 10am help them go through any questions?

Sam`,
    notes: [promises.soc2Overdue, notes.signer],
    person: people.dana,
    labels: {
      'offers-value': 'pass: the report they were waiting for',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Thursday at 10am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: IT security',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'pass: the overdue report is delivered',
    },
  },
  {
    name: 'ignores the overdue SOC2 report',
    family: 'promise-and-permission',
    subject: 'Pricing for your team',
    body: 'Hi Dana, here is the pricing for 12 seats: $540 a month. Would Thursday at 10am work for 15 minutes to go through it?',
    notes: [promises.soc2Overdue, notes.team],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a concrete price',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: $540 a month, 15 minutes on Thursday at 10am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: no self-talk',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: prices their 12 seats',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'fail: the SOC2 report is two days overdue and not mentioned',
    },
  },
  {
    name: 'says honestly when the overdue report will come',
    family: 'promise-and-permission',
    subject: 'SOC2 report on Friday',
    body: `Hi Dana,

I owe you the SOC2 report and I am late: our auditors sign the new one on Thursday, so it will be with you on Friday morning.

In the meantime, here is last year's report, in case your IT team wants a head start.

Sam`,
    notes: [promises.soc2Overdue],
    person: people.dana,
    labels: {
      'offers-value': "pass: last year's report for a head start",
      'call-to-action': 'pass: a stated reason for writing, nothing asked',
      'specific-proposal': 'na: nothing proposed',
      'small-first-step': 'na: no step is asked',
      'customer-centred': 'pass: an apology and a report for them',
      'no-rehash': NO_QUESTION,
      remembers: 'na: only a promise is noted',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'pass: says when the promised report comes',
    },
  },
  {
    name: 'ignores a promise not yet due',
    family: 'promise-and-permission',
    subject: 'Routing idea',
    body: `Hi Dana,

One routing idea for your SDR team: send every inbound lead from a target account straight to its owner, skipping the round robin. It usually saves a day per lead.

Would Tuesday at 3pm work for 15 minutes?

Sam`,
    notes: [promises.checklistSoon, notes.team],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a concrete idea with a result',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Tuesday at 3pm',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: their SDR team',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'warn: the onboarding checklist is due Friday and not mentioned',
    },
  },
  {
    name: 'delivers the onboarding checklist early in other words',
    family: 'promise-and-permission',
    subject: 'Week-one plan for new SDRs',
    body: `Hi Dana,

Ahead of Friday, here is the onboarding checklist for new SDRs I promised: what to set up on day one, and who owns each step.

Reply with any step you would change and I will adjust it.

Sam`,
    notes: [promises.checklistSoon],
    person: people.dana,
    labels: {
      'offers-value': 'pass: the checklist',
      'call-to-action': 'pass: reply with changes',
      'specific-proposal': 'pass: reply with changes, nothing to schedule',
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: balanced',
      'no-rehash': NO_QUESTION,
      remembers: 'na: only a promise is noted',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'pass: the promised checklist is attached',
    },
  },
  {
    name: 'makes the overdue introduction',
    family: 'promise-and-permission',
    subject: 'Dana, meet Priya',
    body: `Hi Dana, hi Priya,

As promised, introducing you two: Priya led the forecast clean-up at Northwind, and Dana is tackling the same at Acme. I will let you take it from here.

Best,
Sam`,
    notes: [promises.introOverdue, notes.forecast],
    person: people.dana,
    labels: {
      'offers-value': 'pass: an introduction',
      'call-to-action': 'pass: the introduction is the step; intent stated',
      'specific-proposal': 'na: nothing proposed',
      'small-first-step': 'na: no step is asked of her',
      'customer-centred': 'pass: about them',
      'no-rehash': NO_QUESTION,
      remembers: 'warn: the forecast topic, loosely',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'pass: the promised introduction is made',
    },
  },
  {
    name: 'forgets the overdue introduction',
    family: 'promise-and-permission',
    subject: 'Forecast template',
    body: 'Hi Dana, here is the forecast template we discussed, built for a Monday call. Want me to walk your team leads through it on Monday at 11am for 20 minutes?',
    notes: [promises.introOverdue, notes.forecast],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a template',
      'call-to-action': 'pass: a clear step',
      'specific-proposal': 'pass: 20 minutes on Monday at 11am',
      'small-first-step': 'pass: 20 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: the Monday forecast call',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'fail: the introduction to Priya is overdue and not mentioned',
    },
  },
  {
    name: 'sends the promised pricing for the rollout',
    family: 'promise-and-permission',
    subject: 'Pricing for three sites',
    body: `Hi Dana,

Here is the pricing for the three-site rollout you asked about: $1,150 a month for all three, or $450 for one site to start with.

Would it help to start with one site for a month?

Sam`,
    notes: [promises.pricingSoon],
    person: people.danaGranted,
    labels: {
      'offers-value': 'pass: the pricing they asked for',
      'call-to-action': 'pass: a clear yes or no',
      'specific-proposal': 'pass: $450, one site, a month',
      'small-first-step': 'pass: one site for a month',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: offers a step, asks no fact',
      remembers: 'na: only a promise is noted',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': 'pass: the promised pricing is sent',
    },
  },
  {
    name: 'a promise with no due date, still open and unmentioned',
    family: 'promise-and-permission',
    subject: 'Quick idea',
    body: 'Hi Dana, a quick idea for your Lisbon team: run the forecast review on Friday afternoons instead of Monday mornings. Worth a 10-minute chat on Thursday at 5pm?',
    notes: [promises.caseStudyNoDate, notes.lisbon],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a concrete idea',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 10 minutes on Thursday at 5pm',
      'small-first-step': 'pass: 10 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: the Lisbon team',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'warn: the Gothenburg case study is still owed',
    },
  },
  {
    name: 'asks permission in other words after three unanswered messages',
    family: 'promise-and-permission',
    subject: 'Should I keep sending these?',
    body: `Hi Dana,

I have sent you a few notes on forecasting over the last weeks. Would it be useful if I kept sharing one idea a month, or would you rather I stopped here? Either answer is fine.

Sam`,
    notes: [notes.forecast],
    person: people.dana,
    touches: THREE_SENT,
    labels: {
      'offers-value': 'warn: asks, gives nothing this time',
      'call-to-action': 'pass: a clear either-or question',
      'specific-proposal': 'na: a question answered by reply: keep writing or stop',
      'small-first-step': 'pass: a one-word reply',
      'customer-centred': 'pass: about what they prefer',
      'no-rehash': 'pass: asks about contact, not a fact',
      remembers: 'warn: forecasting only',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: 'pass: asks whether to keep writing',
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'writes a fourth time without asking',
    family: 'promise-and-permission',
    subject: 'Another idea',
    body: `Hi Dana,

Another idea for the Monday forecast: lock the commit number on Friday afternoon so Monday is only about what changed. Would 15 minutes on Thursday at 10am help?

Sam`,
    notes: [notes.forecast],
    person: people.dana,
    touches: THREE_SENT,
    labels: {
      'offers-value': 'pass: a concrete idea',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Thursday at 10am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: the Monday forecast',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: 'warn: three messages unanswered and consent never asked',
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'offers to step back if it is not a priority',
    family: 'promise-and-permission',
    subject: 'Leave it here?',
    body: 'Hi Dana, I do not want to crowd your inbox. Shall I check back in after your Q3 kickoff, or leave it here for now?',
    notes: [notes.q3],
    person: people.dana,
    touches: THREE_SENT,
    labels: {
      'offers-value': 'warn: nothing for her',
      'call-to-action': 'pass: a clear either-or',
      'specific-proposal': 'na: a question answered by reply: check back later or stop',
      'small-first-step': 'pass: a one-word reply',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks about contact, not a fact',
      remembers: 'pass: the Q3 kickoff',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: 'pass: asks whether to keep in contact',
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'writes to someone who declined',
    family: 'promise-and-permission',
    subject: 'One last thing',
    body: 'Hi Dana, I know you asked me not to follow up, but here is one last case study on ramp time. Worth 15 minutes on Friday at 9am?',
    notes: [notes.ramp],
    person: people.danaDeclined,
    labels: {
      'offers-value': 'pass: a case study on their goal',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Friday at 9am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'warn: ramp time only',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: DECLINED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'waits on an asked consent',
    family: 'promise-and-permission',
    subject: 'Ramp benchmark',
    body: `Hi Dana,

Here is the ramp benchmark for teams of 45 AEs: median 14 weeks, top quartile 9.

Would 15 minutes on Monday at 10am be useful to compare it with yours?

Sam`,
    notes: [notes.aes],
    person: people.danaAsked,
    touches: THREE_SENT,
    labels: {
      'offers-value': 'pass: a benchmark with figures',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Monday at 10am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: 45 AEs',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: ASKED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'two open promises, only one kept',
    family: 'promise-and-permission',
    subject: 'Onboarding checklist',
    body: `Hi Dana,

Here is the onboarding checklist I promised, one page, by role.

Could you share it with the Austin managers before Thursday?

Sam`,
    notes: [promises.checklistSoon, promise('Send the Austin training dates', NOW - DAY)],
    person: people.dana,
    touches: [touch('out', NOW - 10 * DAY), touch('in', NOW - 9 * DAY)],
    labels: {
      'offers-value': 'pass: the checklist',
      'call-to-action': 'pass: a clear request with a date',
      'specific-proposal': 'na: a request, nothing proposed',
      'small-first-step': 'pass: forwarding one page',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks for a favour, not a fact',
      remembers: 'na: only promises are noted',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'fail: the Austin training dates are overdue and not sent',
    },
  },
];
