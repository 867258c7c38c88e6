import cities from 'city-timezones/data/cityMap.json';
import { describe, expect, it } from 'vitest';
import { guessTimeZone, type City } from '@/utils/domain/location-time-zone';

const data = cities as City[];
const zone = (location: string) => guessTimeZone(location, data);

describe('a time zone from where a page says someone is', () => {
  it.each([
    ['Stockholm, Sweden', 'Europe/Stockholm', 'city'],
    ['Greater Boston', 'America/New_York', 'city'],
    ['Bengaluru, Karnataka, India', 'Asia/Kolkata', 'city'],
    ['San Francisco Bay Area', 'America/Los_Angeles', 'city'],
    ['New York City Metropolitan Area', 'America/New_York', 'city'],
    ['Zürich, Switzerland', 'Europe/Zurich', 'city'],
    ['Sao Paulo, São Paulo, Brazil', 'America/Sao_Paulo', 'city'],
    ['London Area, United Kingdom', 'Europe/London', 'city'],
    ['Austin, Texas, United States', 'America/Chicago', 'city'],
    ['Texas, United States', 'America/Chicago', 'region'],
    ['Västra Götaland County, Sweden', 'Europe/Stockholm', 'region'],
    ['Sweden', 'Europe/Stockholm', 'country'],
    ['Germany', 'Europe/Berlin', 'country'],
  ])('%s → %s, from the %s', (location, timeZone, from) => {
    expect(zone(location)).toMatchObject({ timeZone, from });
  });

  it('prefers the city in the country named: London, Ontario is not London, England', () => {
    expect(zone('London, Ontario, Canada')?.timeZone).toBe('America/Toronto');
    expect(zone('London, England, United Kingdom')?.timeZone).toBe('Europe/London');
  });

  it('takes the biggest city of that name when no country is given', () => {
    expect(zone('London')?.timeZone).toBe('Europe/London');
  });

  it('does not guess for a country spread over several zones, or a place it does not know', () => {
    expect(zone('United States')).toBeUndefined();
    expect(zone('Remote')).toBeUndefined();
    expect(zone('')).toBeUndefined();
    expect(zone(undefined as unknown as string)).toBeUndefined();
  });

  it('names the place it read', () => {
    expect(zone('Greater Boston')?.place).toBe('Boston, United States of America');
  });
});
