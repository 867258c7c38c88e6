/**
 * What sales conversations are about, as patterns over normalised text (lower case, one
 * space between words, hyphens and punctuation gone: "sign-off" reads "sign off").
 *
 * `asks`: a question (or "tell me…") whose focus is this topic's fact: "when does your
 * agreement come to an end" asks the renewal as surely as "when do you renew".
 * `states`: a note sentence that records the fact ("contract renews in June").
 * `value`: what a stated fact holds; a question that names it ("is June still…?") checks
 * the note rather than asks it again.
 * `needsNumber`: the note must also give a figure ("team of 12").
 */
export type TopicId =
  | 'budget'
  | 'timeline'
  | 'renewal'
  | 'decision'
  | 'team-size'
  | 'tools'
  | 'pain'
  | 'goals'
  | 'competitors'
  | 'location'
  | 'process';

export type FactValue = 'amount' | 'date' | 'count' | 'name' | 'any';

export interface Topic {
  id: TopicId;
  /** How the hint names it: "Your notes already answer this (their budget)". */
  label: string;
  asks: readonly RegExp[];
  states: readonly RegExp[];
  value: FactValue;
  needsNumber?: boolean;
}

// Who the question is about: the reader, their team or their company.
const THEY = String.raw`(?:you|your team|the team|your company|the company|they|your side|acme|your org|your organisation|your organization)`;
const PEOPLE = String.raw`(?:people|persons|reps|users|seats|employees|sdrs|bdrs|aes|account executives|engineers|developers|sellers|salespeople|agents|licen[cs]es|heads|staff|members|managers|folks|of you|of them|hires|ftes|nurses|doctors|drivers|technicians|students|teachers)`;
// What else a business counts when it says how big it is.
const ASSETS = String.raw`(?:vehicles|trucks|vans|cars|fleet|sites|locations|stores|shops|branches|depots|warehouses|offices|beds|clinics|plants|factories|lines|machines|accounts|customers|clients|outlets|restaurants|hotels|rooms)`;
const MEETING = String.raw`(?:meet|meeting|talk|chat|call|catch up|sit down|connect|speak|sync|hop on|get together)`;

