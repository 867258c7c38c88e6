import { DAY, NOW, note, person, promise, sentDaysAgo, touch } from '../factories';
import { EARLY, GRANTED, NO_ASK_NA, NO_ONE_OFF, NO_PROMISE, NO_QUESTION } from './context';
import type { CorpusDraft } from './types';

/**
 * Drafts written after the rules were settled, to other people, about other trades, in
 * other words: how well the reading carries over to drafts it was not shaped on.
 */
const omar = person({ id: 'p1', name: 'Omar Haddad', company: 'Tailspin Freight' });
const omarGranted = person({
  id: 'p1',
  name: 'Omar Haddad',
  company: 'Tailspin Freight',
  consent: 'granted',
});
const fleet = note('Runs a fleet of 80 trucks out of Rotterdam; dispatch is done on whiteboards.');
const fuel = note('Fuel costs are their biggest worry this year; margins down 4%.');
const cto = note('Their COO, Ines Novak, has the final word on any new software.');
const tms = note('Currently on Transporeon for tendering, contract ends in September.');
const golf = note('Played golf with his biggest client at a charity day in May.', {
  oneOff: true,
  kind: 'personal',
});
const ramadan = note('Does not schedule meetings on Friday afternoons.', { kind: 'personal' });
const hospital = note(
  'Procurement at the hospital requires three quotes and a data protection review.',
);
const nurses = note('About 300 nurses on rotating shifts; rota changes are made by phone.');
const pilotPromise = promise('Send the Rotterdam route-planning pilot results', NOW - DAY);

