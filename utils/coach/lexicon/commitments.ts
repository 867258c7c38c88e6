/**
 * How big and how delineated a proposed step is: money talk and amounts, the things a
 * proposal can be about, and the commitments people do not agree to as a first step.
 * Patterns run on normalised text, except AMOUNT, which needs currency signs.
 */

/** Money enters the proposal: then it should say how much. */
export const MONEY =
  /\b(?:price|prices|pricing|priced|cost|costs|costing|fee|fees|discount\w*|quote|invoice|per seat|per user|per month|per year|a seat|licen[cs]e|licen[cs]es|subscription|payment|paid|rate|rates|spend|budget|contract|agreement|order form|commitment|deal|cheaper|expensive|affordable)\b(?! (?:comparison|breakdown|sheet|list|model|calculator|side by side))/;

/** A figure of money, a share off, or nothing to pay. */
export const AMOUNT =
  /[$€£¥₹]\s?\d[\d,.]*\s?[km]?\b|\b\d[\d,.]*\s?[km]?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b|\b\d+(?:\.\d+)?\s?%|(?<!\b(?:are you|you are|you're|be|is|am|i'm|i am|we're|feel)\s)\bfree\b(?! (?:on|at|this|next|tomorrow|today|to|for a (?:call|chat)))|\bno (?:cost|charge|fee)\b|\bat no cost\b/i;

/** Money talked about without a figure ("a generous discount", "a fraction of"). */
export const VAGUE_MONEY =
  /\b(?:competitive|generous|special|reduced|discounted|preferential|flexible|attractive|good|great) (?:price|prices|pricing|rate|rates|discount|deal|terms)\b|\bfraction of\b|\bin the region of\b|\bbit less\b|\bcheaper\b|\bbudget friendly\b/;

/**
 * What a proposal is about, when no length says it: a thing they will receive or look at,
 * a bounded activity, a named event. A bare "chat about your plans" names none of these.
 */
export const PROPOSAL_SCOPE =
  /\b(?:deck|report|benchmark|plan|template|checklist|guide|playlist|rules?|sandbox|summary|one pager|one page|page (?:one|two|three|\d)|comparison|side by side|quote|proposal|terms|order form|contract|agreement|invite|intro|introduction|numbers|figures|sample|write up|case study|questionnaire|answers|list|recording|setup note|tickets?|walk (?:you |them |your \w+ )?through|go (?:through|over)|look at|review|show you|set (?:it|them|this|the same rules) up|build one|scope (?:the|it)|scoping|introduc\w*|reply with|reply yes|reply go|just reply|rebuild|demo of|walkthrough|tasting|tour|evening|jazz night|(?:golf|client|customer|open|charity|team|fun) day|reception|party|workshop|webinar|race|10k|offsite|onsite|deep dive|coffee|lunch|dinner|breakfast|seats?|users|one site|one team|one region)\b/;

/** Events that happen at a time and so need a day; documents and intros do not. */
export const SCHEDULED =
  /\b(?:call|chat|meeting|meet|demo|walkthrough|walk through|session|workshop|webinar|coffee|lunch|dinner|breakfast|catch up|sit down|review|deep dive|visit|onsite|offsite|training|check in|sync|pilot|trial|tour|tasting|evening|event|race|10k|5k|marathon|reconnect|go (?:through|over)|look at|set up)\b|(?<!\b(?:in|within) )\b(?:\d+|an?|half an?|a few|five|ten|fifteen|twenty|thirty|forty five|sixty)[ -](?:minutes?|mins?|hours?)\b/;

/** Nouns that make a sentence a proposal of something to do together. */
export const PROPOSAL_NOUNS =
  /\b(?:call|chat|meeting|meet|sit down|demo|walkthrough|walk through|pilot|trial|session|coffee|lunch|workshop|partnership|relationship|catch up|reconnect|deep dive|review|intro|introduction|quote|proposal|contract|agreement|order|invite)\b/;

/** Large commitments asked up front: what people do not agree to as a first step. */
export const BIG_STEP =
  /\b(?:partnership|partner with|relationship|long term|strategic|alliance|contract|agreement|sign the|sign (?:it|up|before|this|today|now)|if you sign|signature|commit to|commitment|annual|multi year|\d+ year|(?:two|three|four|five) year|enterprise wide|company wide|roll (?:this |it )?out|rollout|rfp|procurement|full day|half day|onsite|on site|all hands|migrate|migration|replace your|exclusive|every (?:rep|ae|sdr|user|seat)|all \d+ \w+|both regions|all (?:your|the) (?:reps|teams|sites|regions|users))\b/;

/** Small, low-risk steps, easy to say yes to: ask for a latte, not a relationship. */
export const SMALL_STEP =
  /\b(?:quick|brief|short|coffee|a look|one page|one pager|a single|just reply|reply with|reply yes|reply go|yes or no|thumbs up|forward|a few minutes|one question|a sample|free|no cost|intro|introduction|one site|one team|one region|only|sandbox|by email|one number|one idea|either answer|a first month|for a month)\b/;

/** A length of engagement in days, weeks or months: "14-day", "two weeks", "six-month". */
export const ENGAGEMENT =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|ninety)\s?(day|days|week|weeks|month|months|year|years)\b/;

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  thirty: 30,
  ninety: 90,
};

/** Time spans that name no day: a proposal "in the coming weeks" is not delineated in time. */
export const VAGUE_WHEN =
  /\b(?:soon|sometime|some time|at some point|down the road|in the coming (?:days|weeks|months)|in a (?:bit|while|few weeks)|later (?:this|in the) (?:week|month|quarter|year)|(?:next|this|the coming) (?:week|month|quarter|year|spring|summer|autumn|fall|winter)|early next|whenever|one of these days|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|in q[1-4]|then)\b/;
