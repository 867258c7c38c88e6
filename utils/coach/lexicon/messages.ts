/**
 * How a message speaks: bumps in any words, empty questions, offers and proposals, talk
 * about ourselves, and what counts as giving the reader something. Patterns run on
 * normalised text (lower case, single spaces, hyphens gone, apostrophes kept).
 */

/** A follow-up that only asks for attention or resurfaces what was sent before. */
export const BUMP_PATTERNS: readonly RegExp[] = [
  /\b(?:just )?checking in\b|\bcheck in on (?:this|that|my|things)\b|\bcircl\w* back\b|\btouch\w* base\b/,
  /\b(?:just )?following up\b|\bfollow(?:ing)? up on (?:my|our|the below|this|that)\b|\bwanted to follow up\b/,
  /\bbump\w*\b|\bfloat\w* (?:this|it)\b|\bresurfac\w*|\bping\w*\b/,
  /\b(?:get|got|gets|getting) lost\b|\bslipped\b|\bburied\b|\btop of your inbox\b|\bon your radar\b|\bback to your attention\b/,
  /\bbring\w* (?:this|it|my \w+) (?:back|up)\b|\bin case (?:you missed|it got|it slipped|this got|this slipped|it was missed)\b/,
  /\b(?:had|have had|got|get|found) (?:a chance|the chance|time|a moment) to (?:look|review|read|check|go through|consider)\b/,
  /\bwhere (?:did )?(?:you|things) (?:land|stand)\b|\bwhere things stand\b/,
  /\bany (?:update|updates|news|movement|progress)\b/,
  /\b(?:haven't|have not|didn't|did not) (?:heard|hear) (?:back|from you)\b|\bnot heard back\b/,
  /\b(?:did|has|have) (?:my|our) (?:email|note|message|mail|proposal)\b[^?]*\b(?:reach|arrive|get through|land)\b/,
  /\bdid you (?:see|get|receive|read) my\b/,
  /\bmaking sure (?:my|our|this|the|you)\b|\b(?:reached|got to) you\b/,
  /\bstill (?:interested|keen|on your list|a priority|something you)\b/,
  /\bjust wanted to (?:see|check|make sure)\b|\bwanted to see where\b/,
  /\b(?:friendly|gentle|quick) reminder\b|\bper my last\b|\breaching out again\b|\btrying you again\b|\bone more try\b/,
];

/** The sentence hands over again what was sent before: no new value in it. */
export const RESENT_PATTERNS: readonly RegExp[] = [
  /\b(?:my|our) (?:last|previous|earlier|recent|prior) (?:email|note|message|mail|proposal|deck)\b/,
  /\b(?:my|our) (?:email|note|message|proposal|deck) from\b/,
  /\b(?:what|everything|the \w+) (?:i|we) sent\b|\b(?:i|we) sent (?:over|you|on|last)\b/,
  /\bthe below\b|\bsee below\b/,
  /\b(?:sending|forwarding) (?:this|it) again\b|\bre ?shar\w*|\bre ?send\w*/,
];

/** Words an empty question is made of: opinion, status, attention, nothing to act on. */
export const EMPTY_QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    'thoughts thought think update updates news movement progress interest interested sense ' +
    'make makes land stand reach reached arrive see saw seen get got chance feedback still next ' +
    'steps step resonate resonates sound sounds good ok okay right missed email note message ' +
    'mail proposal deck something anything everything looking look consider considering ' +
    'questions question move moving forward keen ahead happening going last previous earlier ' +
    'spoke spoken end side priority useful helpful worth idea ideas fine fit works work'
  ).split(' '),
);

/**
 * Openings that propose a step rather than ask for a fact: "Would Thursday work…",
 * "Shall I send…", "Are you free…". Read at the start of the sentence's main clause.
 */
