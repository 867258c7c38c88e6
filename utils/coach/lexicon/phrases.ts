/**
 * Curated phrase lists. Each phrase is matched on whole words; a trailing `*` lets the
 * last word run on ("attach*" matches "attached", "attaching"). Lists are data, not
 * logic: extend them freely, each rule explains a hit by quoting the phrase.
 */

/** A reply is requested but no step is named: a message needs a clear call to action. */
export const VAGUE_ASK_PHRASES = [
  'let me know',
  'happy to help',
  'here to help',
  'anything i can do',
  'here if you need',
  'lmk',
  'feel free to reach out',
  'feel free to get in touch',
  'reach out if',
  'reach out any time',
  "don't hesitate",
  'do not hesitate',
  'any questions',
  'if you have any questions',
  "if you're interested",
  'if you are interested',
  'keep me posted',
  'get back to me',
  'hope to hear',
  'look forward to hearing',
  'looking forward to hearing',
  'happy to chat',
  'love to connect',
  "let's connect",
  'let us connect',
  'open to chatting',
  'at some point',
  'sometime',
  'whenever suits',
  'your thoughts',
  'thoughts',
];

/** Phrases that ask for a step even without a question mark or an imperative verb. */
export const ASK_PHRASES = [
  "let's",
  'how about',
  'what about',
  'would you',
  'could you',
  'can you',
  'can we',
  'could we',
  'shall we',
  'shall i',
  'should i',
  'want me to',
  'are you free',
  'are you around',
  'are you open',
  'open to a',
  'up for a',
  'worth a',
  'reply with',
  'reply yes',
  'just reply',
  'i suggest',
  'i propose',
  "i'd suggest",
  "i'd propose",
  'would it be worth',
  'does that work',
  'would that work',
  'work for you',
  'works for you',
  'suit you',
  'suits you',
  'grab a',
  'book a',
  'pick a',
  'loop in',
  'shoot me',
];

/** Imperative verbs that are courtesy or pointers, not asks ("Enjoy the weekend", "See attached"). */
export const NON_ASK_IMPERATIVES = new Set([
  'hope',
  'enjoy',
  'talk',
  'look',
  'feel',
  'let',
  'keep',
  'find',
  'see',
  'note',
  'excuse',
  'pardon',
  'forgive',
  'welcome',
  'congrats',
  'congratulations',
  'thank',
  'wish',
  'happy',
  'circle',
  'bump',
  'have',
  'stay',
  'speak',
  'good',
  'want',
  'wanted',
  'keen',
  'glad',
  'sorry',
  'excited',
  'hoping',
  'looking',
  'great',
]);

/** Asking whether they would like the rep to stay in touch (ask first; stop once declined). */
export const PERMISSION_PHRASES = [
  'stay in touch',
  'keep in touch',
  'keep you posted',
  'keep you in the loop',
  'would you like me to',
  'ok if i',
  'okay if i',
  'is it ok',
  'is it okay',
  'mind if i',
  'happy for me to',
  'prefer i',
  'should i stop',
  'shall i stop',
  'rather i',
  'check back in',
  'want me to keep',
  'reach out again',
];

/** Words too common in sales mail to show that the rep remembered anything. */
export const GENERIC_WORDS = (
  'call calls meeting meet chat time week weeks day days today tomorrow yesterday quick thanks ' +
  'thank email mail note notes team company business work thing things help great good love like ' +
  'want need needs send share get got talk follow next last monday tuesday wednesday thursday ' +
  'friday saturday sunday morning afternoon evening hope well happy really sure know think look ' +
  'see said told mentioned asked promise promised reply question questions minute minutes hour ' +
  'hours month months year years people person new also lot bit way back soon free glad best ' +
  'regards cheers hi hello hey dear please let make going come one two three first around ' +
  'still currently update chance keen interest interested wanted touch base check following end side ' +
  'number numbers every never always really'
).split(' ');
