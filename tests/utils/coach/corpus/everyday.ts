import { DAY, NOW, touch } from '../factories';
import {
  A_REPLY,
  DISCOVERY,
  EARLY,
  GRANTED,
  NO_ASK_NA,
  NO_ONE_OFF,
  NO_PERSON,
  NO_PROMISE,
  NO_QUESTION,
  notes,
  people,
} from './context';
import type { CorpusDraft } from './types';

/**
 * Whole emails as reps write them: greetings, small talk, a P.S., a signature, quoted
 * history below. The checklist reads what the rep wrote now, whatever surrounds it.
 */
export const EVERYDAY: CorpusDraft[] = [
  {
    name: 'a full discovery follow-up with a P.S.',
    family: 'everyday',
    subject: 'Your Monday forecast, in 40 minutes',
    body: `Hi Dana,

Thanks for making time on Tuesday, and congratulations again on the Austin office opening.

You said the Monday forecast call takes three hours because the numbers from HubSpot and the spreadsheet never match. I have put together a one-page outline of how two teams your size moved to a single source of truth and got the call down to about 40 minutes.

Would 20 minutes on Thursday at 2pm work to walk through it against your own pipeline?

Best,
Sam

P.S. Good luck with the Berlin training, the long runs must be getting serious now.`,
    notes: [notes.forecast, notes.tools, notes.lisbon, notes.marathon],
    person: people.danaGranted,
    touches: A_REPLY,
    labels: {
      'offers-value': 'pass: a one-page outline for their problem',
      'call-to-action': 'pass: one clear slot',
      'specific-proposal': 'pass: 20 minutes on Thursday at 2pm, on their pipeline',
      'small-first-step': 'pass: 20 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: the three-hour Monday call, HubSpot, Berlin',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a reply below quoted history that only bumps',
    family: 'everyday',
    subject: 'Re: Forecast accuracy',
    body: `Hi Dana, just following up on the below. Any update?

On Fri, Feb 27, 2026 at 10:02 AM Sam Ortiz <sam@lumen.test> wrote:
> Hi Dana, here is the benchmark we discussed, with the three teams your size.
> Would 15 minutes on Tuesday work to go through it?`,
    notes: [notes.forecast],
    person: people.dana,
    touches: [touch('out', NOW - 5 * DAY)],
    labels: {
      'offers-value': 'fail: the quoted benchmark was sent before; this adds nothing',
      'call-to-action': 'warn: "Any update?" names no step',
      'specific-proposal': 'fail: nothing proposed now',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: no self-talk',
      'no-rehash': 'pass: asks no fact',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a warm reply to their question with a signature block',
    family: 'everyday',
    subject: 'Re: Does it work with HubSpot?',
    body: `Hi Dana,

Short answer: yes. It syncs both ways with HubSpot, including custom properties, and Outreach sequences keep running as they are.

Here is the two-page setup guide; most teams are live in an afternoon.

Want me to set it up in a sandbox with you on Monday at 10am? It takes 20 minutes.

Best,
Sam Ortiz
Account Executive, Lumen
+1 555 0100`,
    notes: [notes.tools],
    person: people.danaGranted,
    touches: A_REPLY,
    labels: {
      'offers-value': 'pass: answers their question, with a guide',
      'call-to-action': 'pass: one clear step',
      'specific-proposal': 'pass: 20 minutes, Monday at 10am, a sandbox',
      'small-first-step': 'pass: 20 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: HubSpot and Outreach',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a long self-centred pitch',
    family: 'everyday',
    subject: 'Introducing Lumen',
    body: `Hello Dana,

My name is Sam and I am an account executive at Lumen. We are the leading revenue intelligence platform for mid-market companies, and we have grown 300% in the last year.

Our platform combines call recording, forecasting and pipeline analytics in one place. We work with over 500 customers, and we were named a leader in three analyst reports this year. Our team is based in London, New York and Singapore.

I would love to tell you more about what we do. Let me know if you have time for a chat.

Kind regards,
Sam`,
    person: people.dana,
    labels: {
      'offers-value': 'warn: all about us, nothing for her',
      'call-to-action': 'warn: "let me know if you have time" names no step',
      'specific-proposal': 'fail: a chat with nothing pinned',
      'small-first-step': 'warn: a chat of unstated size',
      'customer-centred': 'fail: entirely about us',
      'no-rehash': NO_QUESTION,
      remembers: 'na: no notes on this person',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'an honest stated intent with an article, no ask',
    family: 'everyday',
    subject: 'Article on ramp time',
    body: `Hi Dana,

I came across this piece on how three SaaS sales teams cut ramp time from five months to three, which is exactly the goal you set for this year. The section on shadowing in week one is the most useful part.

No need to reply, just thought you'd find it useful.

Sam`,
    notes: [notes.ramp],
    person: people.danaGranted,
    labels: {
      'offers-value': 'pass: an article matched to their goal',
      'call-to-action': 'pass: an honest stated intent, no reply needed',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'na: no step is asked',
      'customer-centred': 'pass: about them',
      'no-rehash': NO_QUESTION,
      remembers: 'pass: ramp from five months to three',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a newsy note with no ask and no stated reason',
    family: 'everyday',
    subject: 'Update',
    body: `Hi Dana,

Hope all is well in Lisbon. Things have been busy here, we moved offices last month and the team has grown a lot.

Speak soon,
Sam`,
    notes: [notes.lisbon],
    person: people.dana,
    labels: {
      'offers-value': 'warn: news about us, nothing for her',
      'call-to-action': 'fail: no step and no stated reason',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'na: no step is asked',
      'customer-centred': 'warn: about us',
      'no-rehash': NO_QUESTION,
      remembers: 'pass: knows they are in Lisbon',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'several asks in one email',
    family: 'everyday',
    subject: 'A few things',
    body: `Hi Dana,

Could you send me the org chart for the sales team? Can we also set up a call with your IT security lead? And would you forward the questionnaire to procurement?

Thanks,
Sam`,
    notes: [notes.procurement, notes.signer],
    person: people.dana,
    labels: {
      'offers-value': 'warn: only asks, gives nothing',
      'call-to-action': 'warn: three different asks',
      'specific-proposal': 'fail: a call with nothing pinned',
      'small-first-step': 'warn: a call of unstated size',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks for things, not for facts they gave',
      remembers: 'pass: IT security, the questionnaire for procurement',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'an imperative step with a calendar link',
    family: 'everyday',
    subject: 'Routing rules for your 12 SDRs',
    body: `Hi Dana,

Here are the three routing rules that stopped the manual Salesforce clean-up at a 10-person SDR team last quarter.

Pick any 15-minute slot on Thursday or Friday here and I will show you how they would look in your instance: https://cal.lumen.test/sam

Sam`,
    notes: [notes.team],
    person: people.dana,
    labels: {
      'offers-value': 'pass: three rules for their problem',
      'call-to-action': 'pass: pick a slot',
      'specific-proposal': 'pass: 15 minutes, Thursday or Friday, their instance',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': NO_QUESTION,
      remembers: 'pass: manual Salesforce clean-up',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a thank-you after a meeting with next steps',
    family: 'everyday',
    subject: 'Thanks, and the two things I owe you',
    body: `Hi Dana,

Thank you for the time today, it was useful to hear how Maria and IT security will look at this.

Two things from my side: the security questionnaire answers are attached, and two customer references will be with you on Friday.

Could you let me know by Monday whether IT security wants a call with our engineers?

Best,
Sam`,
    notes: [notes.signer, notes.procurement],
    person: people.danaGranted,
    touches: [touch('out', NOW - 3 * 3_600_000, 'meeting')],
    labels: {
      'offers-value': 'pass: the questionnaire answers, references coming',
      'call-to-action': 'pass: a clear request with a date',
      'specific-proposal': 'na: a question answered by reply',
      'small-first-step': 'pass: a reply',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks what IT wants next, not who decides',
      remembers: 'pass: Maria, IT security, the questionnaire and references',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a cold email with a resource and no notes',
    family: 'everyday',
    subject: 'Ramp data for teams hiring SDRs',
    body: `Hi there,

I noticed Acme is hiring six SDRs this quarter. Teams at that stage usually lose two weeks of ramp to tooling; this one-page guide shows how three of them cut it in half.

Worth a 15-minute look on Thursday at 11am?

Sam`,
    labels: {
      'offers-value': 'pass: a one-page guide on their hiring stage',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Thursday at 11am',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: nothing noted to repeat',
      remembers: 'na: nobody picked, no notes',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: NO_PERSON,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a greeting-heavy note whose only ask is vague',
    family: 'everyday',
    subject: 'Happy Friday!',
    body: `Hey Dana!!

Happy Friday! Hope you have something fun planned for the weekend.

Just wanted to say it was great meeting you at the conference, and I would love to stay connected. Let me know if there is ever anything I can help with.

All the best,
Sam`,
    person: people.dana,
    labels: {
      'offers-value': 'warn: pleasantries, nothing for her',
      'call-to-action': 'warn: "let me know if there is ever anything" names no step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: empty, but not about us',
      'no-rehash': NO_QUESTION,
      remembers: 'na: no notes on this person',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'an answer to their pricing question, with the figure',
    family: 'everyday',
    subject: 'Re: What would this cost us?',
    body: `Hi Dana,

To answer your question: for the 12 SDRs it is $540 a month, billed monthly, and onboarding is included. Since your budget is 40k for the year, that leaves room for the Outreach integration if you want it later.

If that works, I can send the order for a first month on Monday; just reply "go".

Sam`,
    notes: DISCOVERY,
    person: people.danaGranted,
    touches: A_REPLY,
    labels: {
      'offers-value': 'pass: answers their question with the figure',
      'call-to-action': 'pass: reply "go"',
      'specific-proposal': 'pass: $540, a first month, Monday',
      'small-first-step': 'pass: one month, a one-word reply',
      'customer-centred': 'pass: about them',
      'no-rehash': NO_QUESTION,
      remembers: 'pass: 12 SDRs, the 40k budget, Outreach',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a LinkedIn-length note with an intro',
    family: 'everyday',
    subject: '',
    body: 'Hi Dana, saw your post on forecast hygiene. My colleague Priya ran the same clean-up at Northwind; happy to introduce you two by email this week if useful?',
    notes: [notes.forecast],
    person: people.dana,
    labels: {
      'offers-value': 'pass: an introduction',
      'call-to-action': 'pass: a yes or no to the intro',
      'specific-proposal': 'pass: an email introduction; nothing to schedule',
      'small-first-step': 'pass: an email intro',
      'customer-centred': 'pass: balanced',
      'no-rehash': 'pass: asks for a yes',
      remembers: 'warn: forecasting, but from her post rather than what she said',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a recap that builds on every note',
    family: 'everyday',
    subject: 'Recap and one proposal',
    body: `Hi Dana,

A quick recap so we are on the same page: your 12 SDRs are on HubSpot and Outreach, the budget is 40k for this year and the aim is to be live before the Q3 sales kickoff.

Given that, I would suggest a two-week pilot with four SDRs starting Monday 16 March, free, with a 15-minute check-in on Friday 27 March.

Shall I set it up?

Best,
Sam`,
    notes: DISCOVERY,
    person: people.danaGranted,
    touches: A_REPLY,
    labels: {
      'offers-value': 'pass: a free pilot shaped to their situation',
      'call-to-action': 'pass: a clear yes or no',
      'specific-proposal': 'pass: two weeks, four SDRs, from 16 March, free',
      'small-first-step': 'pass: a short free pilot',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: restates the notes, asks nothing they told',
      remembers: 'pass: 12 SDRs, HubSpot, 40k, Q3',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a vague "thoughts on next steps?"',
    family: 'everyday',
    subject: 'Next steps',
    body: `Hi Dana,

Great call yesterday, the team really enjoyed it.

Any thoughts on next steps?

Sam`,
    notes: DISCOVERY,
    person: people.dana,
    touches: [touch('out', NOW - DAY, 'call')],
    labels: {
      'offers-value': 'warn: nothing for them',
      'call-to-action': 'warn: asks them to name the step',
      'specific-proposal': 'fail: nothing proposed',
      'small-first-step': 'na: no step is named',
      'customer-centred': 'pass: no self-talk',
      'no-rehash': 'pass: asks no fact the notes hold',
      remembers: 'fail: nothing they told is used',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a product update framed for their goal',
    family: 'everyday',
    subject: 'Shadowing playlists for new reps',
    body: `Hi Dana,

Since your goal is to get new reps to quota in three months, one thing worth a look: our call library can now build a shadowing playlist for each new hire from your best reps' calls. Teams using it in week one shaved three weeks off ramp.

Want me to build one for your next new hire on Monday, free, so you can judge it on your own calls?

Sam`,
    notes: [notes.ramp],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a result tied to their goal, a free playlist',
      'call-to-action': 'pass: a clear yes or no',
      'specific-proposal': 'pass: one playlist, Monday, free',
      'small-first-step': 'pass: a free playlist',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a yes',
      remembers: 'pass: quota in three months',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a customer-centred note with a hedge',
    family: 'everyday',
    subject: 'Your Austin team',
    body: `Hi Dana,

You mentioned the Austin team is only four months old. New teams often find forecasting hardest in their first two quarters, so I have attached the checklist your Lisbon managers said they liked.

If it is not a priority right now, no problem at all; otherwise, could we take 15 minutes on Tuesday at 4pm?

Sam`,
    notes: [notes.lisbon, notes.forecast],
    person: people.dana,
    labels: {
      'offers-value': 'pass: a checklist for their new team',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Tuesday at 4pm',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: about them',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'pass: Austin and Lisbon',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a short text-like note',
    family: 'everyday',
    subject: '',
    body: 'Dana, 15 min Thu 10am to go through the forecast fix? Sam',
    notes: [notes.forecast],
    person: people.dana,
    labels: {
      'offers-value': 'warn: the fix is named, not given',
      'call-to-action': 'pass: a clear slot',
      'specific-proposal': 'pass: 15 minutes on Thursday at 10am, the forecast fix',
      'small-first-step': 'pass: 15 minutes',
      'customer-centred': 'pass: no self-talk',
      'no-rehash': 'pass: asks for a slot',
      remembers: 'warn: forecast only',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a congratulations note that stays honest',
    family: 'everyday',
    subject: 'Congratulations on the Austin launch',
    body: `Hi Dana,

Congratulations on opening the Austin office, that is a big milestone for the team. I am writing only to say well done; nothing needed from you.

Sam`,
    notes: [notes.lisbon],
    person: people.danaGranted,
    labels: {
      'offers-value': 'warn: kind, but nothing of use',
      'call-to-action': 'pass: an honest stated reason, nothing asked',
      'specific-proposal': NO_ASK_NA,
      'small-first-step': 'na: no step is asked',
      'customer-centred': 'pass: about them',
      'no-rehash': NO_QUESTION,
      remembers: 'pass: the Austin office',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: GRANTED,
      'keeps-promise': NO_PROMISE,
    },
  },
  {
    name: 'a cold pitch asking for an hour',
    family: 'everyday',
    subject: 'An hour of your time',
    body: `Hi Dana,

We help sales teams forecast better. Can I have an hour of your time next week to show you our full platform?

Thanks,
Sam`,
    person: people.dana,
    labels: {
      'offers-value': 'warn: a claim about us, nothing for her',
      'call-to-action': 'pass: a clear ask',
      'specific-proposal': 'warn: an hour on the platform, "next week" is no day',
      'small-first-step': 'warn: an hour is a lot to ask first',
      'customer-centred': 'warn: about us',
      'no-rehash': 'pass: asks for time',
      remembers: 'na: no notes on this person',
      'one-off-not-pattern': NO_ONE_OFF,
      permission: EARLY,
      'keeps-promise': NO_PROMISE,
    },
  },
];