export const PROPOSAL_QUESTION_OPENERS =
  /^(?:when (?:could|can|shall|should) we|would it (?:help|be (?:useful|helpful|worth|ok|okay)|make sense|work)|would you (?:like|want|be (?:open|up|free|interested|around|keen|available|willing))|shall (?:i|we)|should i|want me to|do you want (?:me|us) to|would you like (?:me|us) to|can i|could i|may i|how about|what about|would (?:a|an|it|that|this|\w+day|\d)|are you (?:free|open|around|available|up for|interested)|could we|can we|is it ok|is it okay|does (?:that|this|it|\w+day) work|do you have (?:time|\d+|a few|fifteen|twenty|thirty|half an hour|a minute|a moment)|would you have|could you do|can you do|are you up for|worth a|fancy|up for|open to|any interest|interested)\b/;

/** Proposal or offer anywhere in a sentence ("…does that work for you?"). */
export const PROPOSAL_ANYWHERE =
  /\b(?:how about|what about|would you be open|are you open|work for you|works for you|suit you|suits you|does that work|would that work|count you in|put your name down|join us|set it up|send (?:the|an|you the) (?:invite|intro|quote|terms|contract|order|agreement))\b/;

/** The rep proposes a step in a statement: "Let's…", "I'd suggest…", "The next step would be…". */
export const PROPOSAL_STATEMENT =
  /^(?:let's|let us|i (?:would|'d) (?:suggest|propose|recommend)|i suggest|i propose|i recommend|here is what i (?:would|'d) suggest|my suggestion|how about|the (?:natural |obvious |logical |best |next )?next step (?:would be|is|could be)|the next step|what i'd suggest|rather than)\b|\bgive us\b/;

