import { DAY, NOW, touch } from '../factories';
import {
  A_REPLY,
  DISCOVERY,
  EARLY,
  GRANTED,
  NO_ASK_NA,
  NO_NOTES,
  NO_ONE_OFF,
  NO_PROMISE,
  NO_QUESTION,
  notes,
  people,
} from './context';
import type { CorpusDraft } from './types';

const SENT_ONCE = [touch('out', NOW - 6 * DAY)];

/**
 * Follow-ups that give the reader nothing: the last message resurfaced in new words, an
 * empty question at the end, or material about the sender instead of something for them.
 * And their honest neighbours, which follow up with something new and must pass.
 */
export const BUMPS: CorpusDraft[] = [
  {
    name: 'resurfaces the last note so it does not get lost',
    family: 'disguised-bump',
    subject: 'Re: Forecast accuracy',
    body: `Hi Dana,

I wanted to make sure my note from last week didn't get lost in your inbox. Would you have 15 minutes on Thursday at 10am?

Best,
Sam`,
    notes: [notes.forecast],
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: only resurfaces the previous message',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Thursday at 10am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks for a slot, not a fact',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'brings the proposal back to their attention',
    family: 'disguised-bump',
    subject: 'Re: Proposal',
    body: 'Hi Dana, bringing my proposal back to your attention in case it slipped down the list. Let me know what you think.',
    notes: DISCOVERY,
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: resurfaces the proposal, adds nothing',
      'call-to-action': 'warn: "let me know what you think" names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks no question of fact',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 're-shares the deck sent on Monday',
    family: 'disguised-bump',
    subject: 'Deck again',
    body: `Hi Dana,

Re-sharing the deck I sent on Monday in case it is easier to find at the top of your inbox.

Thoughts?

Sam`,
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: the same deck again, nothing new',
      'call-to-action': 'warn: "Thoughts?" is an empty question',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks no question of fact',
      remembers: NO_NOTES,
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'sends the email again in case it slipped through',
    family: 'disguised-bump',
    subject: 'Fwd: Pricing',
    body: 'Hey Dana, sending this again in case it slipped through the cracks. Any thoughts?',
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: the same message again',
      'call-to-action': 'warn: an empty question',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: no self-talk',
      'no-rehash': 'pass: asks no question of fact',
      remembers: NO_NOTES,
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'puts it back on their radar',
    family: 'disguised-bump',
    subject: 'On your radar',
    body: `Hi Dana,

Just putting this back on your radar. Is this still something you are looking at?

Thanks,
Sam`,
    notes: [notes.team],
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: only asks for attention again',
      'call-to-action': 'warn: "is this still something you are looking at" is an empty question',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks no question the notes answer',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'asks where they landed on the last email',
    family: 'disguised-bump',
    subject: 'Re: Next steps',
    body: 'Hi Dana, where did you land on my last email? Keen to keep things moving.',
    notes: DISCOVERY,
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: asks about the last email, gives nothing',
      'call-to-action': 'warn: asks for a status, names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks no question the notes answer',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'wonders whether they had time to review what was sent',
    family: 'disguised-bump',
    subject: 'Checking',
    body: `Hi Dana,

Wondering whether you have had time to review what I sent over on the 24th. Happy to answer any questions.

Best regards,
Sam`,
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: asks whether they read the last message',
      'call-to-action': 'warn: "happy to answer any questions" names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: a bump, but not about us',
      'no-rehash': 'pass: asks no question of fact',
      remembers: NO_NOTES,
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'asks whether there is any movement',
    family: 'disguised-bump',
    subject: 'Any movement?',
    body: 'Hi Dana, any movement on your end since we last spoke? Let me know if I can help.',
    notes: [notes.q3],
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: a status request, nothing given',
      'call-to-action': 'warn: "let me know if I can help" names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks no question the notes answer',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'just wants to see where things stand',
    family: 'disguised-bump',
    subject: 'Where things stand',
    body: `Morning Dana,

Wanted to see where things stand on your side with the evaluation. Talk soon!

Sam`,
    notes: [notes.rivals],
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: asks for a status only',
      'call-to-action': 'fail: no step and no stated reason',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: about them',
      'no-rehash': NO_QUESTION,
      remembers: 'warn: the evaluation is noted, nothing specific is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'ends on an empty "what do you think"',
    family: 'disguised-bump',
    subject: 'Idea for the SDR team',
    body: `Hi Dana,

You mentioned your 12 SDRs lose hours cleaning Salesforce data by hand. We built a routing rule for exactly that; the attached two-page guide shows the setup.

What do you think?

Sam`,
    notes: [notes.team],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a two-page guide for their problem',
      'call-to-action': 'warn: "What do you think?" names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for an opinion, not a fact the notes hold',
      remembers: 'pass: 12 SDRs cleaning Salesforce by hand',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'ends on "still interested?"',
    family: 'disguised-bump',
    subject: 'Still interested?',
    body: 'Hi Dana, I have not heard back since my note about the forecasting module. Still interested?',
    notes: [notes.forecast],
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: points to the silence, gives nothing',
      'call-to-action': 'warn: "Still interested?" is an empty question',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'warn: about the rep waiting',
      'no-rehash': 'pass: asks no question the notes answer',
      remembers: 'warn: forecasting is noted, only named in passing',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'ends on "does that make sense?"',
    family: 'disguised-bump',
    subject: 'Forecasting',
    body: `Hi Dana,

Our forecasting module replaces the spreadsheet step entirely, so every number lives in one place. Does that make sense?

Sam`,
    notes: [notes.forecast],
    person: people.dana,
    labels: {
      'offers-value': 'warn: a claim about our module, nothing for them to use',
      'call-to-action': 'warn: an empty confirmation question',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'warn: about our module',
      'no-rehash': 'pass: asks no question the notes answer',
      remembers: 'warn: forecasting is their topic, the link is not made',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'attaches the company brochure',
    family: 'disguised-bump',
    subject: 'About Lumen',
    body: `Hi Dana,

Please find attached our company brochure, with an overview of our products and the awards we won last year.

Would a 20-minute call on Tuesday at 11am work?

Best,
Sam`,
    notes: [notes.team],
    person: people.dana,
    labels: {
      'offers-value': 'warn: a brochure about us is not something for them',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 20 minutes on Tuesday at 11am',
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
    name: 'shares the capabilities deck',
    family: 'disguised-bump',
    subject: 'Our capabilities',
    body: 'Hi Dana, I have attached our capabilities deck so you can see everything our platform does. Could we book a demo next week?',
    person: people.dana,
    labels: {
      'offers-value': 'warn: a deck about our platform, not for their situation',
      'call-to-action': 'pass: asks for a demo',
      'specific-proposal': 'fail: a demo of no stated scope, "next week" is no date',
      'small-first-step': 'warn: a demo of unstated length',
      'customer-centred': 'fail: all about our platform',
      'no-rehash': 'pass: asks for a meeting',
      remembers: NO_NOTES,
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'follows up with our press release',
    family: 'disguised-bump',
    subject: 'News from Lumen',
    body: `Hi Dana,

Following up on my last email: we just announced our Series B, press release below. We are growing fast and adding new features every month.

Let me know if you'd like to chat!

Sam`,
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: a follow-up whose only news is about us',
      'call-to-action': 'warn: "let me know if you\'d like to chat" names no step',
      'specific-proposal': 'fail: a chat with nothing pinned',
      'small-first-step': 'warn: a chat of unstated size',
      'customer-centred': 'fail: all about us',
      'no-rehash': 'pass: asks no question',
      remembers: NO_NOTES,
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'links to our product page',
    family: 'disguised-bump',
    subject: 'Our new release',
    body: 'Hi Dana, here is a link to our new product page with all the features we launched this spring. Are you free on Thursday at 3pm for a 30-minute walkthrough?',
    notes: [notes.forecast],
    person: people.dana,
    labels: {
      'offers-value': 'warn: a page about our features, not about their forecast calls',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: a 30-minute walkthrough on Thursday at 3pm',
      'small-first-step': 'pass: 30 minutes',
      'customer-centred': 'warn: mostly about us',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'follows up with the benchmark they asked for',
    family: 'disguised-bump',
    subject: 'Re: Ramp benchmark',
    body: `Hi Dana,

Following up on our call with the ramp benchmark you asked for: teams of your size took 14 weeks on average to full quota, the top quartile 9.

Want me to walk you through how the top quartile did it, 15 minutes on Friday at 9am?

Sam`,
    notes: [notes.ramp],
    person: people.dana,
    touches: A_REPLY,
    labels: {
      'offers-value': 'pass: the benchmark they asked for, with figures',
      'call-to-action': 'pass: one clear step',
      'specific-proposal': 'pass: 15 minutes on Friday at 9am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'warn: ramp time is their goal but the link is left implicit',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'circles back with pilot numbers',
    family: 'disguised-bump',
    subject: 'Numbers from the Gothenburg pilot',
    body: 'Hi Dana, circling back with the numbers from the Gothenburg pilot: picking errors fell by a third in eight weeks. Would it help if I sent the one-page summary for your boss?',
    notes: [notes.team],
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'pass: pilot results with a figure',
      'call-to-action': 'pass: a clear offer to answer yes to',
      'specific-proposal': 'pass: a one-page summary, nothing to schedule',
      'small-first-step': 'pass: a yes to a one-pager',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: offers, asks no fact',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'attaches a case study about a team like theirs',
    family: 'disguised-bump',
    subject: 'How a 12-person SDR team stopped cleaning data',
    body: `Hi Dana,

Attached is a short case study from a 12-person SDR team on HubSpot that stopped cleaning data by hand in their first month. Page two has the exact rules they used.

Would you like me to set the same rules up in a sandbox for you on Monday?

Best,
Sam`,
    notes: [notes.team, notes.tools],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a case study matched to their problem',
      'call-to-action': 'pass: one clear offer',
      'specific-proposal': 'pass: the same rules in a sandbox on Monday',
      'small-first-step': 'pass: a sandbox, nothing to commit to',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks no fact',
      remembers: 'pass: 12 SDRs, HubSpot, cleaning by hand',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'the plan for their two sites is not material about us',
    family: 'disguised-bump',
    subject: 'Plan for Lisbon and Austin',
    body: 'Hi Dana, I have attached a one-page plan for your Lisbon and Austin teams, with who would be trained when. Could you tell me by Friday whether the Austin dates work for their managers?',
    notes: [notes.lisbon],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a plan made for their two offices',
      'call-to-action': 'pass: a clear question with a date',
      'specific-proposal': 'na: a question answered by reply, nothing proposed',
      'small-first-step': 'pass: a yes or no on dates',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks about dates, not where they are',
      remembers: 'pass: Lisbon and Austin',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a follow-up with a new idea',
    family: 'disguised-bump',
    subject: 'One more idea on the Monday calls',
    body: `Hi Dana,

One more idea since my last note: a few teams now send the forecast sheet on Friday so Monday is only about the deals that moved. It cut their call from three hours to forty minutes.

If it is useful I can share the Friday template; just reply "yes".

Sam`,
    notes: [notes.forecast],
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'pass: a new idea with a result, and a template',
      'call-to-action': 'pass: reply "yes"',
      'specific-proposal': 'pass: the Friday template, reply yes',
      'small-first-step': 'pass: a one-word reply',
      'customer-centred': 'pass: about them',
      'no-rehash': NO_QUESTION,
      remembers: 'pass: the three-hour Monday calls',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'pure bump with a greeting and a sign-off',
    family: 'disguised-bump',
    subject: 'Re: Quick question',
    body: `Hi Dana,

Hope you had a good weekend!

Just wanted to float this back up. Let me know.

Cheers,
Sam`,
    person: people.dana,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: only floats the last message back up',
      'call-to-action': 'warn: "let me know" names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: no self-talk',
      'no-rehash': NO_QUESTION,
      remembers: NO_NOTES,
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'checks whether they saw the previous message, granted consent',
    family: 'disguised-bump',
    subject: 'Did this reach you?',
    body: 'Hi Dana, did my email from Monday reach you? Let me know if you need anything from me.',
    notes: [notes.team],
    person: people.danaGranted,
    touches: SENT_ONCE,
    labels: {
      'offers-value': 'fail: asks whether the last email arrived, nothing new',
      'call-to-action': 'warn: asks about the last email, names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks no fact the notes hold',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
];