export const TOPICS: readonly Topic[] = [
  {
    id: 'budget',
    label: 'their budget',
    asks: [
      /\b(?:what|which)\b[^?]*\bbudget\b/,
      /\bhow much\b[^?]*\b(?:budget|spend|invest|pay|allocat\w*|set aside|afford|earmark\w*|have (?:available|in mind))\b/,
      /\b(?:looking|planning|expecting|hoping|able|willing|prepared) to (?:spend|invest|pay)\b/,
      /\b(?:do|does|did) \w+(?: \w+)? have (?:a |any |the )?(?:budget|money|funds|funding)\b/,
      /\b(?:budget|money|funds|funding)\b[^?]*\b(?:set aside|allocated|earmarked|available|approved|in place)\b/,
      /\bis there (?:a |any )?(?:budget|money|funding)\b/,
      /\b(?:level|size|kind) of investment\b|\bwhat investment\b|\binvestment (?:did|do|would) you\b/,
      /\b(?:price range|ballpark|rough figure|spending limit)\b/,
      /\bbudget (?:look|looks|like)\b/,
    ],
    states: [
      /\b(?:budget\w*|spend\w*|allocated|set aside|earmarked|can (?:pay|spend|afford)|approved (?:for|up to)|no money|funding)\b/,
    ],
    value: 'amount',
  },
  {
    id: 'timeline',
    label: 'their timeline',
    asks: [
      /\bby when\b/,
      new RegExp(
        String.raw`\bwhen (?:do|does|would|will|are|is|should) ${THEY}\b(?![^?]*\b${MEETING}\b)[^?]*\b(?:need|want|hope|hoping|plan|planning|expect|expecting|looking|aim|aiming|like|have|start|launch|go live|be live|be up)\b`,
      ),
      /\b(?:timeline|timeframe|time frame|target date|go live|launch date|start date|deadline|how soon|up and running|be live|going live|live by)\b/,
    ],
    states: [
      /\b(?:timeline|deadline|go live|live by|launch\w*|by (?:the )?end of|by q[1-4]|in q[1-4]|before (?:the )?q[1-4]|target date|start date|needs? it (?:live|by|before|done)|roll ?out|rollout|kick ?off)\b/,
    ],
    value: 'date',
  },
  {
    id: 'renewal',
    label: 'their contract renewal',
    asks: [
      /\b(?:contract|agreement|subscription|licen[cs]e|deal|term|commitment)s?\b[^?]*\b(?:end|ends|ending|expire|expires|expiring|renew|renews|renewal|run out|runs out|lapse|lapses|up for|come up|comes up|come round|comes round|come to an end|finish|finishes)\b/,
      /\b(?:renew|renews|renewal|renewing)\b/,
      /\b(?:locked in|tied in|tied into|locked into|stuck with|under contract)\b/,
    ],
    states: [
      /\b(?:renew\w*|expir\w*|contract (?:ends|runs|is up|until|through)|locked in|tied in|(?:agreement|subscription) (?:ends|until|runs))\b/,
    ],
    value: 'date',
  },
  {
    id: 'decision',
    label: 'who decides',
    asks: [
      /\bwho(?:se)?\b[^?]*\b(?:decide|decides|deciding|decision|decisions|sign|signs|signing|sign off|signoff|approve|approves|approval|green light|say|final call|final word|weigh in|buy in|involved|stakeholders?|budget holder|owns the budget|call the shots|pull the trigger|okay|ok|the call)\b/,
      /\bdecision makers?\b|\bdecision making\b|\bbuying committee\b|\beconomic buyer\b/,
    ],
    states: [
      /\b(?:decide\w*|decision\w*|signs|sign|signed|signing|sign off|signs off|signed off|approv\w*|final (?:say|word|call|decision)|makes the call|budget holder|buying committee|economic buyer|buy in|green light|has the say|calls the shots)\b/,
    ],
    value: 'name',
  },
  {
    id: 'team-size',
    label: 'how big they are',
    asks: [
      new RegExp(String.raw`\bhow many\b(?: \w+){0,3} (?:${PEOPLE}|${ASSETS})\b`),
      /\bhow (?:big|large)\b(?: \w+){0,3} (?:team|teams|org|organisation|organization|department|sales org|group|floor|company|fleet|network|operation)\b/,
      /\b(?:team size|fleet size|size of (?:your|the) (?:team|org|sales team|fleet|operation)|headcount|head count)\b/,
    ],
    states: [new RegExp(String.raw`\b(?:team of|fleet of|${PEOPLE}|${ASSETS}|headcount|strong)\b`)],
    value: 'count',
    needsNumber: true,
  },
  {
    id: 'tools',
    label: 'their current tools',
    asks: [
      /\b(?:what|which)\b(?: \w+){0,3} (?:crm|crms|tools?|systems?|software|platforms?|stack|vendors?|providers?|apps?|setup|set up)\b/,
      /\bwhat (?:are|is|do|does) (?:you|your team|the team|they)(?: \w+)? (?:using|use|run on|running on|work in)\b/,
      /\b(?:currently using|using today|on today|tech stack)\b/,
      /\b(?:current|existing) (?:tool|tools|setup|set up|stack|system|systems|vendor|provider|platform|crm|solution)\b/,
    ],
    states: [
      /\b(?:use|uses|using|used|run on|runs on|running on|switched to|migrated to|moved to|stack|crm|tools?|platform|vendor|provider|systems?|(?:currently|still|now) (?:on|with|using)|on (?:salesforce|hubspot|pipedrive|zoho|dynamics))\b/,
    ],
    value: 'name',
  },
  {
    id: 'pain',
    label: 'their problem',
    asks: [
      /\b(?:biggest|main|largest|top|greatest|number one|key|worst)\b(?: \w+){0,3} (?:challenges?|problems?|pains?|pain points?|headaches?|issues?|frustrations?|bottlenecks?|obstacles?|blockers?|struggles?|concerns?|worry|worries)\b/,
      /\bwhat\b(?: \w+){0,3} (?:worries|worry|concerns|bothers|frustrates|keeps) (?:you|your team|them)\b/,
      /\bwhat\b[^?]*\b(?:challenges?|pain points?|headaches?|frustrat\w*|bottlenecks?|struggl\w*|problems?|blockers?)\b/,
      /\b(?:what|where|which)\b[^?]*\b(?:los(?:e|es|ing) (?:the most )?time|slow\w* (?:you|your team|them|things) down|holds? (?:you|your team|them) back|keeps? you up|not working|isn't working|goes wrong|go wrong|hurts? most|struggl\w*)\b/,
      /\bstruggling with\b/,
    ],
    states: [
      /\b(?:pain\w*|challeng\w*|struggl\w*|problem\w*|frustrat\w*|bottleneck\w*|issues?|worr\w*|concern\w*|hard to|too long|too slow|manual\w*|by hand|broken|hate\w*|annoy\w*|wast\w*|never|can't|cannot|lose|losing|lost|mess|headache\w*|unhappy|complain\w*|slow)\b/,
      /\btakes? \d+ (?:hours?|days?|weeks?)\b/,
    ],
    value: 'any',
  },
  {
    id: 'goals',
    label: 'their goal',
    asks: [
      /\b(?:what|which)\b[^?]*\b(?:goals?|objectives?|priorities|priority|okrs?|aims?)\b/,
      /\b(?:hoping|trying|looking|wanting|want|aiming|need) to (?:achieve|accomplish|solve|hit|reach)\b/,
      /\bsuccess (?:look|looks|mean|means)\b|\bwhat (?:would|does) (?:a )?good (?:outcome|result|year) look\b/,
      /\bwhat matters most\b|\bwhat are you (?:working towards|aiming for)\b/,
    ],
    states: [
      /\b(?:goals?|objectives?|priorit\w*|okrs?|aim\w*|targets?|focus\w*|wants? to (?:cut|grow|reduce|increase|hit|get|reach|double|halve|improve))\b/,
    ],
    value: 'any',
  },
  {
    id: 'competitors',
    label: 'who else they are evaluating',
    asks: [
      /\b(?:other|alternative|competing)\b(?: \w+){0,2} (?:vendors?|solutions?|options?|providers?|tools?|products?|platforms?|companies|suppliers?)\b/,
      /\bwho else (?:are|is|have|has) (?:you|your team|the team|they)(?: \w+)? (?:talking|speaking|looking|evaluating|considering|meeting|seen|met)\b/,
      /\b(?:shortlist|short list|competitors?|alternatives?)\b/,
      /\bjust us\b/,
    ],
    states: [
      /\b(?:evaluat\w*|considering|compar\w*|also looking at|shortlist\w*|short list|competitors?|alternatives?|also talking to|talking to|demo(?:ed)? from|trialling|trialing|rfp)\b/,
    ],
    value: 'name',
  },
  {
    id: 'location',
    label: 'where they are based',
    asks: [
      /\bwhere\b[^?]*\b(?:based|located|headquartered|situated|hq)\b/,
      /\b(?:which|what) (?:city|country|region|office|offices|time zone|timezone|location)\b/,
      /\bwhere\b[^?]*\b(?:work|works|working|operate|operates) (?:from|out of)\b/,
    ],
    states: [
      /\b(?:based in|lives in|living in|located in|offices? in|moved to|relocated to|headquartered in|hq in|time zone|timezone|team in)\b/,
    ],
    value: 'name',
  },
  {
    id: 'process',
    label: 'their buying process',
    asks: [
      /\b(?:buying|purchasing|procurement|approval|sign off|vendor|supplier|security review|legal review|evaluation|internal|review) process\b/,
      /\bwhat (?:steps|hoops|hurdles|approvals|paperwork)\b/,
      /\bhow (?:\w+ )?(?:decisions|purchases|purchasing decisions|buying decisions) (?:are|get) made\b/,
      /\bwhat does (?:it|the process) (?:take|involve)\b/,
      /\bhow do(?:es)? (?:you|your team|the team|your company|acme|they) (?:buy|purchase|procure|onboard)\b/,
      /\b(?:steps|process)\b[^?]*\b(?:new vendor|new supplier|before a contract|before signing|to buy)\b/,
    ],
    states: [
      /\b(?:procurement|process|steps|questionnaire|security review|legal review|data protection review|references|quotes|rfp|tender|vendor onboarding|paperwork|purchase order|before any contract|before signing)\b/,
    ],
    value: 'any',
  },
];