export const HELD_OUT: CorpusDraft[] = [
  {
    name: 'held out: asks what keeps him up at night; the note has fuel costs',
    family: 'rehash-paraphrase',
    subject: 'A question before Thursday',
    body: `Hi Omar,

Before our call on Thursday, could you tell me what worries you most about the business this year?

Thanks,
Lena`,
    notes: [fleet, fuel],
    person: omar,
    labels: {
      'offers-value': 'warn: asks, gives nothing',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: about him',
      'no-rehash': 'fail: the note says fuel costs are their biggest worry',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: asks how many vehicles; the note counts the trucks',
    family: 'rehash-paraphrase',
    subject: 'Fleet size',
    body: 'Hi Omar, how many vehicles are in your fleet today? I want to size the licence properly.',
    notes: [fleet],
    person: omar,
    labels: {
      'offers-value': 'warn: nothing for him',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: one line about us',
      'no-rehash': 'fail: the note says a fleet of 80 trucks',
      remembers: 'warn: the subject names their fleet, nothing specific',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: asks who has the final word; the note names the COO',
    family: 'rehash-paraphrase',
    subject: 'Next steps',
    body: `Hi Omar,

Who would have the final word on bringing in a tool like ours?

Best,
Lena`,
    notes: [cto],
    person: omar,
    labels: {
      'offers-value': 'warn: nothing for him',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: a question, nothing about us',
      'no-rehash': 'fail: the note says the COO has the final word',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: asks when the tendering contract runs out',
    family: 'rehash-paraphrase',
    subject: 'Timing',
    body: 'Hi Omar, when does your agreement with your current tendering platform run out? Happy to plan around it.',
    notes: [tms],
    person: omar,
    labels: {
      'offers-value': 'warn: nothing for him',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: about him',
      'no-rehash': 'fail: the note says the contract ends in September',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: asks what they use for tendering',
    family: 'rehash-paraphrase',
    subject: 'Tendering',
    body: `Hi Omar,

Which system are you using for tendering at the moment?

Lena`,
    notes: [tms],
    person: omar,
    labels: {
      'offers-value': 'warn: nothing for him',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: about him',
      'no-rehash': 'fail: the note says Transporeon',
      remembers: 'warn: the subject names their tendering, nothing specific',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a new question about the September switch',
    family: 'new-question-near-topic',
    subject: 'September',
    body: `Hi Omar,

With Transporeon ending in September, would it help to run both side by side in August so nobody loses a tender? I can draft a two-week overlap plan for you by Monday.

Lena`,
    notes: [tms],
    person: omar,
    labels: {
      'offers-value': 'pass: offers an overlap plan',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': 'pass: a two-week overlap plan by Monday',
      'small-first-step': 'pass: a plan to read',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: builds on the noted end date',
      remembers: 'pass: Transporeon ending in September',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a new question about the whiteboards',
    family: 'new-question-near-topic',
    subject: 'Your dispatch board',
    body: 'Hi Omar, you mentioned dispatch runs on whiteboards. Who updates them when a driver calls in sick at 5am? That is usually where a digital board saves the most time.',
    notes: [fleet],
    person: omar,
    labels: {
      'offers-value': 'warn: a claim, nothing given',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks something the note does not say',
      remembers: 'pass: dispatch on whiteboards',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: checks the noted COO by name',
    family: 'new-question-near-topic',
    subject: 'For Ines',
    body: `Hi Omar,

Is Ines still the one to convince, or has that changed with the new budget year? If she is, I will send a one-page summary she can read in five minutes.

Lena`,
    notes: [cto],
    person: omar,
    labels: {
      'offers-value': 'pass: offers a one-page summary',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': 'pass: a one-page summary, nothing to schedule',
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: checks the noted name rather than asking',
      remembers: 'pass: Ines',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a bump that asks whether the last mail arrived',
    family: 'disguised-bump',
    subject: 'Re: Route planning',
    body: `Hi Omar,

Just making sure my email from last Tuesday reached you. Happy to help with anything.

Lena`,
    notes: [fleet],
    person: omar,
    touches: [touch('out', NOW - 8 * DAY)],
    labels: {
      'offers-value': 'fail: only checks the last email arrived',
      'call-to-action': 'warn: "happy to help with anything" names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: not about us',
      'no-rehash': NO_QUESTION,
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: resends the proposal as a PDF',
    family: 'disguised-bump',
    subject: 'Proposal (PDF)',
    body: 'Hi Omar, resending the proposal from last week as a PDF in case the link did not open. Any feedback?',
    person: omar,
    touches: [touch('out', NOW - 7 * DAY)],
    labels: {
      'offers-value': 'fail: the same proposal again',
      'call-to-action': 'warn: "Any feedback?" is an empty question',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: not about us',
      'no-rehash': NO_QUESTION,
      remembers: 'na: no notes on him',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: our company video',
    family: 'disguised-bump',
    subject: 'Meet the team',
    body: `Hi Omar,

Here is a short video about our company and the team behind it. We have grown to 60 people this year and just opened an office in Hamburg.

Would a 20-minute call on Wednesday at 10am work?

Lena`,
    notes: [fleet],
    person: omar,
    labels: {
      'offers-value': 'warn: a video about us',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 20 minutes on Wednesday at 10am',
      'small-first-step': 'pass: 20 minutes',
      'customer-centred': 'fail: all about us',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a follow-up with fuel numbers',
    family: 'disguised-bump',
    subject: 'Fuel: what two Rotterdam fleets did',
    body: `Hi Omar,

Following up with something useful on fuel: two Rotterdam fleets of your size cut empty kilometres by 11% last year by planning return loads the evening before. The one-page summary is attached.

Worth 15 minutes on Tuesday at 9am to see what it would mean for your 80 trucks?

Lena`,
    notes: [fleet, fuel],
    person: omarGranted,
    touches: [touch('out', NOW - 9 * DAY)],
    labels: {
      'offers-value': 'pass: figures and a summary on their worry',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Tuesday at 9am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: Rotterdam, 80 trucks, fuel',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: calls him a keen golfer',
    family: 'one-off-habit',
    subject: 'A round on us',
    body: 'Hi Omar, since golf is clearly your thing, would you join us for our client golf day on 14 May?',
    notes: [golf, fleet],
    person: omar,
    labels: {
      'offers-value': 'pass: an invitation',
      'call-to-action': 'pass: a clear yes or no',
      'specific-proposal': 'pass: the golf day on 14 May',
      'small-first-step': 'pass: an invitation',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a yes',
      remembers: 'fail: uses only the one-off',
      'one-off-not-pattern': 'fail: one charity golf day turned into golf being his thing',
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: mentions the charity day once',
    family: 'one-off-habit',
    subject: 'Dispatch board trial',
    body: `Hi Omar,

I hope the charity day went well. On dispatch: I can set up a free digital board for one depot for two weeks, starting Monday. Shall I go ahead?

Lena`,
    notes: [golf, fleet],
    person: omar,
    labels: {
      'offers-value': 'pass: a free two-week trial',
      'call-to-action': 'pass: a clear yes or no',
      'specific-proposal': 'pass: free, one depot, two weeks, from Monday',
      'small-first-step': 'pass: a free two-week trial for one depot',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a yes',
      remembers: 'warn: dispatch, loosely',
      'one-off-not-pattern': 'pass: the charity day named as one event',
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a price "we can talk about"',
    family: 'vague-money-or-time',
    subject: 'Pricing',
    body: 'Hi Omar, the price depends on the number of depots, but we can be very flexible for a fleet like yours. Could we have a call next month to go through it?',
    notes: [fleet],
    person: omar,
    labels: {
      'offers-value': 'warn: flexibility without a figure',
      'call-to-action': 'pass: a clear ask',
      'specific-proposal': 'warn: going through the price is named, "next month" is no day',
      'small-first-step': 'warn: a call of unstated length',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a call',
      remembers: 'warn: "a fleet like yours", nothing specific',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a price per truck and a date',
    family: 'vague-money-or-time',
    subject: 'Pricing for 80 trucks',
    body: `Hi Omar,

For 80 trucks it is €12 per truck a month, €960 in total, with no setup fee.

Could we go through it for 20 minutes on Thursday 12 March at 11am?

Lena`,
    notes: [fleet],
    person: omar,
    labels: {
      'offers-value': 'pass: exact figures for his fleet',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: €960 a month, 20 minutes on 12 March at 11am',
      'small-first-step': 'pass: 20 minutes',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: 80 trucks',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a five-year framework agreement first',
    family: 'big-or-small-step',
    subject: 'Framework agreement',
    body: 'Hi Omar, to get started we would need a five-year framework agreement covering all depots. Shall I ask legal to prepare it?',
    notes: [fleet],
    person: omar,
    labels: {
      'offers-value': 'warn: paperwork, nothing for him',
      'call-to-action': 'pass: a clear step',
      'specific-proposal': 'warn: five years named, no price',
      'small-first-step': 'fail: a five-year agreement first',
      'customer-centred': 'warn: "we would need" is about us',
      'no-rehash': 'pass: asks for a yes',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: one depot for ten days',
    family: 'big-or-small-step',
    subject: 'Ten days, one depot',
    body: `Hi Omar,

How about trying it in your Rotterdam depot only, for ten days from Monday 16 March, at no cost? If the dispatchers do not like it, we switch it off.

Lena`,
    notes: [fleet],
    person: omar,
    labels: {
      'offers-value': 'pass: a free trial',
      'call-to-action': 'pass: a clear proposal',
      'specific-proposal': 'pass: ten days, one depot, from 16 March, no cost',
      'small-first-step': 'pass: ten days, one depot, free',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a yes',
      remembers: 'pass: the Rotterdam depot',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: delivers the pilot results in other words',
    family: 'promise-and-permission',
    subject: 'Route planning pilot: the numbers',
    body: `Hi Omar,

Sorry for the delay. Here are the results from the route-planning pilot in Rotterdam: 9% fewer kilometres and two fewer late deliveries a week.

Would 15 minutes on Friday at 10am suit you to go through them?

Lena`,
    notes: [pilotPromise, fleet, ramadan],
    person: omar,
    labels: {
      'offers-value': 'pass: the pilot results with figures',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Friday at 10am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: Rotterdam',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'pass: the promised results are sent',
    },
  },
  {
    name: 'held out: ignores the promised pilot results',
    family: 'promise-and-permission',
    subject: 'Dispatch idea',
    body: "Hi Omar, one idea for your dispatchers: publish tomorrow's plan at 4pm so drivers can swap shifts before they leave. Worth 10 minutes on Monday at 9am?",
    notes: [pilotPromise, fleet],
    person: omar,
    labels: {
      'offers-value': 'pass: a concrete idea',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 10 minutes on Monday at 9am',
      'small-first-step': 'pass: 10 minutes',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'warn: dispatch, nothing specific',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': 'fail: the pilot results are overdue and not mentioned',
    },
  },
  {
    name: 'held out: asks whether to keep writing',
    family: 'promise-and-permission',
    subject: 'Keep you posted?',
    body: `Hi Omar,

I have written a few times about route planning. Would you like me to keep you posted on what other fleets are doing, or should I stop here?

Lena`,
    notes: [fleet],
    person: omar,
    touches: sentDaysAgo(NOW, 30, 20, 9),
    labels: {
      'offers-value': 'warn: nothing this time',
      'call-to-action': 'pass: a clear either-or',
      'specific-proposal': 'na: a question answered by reply',
      'small-first-step': 'pass: a one-word reply',
      'customer-centred': 'pass: about what he prefers',
      'no-rehash': 'pass: asks about contact, not a fact',
      remembers: 'warn: other fleets, loosely',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: 'pass: asks whether to keep in touch',
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: hospital procurement rehash',
    family: 'rehash-paraphrase',
    subject: 'Purchasing',
    body: `Dear Ms Okafor,

Could you walk me through how purchasing decisions are made at the hospital, and what paperwork a supplier needs?

Kind regards,
Lena`,
    notes: [hospital, nurses],
    person: person({ id: 'p1', name: 'Grace Okafor', company: 'St Mary Hospital' }),
    labels: {
      'offers-value': 'warn: nothing for her',
      'call-to-action': 'pass: a clear question',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: about her',
      'no-rehash': 'fail: the note says three quotes and a data protection review',
      remembers: 'fail: nothing she told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: builds on the phone rota',
    family: 'everyday',
    subject: 'Rota changes without the phone calls',
    body: `Dear Ms Okafor,

You told me rota changes for your 300 nurses are still made by phone. Attached is a short case study from a hospital of similar size that moved swaps to an app and cut the calls by two thirds.

Would a 20-minute call on Wednesday 11 March at 2pm be useful?

Kind regards,
Lena`,
    notes: [hospital, nurses],
    person: person({
      id: 'p1',
      name: 'Grace Okafor',
      company: 'St Mary Hospital',
      consent: 'granted',
    }),
    labels: {
      'offers-value': 'pass: a case study on their problem',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 20 minutes on 11 March at 2pm',
      'small-first-step': 'pass: 20 minutes',
      'customer-centred': 'pass: about her',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: 300 nurses, rota by phone',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: a self-centred hospital pitch',
    family: 'everyday',
    subject: 'Introducing RotaWise',
    body: `Dear Ms Okafor,

RotaWise is the market leader in healthcare scheduling. Our platform is used by over 200 hospitals and our team has 20 years of experience. We were recently named best HR tech of the year.

Please let me know if you would be interested in a demo.

Kind regards,
Lena`,
    person: person({ id: 'p1', name: 'Grace Okafor', company: 'St Mary Hospital' }),
    labels: {
      'offers-value': 'warn: all about us',
      'call-to-action': 'warn: "let me know if you would be interested" names no step',
      'specific-proposal': 'fail: a demo with nothing pinned',
      'small-first-step': 'warn: a demo of unstated length',
      'customer-centred': 'fail: all about us',
      'no-rehash': NO_QUESTION,
      remembers: 'na: no notes on her',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'held out: respects Friday afternoons',
    family: 'everyday',
    subject: 'Monday instead',
    body: `Hi Omar,

I know Friday afternoons are out for you, so how about Monday at 10am for 15 minutes on the fuel report?

Lena`,
    notes: [ramadan, fuel],
    person: omar,
    labels: {
      'offers-value': 'warn: the report is named, not given',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Monday at 10am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about him',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: no Friday afternoons, fuel',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
];
