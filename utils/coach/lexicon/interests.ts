/**
 * What people do outside a deal, grouped so that a paraphrase meets its note: "a good
 * single malt" and "four bottles of Chivas" are both drinks; "on your next trip" and "flew
 * to Tokyo" are both travel. And the words that turn an event into a habit.
 */
export const INTEREST_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  drinks: (
    'whisky whiskey whiskies scotch chivas bourbon malt malts dram drams wine wines champagne ' +
    'prosecco beer beers gin rum tequila vodka cognac spirits bottle bottles distillery tasting ' +
    'cocktail cocktails sommelier vineyard brewery'
  ).split(' '),
  travel: (
    'trip trips travel travels travelling traveling traveller traveler flew fly flying flight ' +
    'flights abroad overseas japan tokyo asia europe airport jet lag road'
  ).split(' '),
  events: (
    'summit summits conference conferences show shows expo expos fair fairs convention ' +
    'conventions meetup meetups exhibition'
  ).split(' '),
  music: (
    'concert concerts gig gigs music band bands festival festivals swift swiftie opera jazz ' +
    'orchestra singer album'
  ).split(' '),
  running: (
    'marathon marathons runner runners running run runs race races 10k 5k jog jogging ' +
    'triathlon'
  ).split(' '),
  sports: (
    'golf golfer tennis football soccer cycling cyclist ski skiing swimming gym yoga climbing ' +
    'sailing hiking fishing'
  ).split(' '),
  food: (
    'vegan vegetarian catering caterer lunch lunches dinner restaurant sushi food cuisine chef ' +
    'cooking bbq plant based'
  ).split(' '),
  orders: 'order orders rush units bulk stock shipment purchase bought buy buying'.split(' '),
  gifts: 'gift gifts present presents hamper hampers'.split(' '),
};

/** Words that make something a habit or a lasting taste rather than one event. */
export const HABIT_MARKERS: readonly RegExp[] = [
  /\b(?:always|usually|often|regularly|frequently|typically|habitually|constantly|so often|so much|all the time|as usual|usual|regular|regulars|tradition|go to)\b/,
  /\bevery (?:time|year|season|week|month|quarter|spring|summer|autumn|winter)\b|\beach (?:year|time|season)\b/,
  /\b(?:another|again|more|next|yet another)\b/,
  /\b(?:favou?rite|keen|avid|big fan|fan of|lover|enthusiast|connoisseur|buff|fellow|goer)\b/,
  /\byou (?:really )?(?:love|like|enjoy|adore|appreciate)\b|\byou're into\b|\byou are into\b|\byour (?:love|taste|passion|thing) (?:of|for)\b/,
  /\b(?:is|are) (?:clearly |really |obviously )?your (?:thing|kind of thing|passion|hobby)\b|\bknowing how (?:much|often) you\b|\bas someone who\b|\bclearly a\b|\bsuch a\b|\ba \w+ man\b|\ba good (?:single |bottle of )?\w+\b/,
];