/** What the rep would like to do: a step they describe, for the reader to take up or not. */
export const WISH =
  /\b(?:i|we) (?:would|'d) (?:love|like) (?:to (?:explore|discuss|set up|build|start|run|invite|offer|book|schedule|arrange|propose)|for)\b|\byou can (?:try|test|start|use|have)\b/;

/** The rep offers to do something: details of a proposal, not an ask by themselves. */
export const OFFER_STATEMENT =
  /\b(?:i|we) (?:can|could|am happy to|'m happy to|would be happy to|would love to|'d love to|would like to|'d like to) (?:send|share|set|introduce|run|build|bring|walk|show|put|draft|prepare|offer|do|get|have|report|book|arrange|make|take|start|give|turn)\b|\b(?:i|we) (?:will|'ll) (?:send|share|introduce|prepare|draft|put together|bring)\b|\bhappy to (?:send|share|introduce|set up|walk|show|run|resend)\b/;

/** Asking for a reply in so many words: a clear step even without a question. */
export const REPLY_REQUEST = /\b(?:just )?reply (?:with|and|yes|go|")|\breply ['"]?(?:yes|go)\b/;

/** Asking whether to keep writing: a question answered by a reply, not a proposal. */
export const PERMISSION_QUESTION =
  /\b(?:stay|keep) in touch\b|\bkeep you (?:posted|in the loop)\b|\b(?:rather|prefer) i\b|\b(?:should|shall) i (?:stop|keep|check back)\b|\bleave it (?:here|there)\b|\bcheck back in\b|\b(?:keep|kept) (?:sharing|sending|writing)\b|\bstop here\b|\bmind if i\b/;

/** Words that open a premise, not the question itself: "Given…, would it help…?" */
export const PREMISE_OPENERS =
  /^(?:given|since|as|with|before|after|once|if|when|now that|ahead of|because|out of curiosity|quick one|one question|so|and|also|besides|separately|on that note|by the way|btw|to \w+|rather than)\b/;

/** Saying honestly why one writes when nothing is asked. */
export const INTENT_PATTERNS: readonly RegExp[] = [
  /\bno (?:need|pressure) to (?:reply|respond|answer)\b|\bno reply needed\b|\bnothing (?:needed|required) from you\b|\bno action (?:needed|required)\b/,
  /\bjust sharing\b|\bwanted to share\b|\bfor your reference\b|\bfyi\b|\bheads ?up\b|\bso you have it\b/,
  /\bthought you(?:'d| would| might) (?:find|like|enjoy|want)\b/,
  /\b(?:i'm|i am) writing (?:only |just )?to\b|\bthe reason (?:i'm|i am) writing\b/,
  /\bas promised\b|\bi owe you\b|\bintroducing you\b|\bi will let you take it from here\b|\bwill be with you (?:on|by)\b/,
];

/** Courtesy questions, asked for warmth rather than as a step. */
export const COURTESY_QUESTION =
  /\b(?:how are you|how are things|how's it going|how is it going|how have you been|how was your|how's your|how is your|hope you|hope the|hope all|how (?:is|'s) the [\w ]{1,30} going|did (?:your|the) \w+ enjoy|did you enjoy)\b/;

/** What we ship about ourselves: material about us is not something for them. */
export const ABOUT_US_MATERIAL =
  /\b(?:brochure|capabilities|company overview|press release|product page|our website|our site|product overview|product sheet|datasheet|data sheet|catalogue|catalog|newsletter|announcement|awards?|about us|series [a-e]|funding round|our (?:\w+ )?(?:features?|release|product|products|platform|deck|video|presentation|page|overview|customers|company|crm|solution))\b/;

/** Sentences about ourselves: "We are the leading…", "Our platform…", "I am Sam from…". */
export const ABOUT_US_STATEMENT =
  /^(?:we|we're|we've|our (?:\w+ ){0,2}\w+|my (?:name|team|company|colleagues?)|(?:i am|i'm) (?:\w+ from|an?|the|part of|responsible|in charge)|things have been|it has been busy)\b/;

/** "I know you…", "I hope your…": the sentence is about them, whoever its subject is. */
export const ABOUT_THEM_VIA_ME =
  /\bi (?:know|hope|noticed|saw|see|heard|read|think|thought|understand|gather|realise|realize) (?:that |is what )?(?:you|your|they|their)\b|\bwhich i think\b/;

/** Second person and the reader's world: what makes a sentence about them. */
export const ABOUT_THEM = /\b(?:you|your|yours|you're|you'll|you've|you'd|yourself)\b/;

/**
 * Signs the draft gives the reader something now: a resource, an answer, an insight, an
 * introduction, an invitation, a concrete offer. `RESOURCE` nouns count unless the
 * sentence is about us or resends what was sent before.
 */
export const RESOURCE =
  /\b(?:attach\w*|enclosed|here is|here's|here are|link|case stud(?:y|ies)|report|guide|benchmark\w*|templates?|checklist|article|piece|summary|one pager|one page (?:plan|summary|guide|outline)|whitepaper|white paper|webinar|playbook|recording|comparison|side by side|calculator|slides|write up|writeup|breakdown|analysis|research|survey|study|podcast|plan for (?:you|your)|\w+ plan for|outline|rules|numbers from|results|data from|questionnaire answers|answers|template)\b/;

/** Handing something over now: "attached is…", "here is…", "I have a checklist for…". */
export const HANDOVER =
  /\b(?:attach\w*|enclosed|here is|here's|here are|i have (?:a|the|put together|pulled)|i've (?:got|put together|pulled)|i put together|i pulled|i made|i built)\b/;

export const INSIGHT =
  /\b(?:noticed|found that|saw that|learned|insights?|trends?|teams like yours|similar teams|teams your size|teams of your size|companies like yours|(?:one|an|a quick|another|one more) idea|ideas? (?:for|on)|suggestion|tips?|to answer your question|short answer|the answer|you asked (?:for|about)|you asked|here's how|how to|(?:how|what) (?:other|similar|two|three|\d+) (?:\w+ )?teams)\b/;

export const INTRODUCTION =
  /\b(?:introduce you|introduction to|intro to|intro you|introducing you|connect you with|put you in touch|you should meet)\b/;

export const INVITATION =
  /\b(?:tickets?|tasting|dinner|lunch|evening|jazz night|tour|seat at|join us|count you in)\b/;

/** Offers they can take up: what they receive if they say yes. */
export const OFFERED_THING =
  /\b(?:comparison|side by side|summary|one pager|one page|plan|template|checklist|guide|report|benchmark|case study|sandbox|playlist|rules|rules file|file|draft|both versions|intro|introduction|introduce you|setup note|write up)\b/;

/** Claims of benefit about our product ("might save you…"): value only with evidence. */
export const BENEFIT_CLAIM =
  /\b(?:save you|saves you|cut your|reduce your|free up|could help|would help|helps you|help you)\b/;
