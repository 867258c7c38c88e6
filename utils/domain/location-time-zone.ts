import { foldText } from './search';

/**
 * A person's likely time zone from where a page says they are ("Stockholm, Sweden",
 * "Greater Boston", "Bengaluru, Karnataka, India"), read against a list of the world's
 * cities with their zones (the city-timezones data set, loaded only when needed).
 */

/** One city of the data set: the fields this rule reads. */
export interface City {
  city: string;
  city_ascii: string;
  pop: number;
  country: string;
  iso2: string;
  iso3: string;
  province: string;
  state_ansi?: string;
  timezone: string;
}

export interface TimeZoneGuess {
  timeZone: string;
  /** What decided it: the city, the region (state, province) or the whole country. */
  from: 'city' | 'region' | 'country';
  /** The place as the data set names it, e.g. "Boston, United States of America". */
  place: string;
}

/** What LinkedIn and people add around a place name: "Greater …", "… Metropolitan Area". */
const AREA_WORDS = new Set(['greater', 'metropolitan', 'metro', 'area', 'region', 'metroplex']);
/** Words that end a region's name but not the data set's: "Stockholm County", "Skåne län". */
const REGION_WORDS = new Set(['county', 'lan', 'province', 'state']);

/** Countries as people write them, where the data set spells them otherwise. */
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'united states of america',
  us: 'united states of america',
  'united states': 'united states of america',
  america: 'united states of america',
  uk: 'united kingdom',
  'great britain': 'united kingdom',
  england: 'united kingdom',
  scotland: 'united kingdom',
  wales: 'united kingdom',
  'northern ireland': 'united kingdom',
  'the netherlands': 'netherlands',
  holland: 'netherlands',
  czechia: 'czech republic',
  korea: 'south korea',
  'republic of korea': 'south korea',
  "cote d'ivoire": 'ivory coast',
  uae: 'united arab emirates',
};

/** A country's zone when at least this share of its people live in it. */
const ONE_ZONE_SHARE = 0.9;

/** A place name as compared: folded, without "Greater", "Area", "County" and the like. */
function place(text: string): string {
  const words = foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/ bay area$/, '')
    .split(' ')
    .filter((w) => w && !AREA_WORDS.has(w) && !REGION_WORDS.has(w));
  return words.join(' ');
}

interface Lookup {
  byCity: Map<string, City[]>;
  byRegion: Map<string, City[]>;
  byCountry: Map<string, City[]>;
}

const lookups = new WeakMap<readonly City[], Lookup>();

function lookupOf(cities: readonly City[]): Lookup {
  let lookup = lookups.get(cities);
  if (lookup) return lookup;
  lookup = { byCity: new Map(), byRegion: new Map(), byCountry: new Map() };
  const add = (map: Map<string, City[]>, key: string | undefined, city: City) => {
    const k = key ? place(key) : '';
    if (!k) return;
    const list = map.get(k);
    if (!list) map.set(k, [city]);
    else if (!list.includes(city)) list.push(city);
  };
  for (const city of cities) {
    add(lookup.byCity, city.city, city);
    add(lookup.byCity, city.city_ascii, city);
    add(lookup.byRegion, city.province, city);
    add(lookup.byRegion, city.state_ansi, city);
    add(lookup.byCountry, city.country, city);
    add(lookup.byCountry, city.iso3, city);
  }
  lookups.set(cities, lookup);
  return lookup;
}

/** The zone most of these cities' people live in, and that share of them. */
function mainZone(cities: readonly City[]): { timeZone: string; share: number } | undefined {
  const people = new Map<string, number>();
  let total = 0;
  for (const c of cities) {
    people.set(c.timezone, (people.get(c.timezone) ?? 0) + c.pop);
    total += c.pop;
  }
  const [timeZone, count] = [...people].sort((a, b) => b[1] - a[1])[0] ?? [];
  return timeZone === undefined ? undefined : { timeZone, share: total ? count! / total : 1 };
}

/**
 * The likeliest zone for a location as written, or undefined when it does not say
 * (an unknown place, or a country that spans several zones, such as "United States").
 */
export function guessTimeZone(
  location: string | undefined,
  cities: readonly City[],
): TimeZoneGuess | undefined {
  if (!location?.trim()) return undefined;
  const { byCity, byRegion, byCountry } = lookupOf(cities);
  const parts = location
    .split(/[,;|·/()]/)
    .map(place)
    .filter(Boolean);
  const countryOf = (part: string) => byCountry.get(COUNTRY_ALIASES[part] ?? part);
  const countryPart = [...parts].reverse().find((part) => countryOf(part));
  const country = countryPart ? countryOf(countryPart)![0]!.country : undefined;
  const inCountry = (list: City[] | undefined) =>
    list?.filter((c) => country === undefined || c.country === country) ?? [];
  const named = (c: City) => `${c.city}, ${c.country}`;

  for (const part of parts) {
    if (part === countryPart) continue;
    // "New York City" is "New York" in the data set.
    const found = inCountry(byCity.get(part) ?? byCity.get(part.replace(/ city$/, '')));
    const biggest = [...found].sort((a, b) => b.pop - a.pop)[0];
    if (biggest) return { timeZone: biggest.timezone, from: 'city', place: named(biggest) };
  }
  for (const part of parts) {
    if (part === countryPart) continue;
    const region = inCountry(byRegion.get(part));
    const zone = mainZone(region);
    if (zone && zone.share >= ONE_ZONE_SHARE) {
      return {
        timeZone: zone.timeZone,
        from: 'region',
        place: `${region[0]!.province}, ${region[0]!.country}`,
      };
    }
  }
  if (countryPart) {
    const zone = mainZone(countryOf(countryPart)!);
    if (zone && zone.share >= ONE_ZONE_SHARE) {
      return { timeZone: zone.timeZone, from: 'country', place: country! };
    }
  }
  return undefined;
}
